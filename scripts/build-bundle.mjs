#!/usr/bin/env node
/**
 * Bundles the compiled CLI and its worker (dist/cli.js, dist/batch/worker.js) with wink-nlp,
 * already patched, into dist/bundle/cli.js and dist/bundle/worker.js, which bin/dossier.js runs.
 * Node loads one file instead of some 130 modules: a one-article run starts about 40 ms sooner.
 * Libraries that only some runs need (HTML input, the HTML report's map) stay outside, loaded
 * when used; so does the wink model, whose loading is the same either way. dist/ keeps the
 * unbundled modules for the library API (`import { analyze } from 'dossier'`).
 *
 * The bundle sits two folders deep, as the modules that find package files do (see
 * src/support/package-root.ts), and the worker sits next to the CLI as it does in dist/batch/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const started = Date.now();
await build({
  entryPoints: { cli: join(root, 'dist/cli.js'), worker: join(root, 'dist/batch/worker.js') },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's tables rewrite every regular expression with a Unicode property escape (/^\p{Lu}/u)
  // for node20 as `new RegExp("^\\p{Lu}", "u")`, a constructor call that parses its pattern and
  // looks up V8's regexp cache each time a function runs it, where a literal is compiled once.
  // Node 20 runs these literals natively. Measured on 840 real articles (`node bench/profile.mjs
  // --json --jobs 1 /tmp/q840`): the lines calling the constructor held ~9% of the worker's self
  // time.
  supported: { 'regexp-unicode-property-escapes': true },
  // wink-nlp is CommonJS: inside an ES module bundle its `require` of node's own modules needs a
  // real `require`.
  banner: { js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);" },
  external: ['linkedom', '@mozilla/readability', 'd3-geo', 'wink-eng-lite-web-model', 'picomatch'],
  logLevel: 'warning',
});
console.log(`bundle: dist/bundle/{cli,worker}.js in ${Date.now() - started} ms`);
