#!/usr/bin/env node
/**
 * Saves V8's code cache of the CLI's bundle (src/bundle/load.ts), run by build-bundle.mjs. It
 * loads the bundle as bin/dossier.js does, under the same V8 flags (a cache made under others is
 * rejected), runs the CLI over the sample articles in both output formats so that the functions
 * a run calls are compiled, and saves their bytecode.
 */
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { tuneV8 } from '../dist/v8-tuning.js';

tuneV8();
const { loadBundle, writeCodeCache } = await import('../dist/bundle/load.js');
const { main } = await loadBundle();
const samples = fileURLToPath(new URL('../samples/', import.meta.url));
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
for (const format of ['--json', '--no-color']) {
  const code = await main([format, samples], { stdout: sink(), stderr: sink(), env: {} });
  if (code !== 0) throw new Error(`dossier ${format} samples/ exited with ${code} while the code cache was made`);
}
writeCodeCache();
