#!/usr/bin/env node
// Thin shim: all behaviour lives in the compiled CLI, which returns an exit code. It runs as
// one bundled file with V8's code cache (scripts/build-bundle.mjs, src/bundle/load.ts), which
// starts faster than the separate modules.
import { tuneV8 } from '../dist/v8-tuning.js';

// Before any of dossier's code is compiled (see src/v8-tuning.ts).
tuneV8();
const { loadBundle } = await import('../dist/bundle/load.js');

process.exitCode = await (await loadBundle()).main(process.argv.slice(2));
