/**
 * The HTML report in a real browser (Debian's Chromium, headless): the sample articles'
 * report is opened from a file, offline, and checked against the very reports it was built
 * from. Screenshots go to a temporary folder (printed once) for review.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml, type HtmlDocument } from '../../src/format/html/index.js';
import { analyze } from '../../src/index.js';
import type { Report } from '../../src/report.js';
import { loadSamples } from '../samples/load-samples.js';
import { ROOT } from '../support/assert-built.js';
import { launchChromium } from './chromium.js';

const SCREENSHOTS = join(tmpdir(), 'dossier-html-screenshots');

let folder: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let documents: HtmlDocument[];
/** Requests to anything but the report file, console errors, uncaught errors. */
const requests: string[] = [];
const errors: string[] = [];

/** An article written to break out of the page if anything were not escaped. */
const HOSTILE_TEXT =
  'Mallory said "</script><script>window.__pwned = 1</script>" at the hearing.\n' +
  'The filing read "><img src=x onerror="window.__pwned = 2"> and <b>bold</b> <!-- comment.';

/** The page script the report inlines must be built from the current sources. */
function assertPageBuilt(): void {
  const built = join(ROOT, 'generated/report-page.js');
  const sources = join(ROOT, 'src/format/html/page');
  const newest = Math.max(...readdirSync(sources).map((name) => statSync(join(sources, name)).mtimeMs));
  if (!existsSync(built) || statSync(built).mtimeMs < newest) {
    throw new Error('generated/report-page.js is missing or older than src/format/html/page/: run `npm run build:page`.');
  }
}

