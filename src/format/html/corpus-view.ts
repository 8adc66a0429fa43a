/**
 * The corpus part of the HTML report, rendered as static HTML: counts, bar charts of the most
 * quoted and most mentioned names (tables with bars, so screen readers read the numbers), and
 * the articles with no attributed quotation. Names are buttons the page script turns into
 * filters of the quote table or the article list.
 */
import type { CorpusSummary } from '../../batch/summary.js';
import { escapeHtml } from './escape.js';

/** Most articles listed by name under "no attributed quotation"; the rest are counted. */
const MAX_LISTED_ARTICLES = 50;

/** One column of numbers in a bar chart. */
interface Series<Row> {
  label: string;
  /** CSS class of its bars (and legend swatch). */
  className: string;
  value: (row: Row) => number;
}

/** What a name in a chart filters when pressed. */
type FilterTarget = 'quotes' | 'articles';

/**
 * A horizontal bar chart as a table: one row per name, one bar per series, each scaled to the
 * series' largest value.
 */
export function renderBarChart<Row extends { name: string }>(
  id: string,
  caption: string,
  rows: readonly Row[],
  series: readonly Series<Row>[],
  filter: FilterTarget,
): string {
  if (rows.length === 0) {
    return `<figure class="chart" id="${id}"><figcaption>${escapeHtml(caption)}</figcaption><p class="empty">None in this corpus.</p></figure>`;
  }
  const most = series.map((s) => Math.max(1, ...rows.map(s.value)));
  const legend = series.map((s) => `<span class="legend-item"><span class="swatch ${s.className}"></span>${escapeHtml(s.label)}</span>`).join(' ');
  const head = series.map((s) => `<th scope="col">${escapeHtml(s.label)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = series
        .map((s, i) => {
          const value = s.value(row);
          const width = ((100 * value) / most[i]!).toFixed(1);
          return `<td><span class="bar-track"><span class="bar ${s.className}" style="width:${width}%"></span></span><span class="num">${value}</span></td>`;
        })
        .join('');
      const name = escapeHtml(row.name);
      return `<tr><th scope="row"><button type="button" class="linkish" data-filter-${filter}="${name}" title="Show ${filter === 'quotes' ? 'the quotations of' : 'the articles naming'} ${name}">${name}</button></th>${cells}</tr>`;
    })
    .join('');
  return (
    `<figure class="chart" id="${id}"><figcaption>${escapeHtml(caption)} <span class="legend">${legend}</span></figcaption>` +
    `<table class="bars"><thead><tr><th scope="col">Name</th>${head}</tr></thead><tbody>${body}</tbody></table></figure>`
  );
}

/** Counts shown at the top of the report. */
export interface CorpusCounts {
  articles: number;
  words: number;
  people: number;
  places: number;
  organizations: number;
  quotes: number;
  attributedQuotes: number;
  skipped: number;
}

/** The corpus section: counts, charts, and the articles without an attributed quotation. */
export function renderCorpusView(summary: CorpusSummary, counts: CorpusCounts, sources: readonly string[]): string {
  const number = (value: number): string => value.toLocaleString('en-US');
  const stat = (value: number, label: string): string => `<div class="stat"><span class="stat-value">${number(value)}</span> <span class="stat-label">${label}</span></div>`;
  const word = (count: number, one: string, many = `${one}s`): string => (count === 1 ? one : many);
  const stats = [
    stat(counts.articles, word(counts.articles, 'article')),
    stat(counts.words, word(counts.words, 'word')),
    stat(counts.people, word(counts.people, 'person', 'people')),
    stat(counts.places, word(counts.places, 'place')),
    stat(counts.organizations, word(counts.organizations, 'organization')),
    stat(counts.quotes, `${word(counts.quotes, 'quotation')} (${number(counts.attributedQuotes)} attributed)`),
    ...(counts.skipped > 0 ? [stat(counts.skipped, `${word(counts.skipped, 'input')} skipped`)] : []),
  ].join('');
  const entitySeries = [
    { label: 'articles', className: 'series-articles', value: (row: { articles: number }) => row.articles },
    { label: 'mentions', className: 'series-mentions', value: (row: { mentions: number }) => row.mentions },
  ];
  const charts = [
    renderBarChart(
      'chart-speakers',
      'Most quoted people',
      summary.speakers,
      [
        { label: 'quotations', className: 'series-quotes', value: (row) => row.quotes },
        { label: 'articles', className: 'series-articles', value: (row) => row.articles },
      ],
      'quotes',
    ),
    renderBarChart('chart-people', 'Most mentioned people', summary.people, entitySeries, 'articles'),
    renderBarChart('chart-places', 'Most mentioned places', summary.places, entitySeries, 'articles'),
    renderBarChart('chart-organizations', 'Most mentioned organizations', summary.organizations, entitySeries, 'articles'),
  ].join('');
  const index = new Map(sources.map((source, i) => [source, i]));
  const unattributed = summary.withoutAttributedQuote;
  const listed = unattributed.sources
    .slice(0, MAX_LISTED_ARTICLES)
    .map((source) => `<li><a href="#article/${index.get(source) ?? 0}">${escapeHtml(source)}</a></li>`)
    .join('');
  const more = unattributed.count > MAX_LISTED_ARTICLES ? `<p>and ${number(unattributed.count - MAX_LISTED_ARTICLES)} more.</p>` : '';
  const withoutQuotes =
    unattributed.count === 0
      ? '<p>Every article has at least one attributed quotation.</p>'
      : `<ul class="article-links">${listed}</ul>${more}`;
  return (
    `<section id="overview" aria-labelledby="overview-title"><h2 id="overview-title">Corpus</h2>` +
    `<div class="stats">${stats}</div><div class="charts">${charts}</div>` +
    `<section class="no-quotes" aria-labelledby="no-quotes-title"><h3 id="no-quotes-title">Articles with no attributed quotation (${number(unattributed.count)})</h3>${withoutQuotes}</section>` +
    `</section>`
  );
}
