#!/usr/bin/env node
// Thin shim: all behaviour lives in the compiled CLI, which returns an exit code. It runs as
// one bundled file (scripts/build-bundle.mjs), which starts faster than the separate modules.
import { tuneV8 } from '../dist/v8-tuning.js';

// Before any of dossier's code is compiled (see src/v8-tuning.ts).
tuneV8();
const { main } = await import('../dist/bundle/cli.js');

process.exitCode = await main(process.argv.slice(2));
