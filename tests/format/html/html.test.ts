import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatHtml, type HtmlDocument } from '../../../src/format/html/index.js';
import type { PageData } from '../../../src/format/html/page-data.js';
import type { Report } from '../../../src/report.js';
import { emptyReport, PASSAGE, sampleReport } from '../fixture.js';

/** The fixture with coordinates for its cities, as the gazetteer gives them. */
function located(source = 'news/berlin-aid.txt'): HtmlDocument {
  const report = sampleReport();
  const coordinates: Record<string, { lat: number; lon: number }> = { Berlin: { lat: 52.52, lon: 13.41 }, Brussels: { lat: 50.85, lon: 4.35 } };
  report.places = report.places.map((place) => (coordinates[place.name] ? { ...place, coordinates: coordinates[place.name]! } : place));
  return { report: { ...report, source }, text: PASSAGE };
}

/** The JSON the page script reads. */
function pageData(html: string): PageData {
  const match = /<script type="application\/json" id="dossier-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error('no data script');
  return JSON.parse(match[1]!) as PageData;
}

/** A document whose text and names try to break out of the page. */
function hostile(): HtmlDocument {
  const text = 'Eve said "</script><script>alert(1)</script>" and then "><img src=x onerror=alert(2)> <!-- in Berlin.';
  const at = text.indexOf('Berlin');
  const report: Report = {
    ...emptyReport('x"><img src=x onerror=alert(3)>.txt'),
    people: [{ name: '<b>Eve</b>', aliases: [], titles: ['"><svg onload=alert(4)>'], mentions: [{ start: 0, end: 3, text: 'Eve' }], quoteCount: 1 }],
    places: [{ name: '</title><script>alert(5)</script>', aliases: [], kind: 'city', coordinates: { lat: 52.5, lon: 13.4 }, mentions: [{ start: at, end: at + 6, text: 'Berlin' }] }],
    quotes: [{ text: '</script><script>alert(1)</script>', kind: 'direct', fragments: [{ start: 9, end: 46 }], speaker: { name: '<b>Eve</b>', mention: { start: 0, end: 3, text: 'Eve' } }, cue: 'said' }],
  };
  return { report, text };
}

describe('formatHtml', () => {
  it('writes one self-contained page: inline script and styles, no external URL', () => {
    const html = formatHtml([located()], { version: '9.9.9' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<meta name="generator" content="dossier 9.9.9">');
  });

  it('allows only its own script, by hash, and no request of any kind', () => {
    const html = formatHtml([located()]);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('carries every report offset unchanged to the page data', () => {
    const document = located();
    const data = pageData(formatHtml([document]));
    const article = data.articles[0]!;
    expect(article.text).toBe(PASSAGE);
    expect(article.people.map((p) => p.mentions)).toEqual(document.report.people.map((p) => p.mentions.map((m) => [m.start, m.end])));
    expect(article.quotes.map((q) => q.fragments)).toEqual(document.report.quotes.map((q) => q.fragments.map((f) => [f.start, f.end])));
    // Speakers link to the article's people by index; a description links to nobody.
    expect(article.quotes.map((q) => q.person)).toEqual([0, 1, -1]);
  });

  it('draws one map mark per place with coordinates, merged across articles', () => {
    const html = formatHtml([located('a.txt'), located('b.txt')]);
    const data = pageData(html);
    expect(data.mapPlaces.map((p) => [p.name, p.mentions, p.articles])).toEqual([
      ['Berlin', 2, [0, 1]],
      ['Brussels', 2, [0, 1]],
    ]);
    expect(html.match(/<circle class="mark"/g)).toHaveLength(2);
    // Equal Earth, frame 960 wide: Berlin lies right of the middle and above the equator.
    const berlin = data.mapPlaces[0]!;
    expect(berlin.x).toBeGreaterThan(480);
    expect(berlin.y).toBeLessThan(234);
  });

  it('ranks the corpus: most quoted, most mentioned, articles without an attributed quote', () => {
    const html = formatHtml([located('a.txt'), { report: emptyReport('quiet.txt'), text: '' }]);
    expect(html).toMatch(/id="chart-speakers"[\s\S]*data-filter-quotes="Olaf Scholz"/);
    expect(html).toMatch(/id="chart-places"[\s\S]*data-filter-articles="Berlin"/);
    expect(html).toMatch(/Articles with no attributed quotation \(1\)<\/h3><ul class="article-links"><li><a href="#article\/1">quiet.txt<\/a>/);
  });

  it('shows article text and names as text: nothing in an article becomes markup', () => {
    const html = formatHtml([hostile()], { skipped: [{ source: '<img src=y>.txt', message: 'binary file' }] });
    // Exactly the page's own two script elements, no image, no svg handler.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<svg onload|<b>Eve/);
    expect(html).toContain('&lt;img src=y&gt;.txt');
    expect(html).toContain('x&quot;&gt;&lt;img src=x onerror=alert(3)&gt;.txt');
    // The data survives whole once parsed.
    expect(pageData(html).articles[0]!.text).toBe(hostile().text);
  });

  it('counts in words that agree with the numbers', () => {
    const html = formatHtml([{ report: { ...emptyReport('one.txt'), people: [sampleReport().people[0]!] }, text: PASSAGE }]);
    expect(html).toContain('1</span> <span class="stat-label">article</span>');
    expect(html).toContain('1</span> <span class="stat-label">person</span>');
    expect(html).toContain('0</span> <span class="stat-label">places</span>');
  });

  it('is the same page for the same reports', () => {
    expect(formatHtml([located()])).toBe(formatHtml([located()]));
  });

  it('renders an empty corpus without failing', () => {
    const html = formatHtml([]);
    expect(html).toContain('0</span> <span class="stat-label">articles');
    expect(pageData(html).articles).toEqual([]);
  });
});
