#!/usr/bin/env node
// Thin shim: all behaviour lives in the compiled CLI, which returns an exit code.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
