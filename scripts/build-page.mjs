#!/usr/bin/env node
/**
 * Builds the HTML report's page script and style sheet into generated/report-page.js and
 * generated/report-page.css, which src/format/html inlines into every report. The script is
 * TypeScript under src/format/html/page/ (type-checked by its own tsconfig, with the DOM),
 * bundled into one small file by esbuild; nothing of it is loaded from anywhere at run time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const page = join(root, 'src/format/html/page');
const out = join(root, 'generated');

const started = Date.now();
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(page, 'main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});
const script = result.outputFiles[0].text.trim();
// The script is inlined in a <script> element: nothing in it may close that element.
if (/<\/script|<!--/i.test(script)) throw new Error('report-page.js contains </script or <!--');
writeFileSync(join(out, 'report-page.js'), script);
const css = await build({
  entryPoints: [join(page, 'styles.css')],
  bundle: true,
  minify: true,
  write: false,
  logLevel: 'warning',
});
const style = css.outputFiles[0].text.trim();
if (/<\/style/i.test(style)) throw new Error('report-page.css contains </style');
writeFileSync(join(out, 'report-page.css'), style);
console.log(`page: generated/report-page.js ${(script.length / 1024).toFixed(1)} KiB, report-page.css ${(style.length / 1024).toFixed(1)} KiB in ${Date.now() - started} ms`);
