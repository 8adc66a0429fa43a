/**
 * The table of every quotation in the corpus: searchable (speaker, cue, article and words at
 * once), sortable by any column, shown a page at a time.
 */
import type { PageArticle, PageQuote } from '../page-data.js';
import { byId, createPager, el, plural, searchKey } from './dom.js';

/** Rows per page of the table. */
const PAGE_SIZE = 50;

interface Row {
  article: number;
  quote: number;
  speaker: string;
  /** The speaker is a person of the article (not a description such as "a spokeswoman"). */
  named: boolean;
  cue: string;
  source: string;
  text: string;
  kind: PageQuote['kind'];
  key: string;
}

type Column = 'speaker' | 'cue' | 'source' | 'text';

const COLUMNS: { column: Column; label: string }[] = [
  { column: 'speaker', label: 'Speaker' },
  { column: 'cue', label: 'Cue' },
  { column: 'source', label: 'Article' },
  { column: 'text', label: 'Quotation' },
];

/** The quote table's controls. */
export interface QuoteTable {
  /** Sets the search box to `query` and filters the rows. */
  search(query: string): void;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Builds the quote table in #quote-table-box. */
export function createQuoteTable(articles: readonly PageArticle[]): QuoteTable {
  const rows: Row[] = [];
  articles.forEach((article, a) =>
    article.quotes.forEach((quote, q) => {
      const speaker = quote.speaker ?? '';
      const cue = quote.cue ?? '';
      rows.push({ article: a, quote: q, speaker, named: quote.person >= 0, cue, source: article.source, text: quote.text, kind: quote.kind, key: '' });
    }),
  );
  const box = byId('quote-table-box');
  const input = byId<HTMLInputElement>('quote-search');
  const directOnly = byId<HTMLInputElement>('quote-direct-only');
  const status = byId('quote-count');
  const body = el('tbody');
  let sortColumn: Column | undefined;
  let ascending = true;
  const headers = COLUMNS.map(({ column, label }) => {
    const button = el('button', { type: 'button', class: 'sort-button' }, label);
    button.addEventListener('click', () => {
      ascending = sortColumn === column ? !ascending : true;
      sortColumn = column;
      order();
    });
    return el('th', { scope: 'col', 'data-column': column }, button);
  });
  const table = el('table', { class: 'quote-table', id: 'quote-table' }, el('caption', { class: 'visually-hidden' }, 'All quotations; the column buttons sort the table.'), el('thead', {}, el('tr', {}, ...headers)), body);
  let shown = rows;
  let page = 0;
  const pager = createPager('Quotation table pages', (next) => {
    page = next;
    draw();
    table.scrollIntoView({ block: 'start' });
  });
  box.append(el('div', { class: 'table-scroll' }, table), pager.element);

  function order(): void {
    for (const th of headers) {
      th.setAttribute('aria-sort', th.dataset['column'] === sortColumn ? (ascending ? 'ascending' : 'descending') : 'none');
    }
    const column = sortColumn;
    shown = [...shown].sort((a, b) => {
      if (!column) return a.article - b.article || a.quote - b.quote;
      const primary = collator.compare(a[column], b[column]);
      return (ascending ? primary : -primary) || a.article - b.article || a.quote - b.quote;
    });
    page = 0;
    draw();
  }

  function draw(): void {
    const pages = Math.ceil(shown.length / PAGE_SIZE);
    page = Math.max(0, Math.min(page, pages - 1));
    body.replaceChildren(
      ...shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row) =>
        el(
          'tr',
          {},
          el('td', { class: row.speaker ? (row.named ? 'speaker' : 'speaker speaker-described') : 'speaker speaker-none' }, row.speaker || 'no speaker'),
          el('td', {}, row.cue),
          el('td', {}, el('a', { href: `#article/${row.article}/quote/${row.quote}` }, row.source)),
          el('td', { class: `quote-cell quote-${row.kind}` }, row.kind !== 'direct' ? el('span', { class: 'badge' }, row.kind) : null, row.kind === 'transcript' ? row.text : `“${row.text}”`),
        ),
      ),
    );
    pager.update(page, pages);
    status.textContent = shown.length === rows.length ? plural(rows.length, 'quotation') : `${plural(shown.length, 'quotation')} of ${rows.length.toLocaleString('en-US')}`;
  }

  function filter(query: string): void {
    const key = searchKey(query.trim());
    if (key && rows[0] && !rows[0].key) for (const row of rows) row.key = searchKey(`${row.speaker}\n${row.cue}\n${row.source}\n${row.text}`);
    const direct = directOnly.checked;
    shown = key || direct ? rows.filter((row) => (!key || row.key.includes(key)) && (!direct || row.kind !== 'partial')) : rows;
    order();
  }

  input.addEventListener('input', () => filter(input.value));
  directOnly.addEventListener('change', () => filter(input.value));
  order();
  if (rows.length === 0) box.append(el('p', { class: 'empty' }, 'No quotations in this corpus.'));
  return {
    search(query) {
      input.value = query;
      filter(query);
    },
  };
}
