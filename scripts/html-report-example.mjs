#!/usr/bin/env node
/**
 * Rebuilds the committed example of the HTML report, samples/report.html, from the sample
 * articles, and its screenshots in docs/ (taken in Debian's headless Chromium). Run after
 * `npm run build` when the analysis or the page changes:
 *
 *     node scripts/html-report-example.mjs
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const report = join(root, 'samples/report.html');
execFileSync(process.execPath, ['bin/dossier.js', '--format', 'html', '-q', '--jobs', '1', 'samples/*.txt', '-o', 'samples/report.html'], { cwd: root, stdio: 'inherit' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
await page.goto(`file://${report}`);
await page.waitForSelector('html.ready');
await page.screenshot({ path: join(root, 'docs/html-report-overview.png') });
// An article with a quotation focused: its speaker's words are outlined.
await page.evaluate(() => (location.hash = '#article/3'));
await page.waitForFunction(() => document.getElementById('article-title')?.textContent?.endsWith('ecb-holds-rates.txt'));
await page.focus('#article-text [data-quote="0"]');
await page.evaluate(() => document.getElementById('articles').scrollIntoView({ block: 'start' }));
await page.screenshot({ path: join(root, 'docs/html-report-article.png') });
await browser.close();
console.log('samples/report.html, docs/html-report-overview.png, docs/html-report-article.png');