beforeAll(async () => {
  assertPageBuilt();
  documents = loadSamples().map(({ source, text }) => ({ report: analyze(text, { source }), text }));
  folder = mkdtempSync(join(tmpdir(), 'dossier-html-'));
  writeFileSync(join(folder, 'samples.html'), formatHtml(documents, { version: 'test' }));
  const hostile: HtmlDocument = { report: analyze(HOSTILE_TEXT, { source: '"><img src=y onerror=alert(1)>.txt' }), text: HOSTILE_TEXT };
  writeFileSync(join(folder, 'hostile.html'), formatHtml([hostile]));
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`HTML report screenshots: ${SCREENSHOTS}`);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await open('samples.html');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function open(file: string, hash = ''): Promise<void> {
  await page.goto(`file://${join(folder, file)}${hash}`);
  await page.waitForSelector('html.ready');
}

/** Shows article `index` through its address, as a link would. */
async function showArticle(index: number): Promise<void> {
  await page.evaluate((i) => (location.hash = `#article/${i}`), index);
  await page.waitForFunction((source) => document.getElementById('article-title')?.textContent === source, documents[index]!.report.source);
}

/** What the page highlights: the text under each mention and quotation key, pieces joined. */
function highlighted(): Promise<{ mentions: Record<string, string>; quotes: Record<string, string> }> {
  return page.evaluate(() => {
    const mentions: Record<string, string> = {};
    const quotes: Record<string, string> = {};
    for (const node of document.querySelectorAll<HTMLElement>('#article-text [data-mention]')) {
      const key = node.dataset['mention']!;
      mentions[key] = (mentions[key] ?? '') + node.textContent;
    }
    for (const node of document.querySelectorAll<HTMLElement>('#article-text [data-quote]')) {
      const key = node.dataset['quote']!;
      quotes[key] = (quotes[key] ?? '') + node.textContent;
    }
    return { mentions, quotes };
  });
}

/** The same, expected from the report. */
function expected(report: Report, text: string): { mentions: Record<string, string>; quotes: Record<string, string> } {
  const mentions: Record<string, string> = {};
  const add = (kind: string, list: { mentions: { text: string }[] }[]): void =>
    list.forEach((entity, i) => entity.mentions.forEach((mention, j) => (mentions[`${kind}:${i}:${j}`] = mention.text)));
  add('person', report.people);
  add('place', report.places);
  add('organization', report.organizations);
  const quotes: Record<string, string> = {};
  report.quotes.forEach((quote, k) => (quotes[String(k)] = quote.fragments.map((f) => text.slice(f.start, f.end)).join('')));
  return { mentions, quotes };
}

const indexOf = (name: string): number => documents.findIndex((d) => d.report.source.endsWith(name));

describe('HTML report in Chromium', () => {
  it('opens offline: no request, no console error, no script error', async () => {
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png') });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('#article-list li').count()).toBe(documents.length);
  });

  it('highlights every mention and quotation of the JSON report, in every article', async () => {
    for (let i = 0; i < documents.length; i++) {
      await showArticle(i);
      const { report, text } = documents[i]!;
      expect(await highlighted(), report.source).toEqual(expected(report, text));
    }
    expect(errors).toEqual([]);
  });

  it('focusing a quotation marks its speaker; pressing a person marks all their mentions and quotations', async () => {
    const index = indexOf('ecb-holds-rates.txt');
    await showArticle(index);
    const { report } = documents[index]!;
    const k = report.quotes.findIndex((q) => q.speaker?.mention);
    expect(k).toBeGreaterThanOrEqual(0);
    await page.focus(`#article-text [data-quote="${k}"]`);
    const speakerText = await page.$$eval('#article-text .is-speaker', (nodes) => nodes.map((n) => n.textContent).join(''));
    expect(speakerText).toBe(report.quotes[k]!.speaker!.mention!.text);
    await page.screenshot({ path: join(SCREENSHOTS, 'quote-focused.png') });

    const person = [...report.people].sort((a, b) => b.quoteCount - a.quoteCount)[0]!;
    const p = report.people.indexOf(person);
    await page.click(`#article-side [data-select="person:${p}"]`);
    const selected = await page.evaluate(() => ({
      quotes: [...new Set([...document.querySelectorAll<HTMLElement>('#article-text .quote.is-selected')].map((n) => Number(n.dataset['quote'])))].sort((a, b) => a - b),
      mentions: new Set([...document.querySelectorAll<HTMLElement>('#article-text mark.is-selected')].map((n) => n.dataset['mention'])).size,
    }));
    const theirs = report.quotes.flatMap((q, i) => (q.speaker?.name === person.name ? [i] : []));
    expect(theirs.length).toBeGreaterThan(0);
    expect(selected).toEqual({ quotes: theirs, mentions: person.mentions.length });
    expect(await page.getAttribute(`#article-side [data-select="person:${p}"]`, 'aria-pressed')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'person-selected.png') });
    // Clicking one of their mentions in the text toggles the same selection off.
    await page.click(`#article-text mark[data-entity="person:${p}"]`);
    expect(await page.locator('#article-text .is-selected').count()).toBe(0);
  });

  it('draws one map mark per place with coordinates; selecting a place lists its articles', async () => {
    // Articles and mentions per place; the map lists places by mentions, then by name.
    const places = new Map<string, { name: string; articles: number; mentions: number }>();
    for (const { report } of documents) {
      for (const place of report.places) {
        if (!place.coordinates) continue;
        const key = [place.name, place.country, place.coordinates.lat, place.coordinates.lon].join('|');
        const seen = places.get(key) ?? { name: place.name, articles: 0, mentions: 0 };
        places.set(key, { name: place.name, articles: seen.articles + 1, mentions: seen.mentions + place.mentions.length });
      }
    }
    const top = [...places.values()].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
    expect(places.size).toBeGreaterThan(0);
    expect(await page.locator('#map-box circle.mark').count()).toBe(places.size);
    const first = page.locator('[data-map-place="0"]');
    await first.click();
    const articles = await page.locator('#map-panel li').count();
    expect(articles).toBe(top?.articles);
    await page.locator('#map').screenshot({ path: join(SCREENSHOTS, 'map.png') });
  });

  it('searches and sorts the quotation table', async () => {
    const all = documents.reduce((sum, d) => sum + d.report.quotes.length, 0);
    await expect.poll(() => page.textContent('#quote-count')).toBe(`${all} quotations`);
    await page.fill('#quote-search', 'holm');
    const rows = await page.$$eval('#quote-table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.toLowerCase()).toContain('holm');
    await page.fill('#quote-search', '');
    await page.check('#quote-direct-only');
    // Direct speech: quotations in marks and a transcript's turns; no partial quote.
    const direct = documents.reduce((sum, d) => sum + d.report.quotes.filter((q) => q.kind !== 'partial').length, 0);
    expect(await page.textContent('#quote-count')).toBe(`${direct} quotations of ${all}`);
    expect(await page.locator('#quote-table .badge', { hasText: 'partial' }).count()).toBe(0);
    await page.uncheck('#quote-direct-only');
    await page.click('#quote-table th[data-column="speaker"] button');
    expect(await page.getAttribute('#quote-table th[data-column="speaker"]', 'aria-sort')).toBe('ascending');
    const speakers = await page.$$eval('#quote-table tbody td.speaker', (tds) => tds.map((td) => td.textContent ?? ''));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const named = speakers.filter((s) => s !== 'no speaker');
    expect(named).toEqual([...named].sort(collator.compare));
    await page.click('#quote-table th[data-column="speaker"] button');
    expect(await page.getAttribute('#quote-table th[data-column="speaker"]', 'aria-sort')).toBe('descending');
    await page.locator('#quotes').screenshot({ path: join(SCREENSHOTS, 'quotes.png') });
  });

  it('works from the keyboard: Tab reaches the quotations, Enter presses a person', async () => {
    await showArticle(indexOf('senate-water-deal.txt'));
    await page.focus('#article-search');
    const tabTo = async (selector: string): Promise<boolean> => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
      }
      return false;
    };
    expect(await tabTo('#article-text .quote')).toBe(true);
    expect(await page.locator('#article-text .quote.is-active').count()).toBeGreaterThan(0);
    expect(await tabTo('#article-side [data-select^="person:"]')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('#article-side [aria-pressed="true"]').count()).toBe(0);
  });

  it('passes axe-core, wide and narrow, and nothing spills out of a phone-width window', async () => {
    const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const check = async (): Promise<string[]> => {
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run({ resultTypes: ['violations'] }));
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    };
    await showArticle(indexOf('ecb-holds-rates.txt'));
    expect(await check()).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await check()).toEqual([]);
    await page.locator('#articles').screenshot({ path: join(SCREENSHOTS, 'narrow-article.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('shows <script> and onerror= in an article as text, runs none of it', async () => {
    await open('hostile.html');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    // The article's own text, without the speaker tags the page adds after quotations.
    const text = await page.evaluate(() => {
      const copy = document.getElementById('article-text')!.cloneNode(true) as HTMLElement;
      for (const tag of copy.querySelectorAll('.who')) tag.remove();
      return copy.textContent;
    });
    expect(text).toBe(HOSTILE_TEXT);
    expect(await page.textContent('#article-title')).toBe('"><img src=y onerror=alert(1)>.txt');
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile.png') });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
