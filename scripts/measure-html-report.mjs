#!/usr/bin/env node
/**
 * Measures an HTML report in Debian's headless Chromium: file size, time from navigation to a
 * usable page (the page script done: article list, quote table and first article drawn), and
 * the time of a search over the quote table. Used for the figures in the README:
 *
 *     node bin/dossier.js --format html -q corpus/ -o /tmp/report.html
 *     node scripts/measure-html-report.mjs /tmp/report.html
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const file = resolve(process.argv[2] ?? 'report.html');
const runs = Number(process.argv[3] ?? 3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const open = [];
const search = [];
const phases = [];
for (let run = 0; run < runs; run++) {
  // A new context each time: nothing cached from the previous run.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`file://${file}`);
  await page.waitForSelector('html.ready');
  open.push(Date.now() - started);
  phases.push(
    await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { read: navigation.responseEnd, parsed: navigation.domInteractive, start: mark('dossier-start'), ready: mark('dossier-ready') };
    }),
  );
  const searched = await page.evaluate(() => {
    const input = document.getElementById('quote-search');
    const t0 = performance.now();
    input.value = 'the';
    input.dispatchEvent(new Event('input'));
    return performance.now() - t0;
  });
  search.push(searched);
  await context.close();
}
await browser.close();
const { size } = statSync(file);
console.log(`file: ${file}`);
console.log(`size: ${(size / 1024 / 1024).toFixed(1)} MB (${size} bytes)`);
console.log(`open (navigation to usable page), median of ${runs}: ${median(open)} ms (runs: ${open.join(', ')} ms)`);
const phase = (key) => median(phases.map((p) => p[key])).toFixed(0);
console.log(`  of which (medians, ms from navigation): file read ${phase('read')}, HTML parsed ${phase('parsed')}, page script started ${phase('start')}, page ready ${phase('ready')}`);
console.log(`quote search over the whole corpus, median: ${median(search).toFixed(0)} ms`);
