/**
 * The HTML report's page script: reads the corpus from the page's JSON, draws the article list,
 * the quote table and the chosen article, and follows the address (`#article/3`,
 * `#article/3/quote/1`) so that links, the back button and bookmarks work.
 */
import type { PageData } from '../page-data.js';
import { createArticleList } from './article-list.js';
import { focusQuote, showArticle } from './article-view.js';
import { byId } from './dom.js';
import { initMap } from './map-view.js';
import { createQuoteTable } from './quote-table.js';

const ROUTE = /^#article\/(\d+)(?:\/quote\/(\d+))?$/;

function start(): void {
  performance.mark('dossier-start');
  const data = JSON.parse(byId('dossier-data').textContent ?? '{}') as PageData;
  const { articles } = data;
  const status = byId('status');
  const announce = (message: string): void => {
    status.textContent = message;
  };
  const view = byId('article-view');
  const side = byId('article-side');
  const list = createArticleList(articles);
  const table = createQuoteTable(articles);
  initMap(data.mapPlaces, articles);

  let shown = -1;
  const open = (index: number, quote: number | undefined, focus: boolean): void => {
    const article = articles[index];
    if (!article) return;
    if (index !== shown) {
      showArticle(article, index, view, side, announce);
      shown = index;
      list.setCurrent(index);
    }
    if (quote !== undefined) focusQuote(byId('article-text'), quote);
    else if (focus) {
      byId('articles').scrollIntoView({ block: 'start' });
      byId('article-title').focus({ preventScroll: true });
    }
  };
  const route = (focus: boolean): void => {
    const match = ROUTE.exec(location.hash);
    if (match) open(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), focus);
  };
  window.addEventListener('hashchange', () => route(true));
  route(true);
  if (shown < 0 && articles.length > 0) open(0, undefined, false);
  if (articles.length === 0) view.textContent = 'No article in this report.';

  // Names in the charts filter the quote table or the article list.
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-filter-quotes], [data-filter-articles]') : null;
    if (!target) return;
    const speaker = target.dataset['filterQuotes'];
    if (speaker !== undefined) {
      table.search(speaker);
      byId('quotes').scrollIntoView({ block: 'start' });
      byId('quote-search').focus({ preventScroll: true });
    } else {
      list.filter(target.dataset['filterArticles'] ?? '');
      byId('articles').scrollIntoView({ block: 'start' });
      byId('article-search').focus({ preventScroll: true });
    }
  });
  document.documentElement.classList.add('ready');
  performance.mark('dossier-ready');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
