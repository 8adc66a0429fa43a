#!/usr/bin/env node
/**
 * Bundles the compiled CLI and its batch worker (dist/bundle/entry.js: dist/cli.js and
 * dist/batch/worker-thread.js) with wink-nlp, already patched, into one file,
 * dist/bundle/dossier.cjs, which bin/dossier.js and the worker threads load through
 * dist/bundle/load.js. Node loads one file instead of some 130 modules: a one-article run starts
 * about 40 ms sooner. Then saves V8's code cache of the bundle (scripts/write-code-cache.mjs).
 * Libraries that only some runs need (HTML input, the HTML report's map) stay outside, loaded
 * when used; so does the wink model, whose loading is the same either way. dist/ keeps the
 * unbundled modules for the library API (`import { analyze } from 'dossier'`).
 *
 * CommonJS, not an ES module: Node 20 can give a script V8's code cache (node:vm), not a module.
 * The bundle sits two folders deep, as the modules that find package files do (see
 * src/support/package-root.ts), and the worker thread's module (src/bundle/worker.ts) sits next
 * to it, where src/batch/run-batch.ts looks for it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const started = Date.now();
await build({
  entryPoints: [join(root, 'dist/bundle/entry.js')],
  outfile: join(root, 'dist/bundle/dossier.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's tables rewrite every regular expression with a Unicode property escape (/^\p{Lu}/u)
  // for node20 as `new RegExp("^\\p{Lu}", "u")`, a constructor call that parses its pattern and
  // looks up V8's regexp cache each time a function runs it, where a literal is compiled once.
  // Node 20 runs these literals natively. Measured on 840 real articles (`node bench/profile.mjs
  // --json --jobs 1 /tmp/q840`): the lines calling the constructor held ~9% of the worker's self
  // time.
  // `import()` becomes `require` (src/bundle/load.ts says why).
  supported: { 'regexp-unicode-property-escapes': true, 'dynamic-import': false },
  // The modules find package files and the worker from their own URL; in a CommonJS file that is
  // the file's own path.
  define: { 'import.meta.url': '__dossierBundleUrl' },
  banner: { js: "const __dossierBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  external: ['linkedom', '@mozilla/readability', 'd3-geo', 'wink-eng-lite-web-model', 'picomatch'],
  logLevel: 'warning',
});
// In a process of its own: the cache must be made under the V8 flags bin/dossier.js sets.
execFileSync(process.execPath, [join(root, 'scripts/write-code-cache.mjs')], { stdio: 'inherit' });
console.log(`bundle: dist/bundle/dossier.cjs and its code cache in ${Date.now() - started} ms`);
