/**
 * Small DOM helpers for the report page. Article text and names only ever reach the page as
 * text nodes (`textContent`, never `innerHTML`), so nothing in an article can become markup.
 */

/** Attributes of {@link el}: strings set as attributes, `false`/`undefined` skipped. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** A child of {@link el}: a node, or a string that becomes a text node. */
export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** The element with `id`; throws when the page lacks it (a broken page is better loud). */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`dossier report: missing #${id}`);
  return element as T;
}

/** "1 quotation", "3 quotations". */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : words}`;
}

/** Folds case and accents for searching ("Zürich" finds "zurich"). */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A pager: "Previous", "Page 2 of 9", "Next". Calls `go` with the new page (0-based). Returns
 * the element and a function that redraws it for a page and a page count.
 */
export function createPager(label: string, go: (page: number) => void): { element: HTMLElement; update: (page: number, pages: number) => void } {
  const previous = el('button', { type: 'button', class: 'pager-button' }, '← Previous');
  const next = el('button', { type: 'button', class: 'pager-button' }, 'Next →');
  const status = el('span', { class: 'pager-status' });
  const element = el('nav', { class: 'pager', 'aria-label': label }, previous, status, next);
  let current = 0;
  previous.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  const update = (page: number, pages: number): void => {
    current = page;
    status.textContent = `Page ${page + 1} of ${Math.max(1, pages)}`;
    previous.disabled = page <= 0;
    next.disabled = page >= pages - 1;
    element.hidden = pages <= 1;
  };
  return { element, update };
}
