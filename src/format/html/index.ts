/**
 * The HTML report (`--format html`): one self-contained page for a whole run (one article or a
 * corpus) with the corpus overview, a map, a table of every quotation and each article with its
 * mentions and quotations highlighted. Built from the same {@link Report} objects as `--json`;
 * script, styles and map data are inlined, and the page's Content-Security-Policy forbids every
 * request, so it opens offline and can reach nothing. Pure: documents in, one string out.
 */
import { createHash } from 'node:crypto';
import { SummaryAggregator, digestReport } from '../../batch/summary.js';
import { loadPageAssets, type PageAssets } from './assets.js';
import { renderCorpusView, type CorpusCounts } from './corpus-view.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { collectMapPlaces, renderMap, renderPlaceList } from './map.js';
import { toPageData, type HtmlDocument } from './page-payload.js';

export type { HtmlDocument } from './page-payload.js';

/** Names per ranked list of the overview's charts. */
const CHART_TOP = 12;

/** An input of the run that could not be analysed, listed in the report. */
export interface SkippedInput {
  source: string;
  message: string;
}

/** Options for {@link formatHtml}. */
export interface HtmlFormatOptions {
  /** dossier's version, shown in the page's header. */
  version?: string;
  /** Inputs skipped during the run. */
  skipped?: readonly SkippedInput[];
  /** Inlined script, styles and basemap (default: generated/ of this installation). */
  assets?: PageAssets;
}

/** The whole report page for `documents`, in input order. */
export function formatHtml(documents: readonly HtmlDocument[], options: HtmlFormatOptions = {}): string {
  const assets = options.assets ?? loadPageAssets();
  const skipped = options.skipped ?? [];
  const reports = documents.map((d) => d.report);
  const aggregator = new SummaryAggregator();
  for (const report of reports) aggregator.add(digestReport(report));
  for (let i = 0; i < skipped.length; i++) aggregator.addSkipped();
  const summary = aggregator.summary(CHART_TOP);
  const { places: mapPlaces, marks } = collectMapPlaces(reports, assets.basemap);
  const data = toPageData(documents, mapPlaces, marks);
  const distinct = (names: (r: (typeof reports)[number]) => string[]): number => new Set(reports.flatMap(names)).size;
  const counts: CorpusCounts = {
    articles: reports.length,
    words: reports.reduce((sum, r) => sum + r.stats.words, 0),
    people: distinct((r) => r.people.map((p) => p.name)),
    places: distinct((r) => r.places.map((p) => `${p.name}\u0000${p.country ?? ''}`)),
    organizations: distinct((r) => r.organizations.map((o) => o.name)),
    quotes: reports.reduce((sum, r) => sum + r.quotes.length, 0),
    attributedQuotes: reports.reduce((sum, r) => sum + r.quotes.filter((q) => q.speaker !== null).length, 0),
    skipped: skipped.length,
  };
  const title = reports.length === 1 ? `${reports[0]!.source} · dossier report` : `dossier report · ${reports.length.toLocaleString('en-US')} articles`;
  const scriptHash = createHash('sha256').update(assets.script).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const skippedList =
    skipped.length === 0
      ? ''
      : `<details class="skipped"><summary>${skipped.length} input${skipped.length === 1 ? '' : 's'} skipped</summary><ul>${skipped
          .map((s) => `<li><code>${escapeHtml(s.source)}</code>: ${escapeHtml(s.message)}</li>`)
          .join('')}</ul></details>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="dossier${options.version ? ` ${escapeHtml(options.version)}` : ''}">
<title>${escapeHtml(title)}</title>
<style>${assets.style}</style>
</head>
<body>
<a class="skip-link" href="#articles">Skip to the articles</a>
<header class="page-header">
<h1>dossier <span class="subtitle">${escapeHtml(reports.length === 1 ? reports[0]!.source : `${reports.length.toLocaleString('en-US')} articles`)}</span></h1>
<nav aria-label="Sections"><ul><li><a href="#overview">Corpus</a></li><li><a href="#map">Map</a></li><li><a href="#quotes">Quotations</a></li><li><a href="#articles">Articles</a></li></ul></nav>
</header>
<main>
<noscript><p class="noscript">The corpus overview and the map work without JavaScript; the quotation table and the highlighted articles need it.</p></noscript>
${renderCorpusView(summary, counts, reports.map((r) => r.source))}
${skippedList}
<section id="map" aria-labelledby="map-heading">
<h2 id="map-heading">Map</h2>
<p class="hint">Places with coordinates, each circle sized by its mentions. Zoom with the buttons, the mouse wheel or + and − on the focused map; move with the arrow keys or by dragging. Select a place to list its articles.</p>
<div class="map-layout">
<div class="map-main"><div class="map-controls" id="map-controls"></div>
<div class="map-box" id="map-box" tabindex="0" aria-label="Map: arrow keys move, + and − zoom">${renderMap(mapPlaces, assets.basemap)}</div>
<div class="map-panel" id="map-panel" aria-live="polite"></div></div>
<div class="place-list-box" id="place-list-box"><h3>Places (${mapPlaces.length})</h3>${renderPlaceList(mapPlaces)}</div>
</div>
</section>
<section id="quotes" aria-labelledby="quotes-heading">
<h2 id="quotes-heading">Quotations</h2>
<div class="table-tools"><label for="quote-search">Search quotations</label> <input type="search" id="quote-search" placeholder="speaker, cue, article or words" autocomplete="off"> <label class="toggle"><input type="checkbox" id="quote-direct-only"> Direct speech only</label> <span id="quote-count" class="count" aria-live="polite"></span></div>
<div id="quote-table-box"></div>
</section>
<section id="articles" aria-labelledby="articles-heading">
<h2 id="articles-heading">Articles</h2>
<div class="articles-layout">
<div class="article-nav" id="article-list-box"><label for="article-search">Find articles</label> <input type="search" id="article-search" placeholder="source or name" autocomplete="off"> <p id="article-count" class="count" aria-live="polite"></p></div>
<article class="article-view" id="article-view" aria-labelledby="article-title"></article>
<aside class="article-side" id="article-side" aria-label="Names and quotations in this article"></aside>
</div>
</section>
</main>
<footer class="page-footer"><p>Made by dossier${options.version ? ` ${escapeHtml(options.version)}` : ''}. Map: Natural Earth 1:110m country outlines (public domain) from world-atlas, drawn with d3-geo (Equal Earth projection).</p></footer>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
<script type="application/json" id="dossier-data">${jsonForScript(data)}</script>
<script>${assets.script}</script>
</body>
</html>
`;
}
