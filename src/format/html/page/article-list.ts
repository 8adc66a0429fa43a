/**
 * The list of articles: filtered by a search over sources and the names found in each
 * article, shown a page at a time so that a corpus of thousands stays quick.
 */
import type { PageArticle } from '../page-data.js';
import { byId, createPager, el, plural, searchKey } from './dom.js';

/** Articles per page of the list. */
const PAGE_SIZE = 25;

/** The article list's controls. */
export interface ArticleList {
  /** Filters the list to articles whose source or names contain `query`. */
  filter(query: string): void;
  /** Marks article `index` as the one shown, turning to its page. */
  setCurrent(index: number): void;
}

/** Builds the article list in #article-list-box. */
export function createArticleList(articles: readonly PageArticle[]): ArticleList {
  const box = byId('article-list-box');
  const search = byId<HTMLInputElement>('article-search');
  const status = byId('article-count');
  const list = el('ol', { class: 'article-list', id: 'article-list' });
  let keys: string[] | undefined;
  let matches: number[] = articles.map((_, i) => i);
  let page = 0;
  let current = -1;
  const pager = createPager('Article list pages', (next) => {
    page = next;
    draw();
  });
  box.append(list, pager.element);

  const keyOf = (article: PageArticle): string =>
    searchKey([article.source, ...article.people.map((p) => p.name), ...article.places.map((p) => p.name), ...article.organizations.map((o) => o.name)].join('\n'));

  function draw(): void {
    const pages = Math.ceil(matches.length / PAGE_SIZE);
    page = Math.max(0, Math.min(page, pages - 1));
    const items = matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((index) => {
      const article = articles[index]!;
      const link = el('a', { href: `#article/${index}`, 'aria-current': index === current ? 'true' : undefined }, article.source);
      const attributed = article.quotes.filter((q) => q.speaker !== null).length;
      return el('li', { value: index + 1 }, link, el('span', { class: 'detail' }, `${plural(article.people.length, 'person', 'people')} · ${plural(article.quotes.length, 'quotation')}${attributed < article.quotes.length ? ` (${attributed} attributed)` : ''}`));
    });
    list.replaceChildren(...items);
    pager.update(page, pages);
    status.textContent = matches.length === articles.length ? plural(articles.length, 'article') : `${plural(matches.length, 'article')} of ${articles.length.toLocaleString('en-US')}`;
  }

  function filter(query: string): void {
    const key = searchKey(query.trim());
    if (key && !keys) keys = articles.map(keyOf);
    matches = key ? articles.map((_, i) => i).filter((i) => keys![i]!.includes(key)) : articles.map((_, i) => i);
    page = 0;
    draw();
  }

  search.addEventListener('input', () => filter(search.value));
  draw();
  return {
    filter(query) {
      search.value = query;
      filter(query);
    },
    setCurrent(index) {
      current = index;
      const position = matches.indexOf(index);
      if (position >= 0) page = Math.floor(position / PAGE_SIZE);
      draw();
    },
  };
}
