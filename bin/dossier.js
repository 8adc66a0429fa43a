#!/usr/bin/env node
// Thin shim: all behaviour lives in the compiled CLI, which returns an exit code.
import { setFlagsFromString } from 'node:v8';

// V8 inlines less into each optimised function: dossier has many mid-sized functions, and a
// run spent as much CPU compiling them (on V8's background threads) as analysing. Measured with
// the CLI on 840 real articles: 12–18% less CPU, no slower once warm (README, "Speed"). Set
// before any of dossier's code runs; worker threads share the flag. Reports do not change.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');

const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv.slice(2));
