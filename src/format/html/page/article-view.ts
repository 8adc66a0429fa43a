/**
 * One article on the page: its text with every mention and quotation laid over it (see
 * ../segments.ts), the legend, and side lists of people, places, organizations and quotations.
 * Focusing or hovering a quotation marks who said it; pressing a person (in the text or the side
 * list) marks all their mentions and quotations.
 */
import { layoutHighlights, type HighlightNode, type HighlightSpan } from '../segments.js';
import type { PageArticle, Range } from '../page-data.js';
import { el, plural, type Child } from './dom.js';

/** Kinds of entity, as named in data attributes and CSS classes. */
export type EntityKind = 'person' | 'place' | 'organization';

const KIND_LABEL: Record<EntityKind, string> = { person: 'person', place: 'place', organization: 'org.' };
/** How a quotation's tooltip names its kind. */
const QUOTE_TITLES = { direct: 'Quotation', partial: 'Partial quotation', transcript: 'Transcript turn' } as const;

/** What a highlight span stands for. */
type Highlight =
  | { type: 'quote'; quote: number }
  | { type: 'speaker'; quotes: number[] }
  | { type: 'entity'; kind: EntityKind; entity: number; mention: number };

/** Encloses first when two spans cover the same text: quote, then speaker words, then names. */
const RANK = { quote: 0, speaker: 1, organization: 2, place: 3, person: 4 } as const;

/** The spans of an article: quotation fragments, speaker words, and every entity mention. */
export function articleSpans(article: PageArticle): HighlightSpan<Highlight>[] {
  const spans: HighlightSpan<Highlight>[] = [];
  article.quotes.forEach((quote, index) => {
    for (const [start, end] of quote.fragments) spans.push({ start, end, rank: RANK.quote, value: { type: 'quote', quote: index } });
  });
  const speakerWords = new Map<string, { range: Range; quotes: number[] }>();
  article.quotes.forEach((quote, index) => {
    if (!quote.speakerMention) return;
    const key = quote.speakerMention.join(':');
    const entry = speakerWords.get(key) ?? { range: quote.speakerMention, quotes: [] };
    entry.quotes.push(index);
    speakerWords.set(key, entry);
  });
  for (const { range, quotes } of speakerWords.values()) {
    spans.push({ start: range[0], end: range[1], rank: RANK.speaker, value: { type: 'speaker', quotes } });
  }
  const addEntities = (kind: EntityKind, list: readonly { mentions: Range[] }[]): void => {
    list.forEach((entity, index) =>
      entity.mentions.forEach(([start, end], mention) =>
        spans.push({ start, end, rank: RANK[kind], value: { type: 'entity', kind, entity: index, mention } }),
      ),
    );
  };
  addEntities('organization', article.organizations);
  addEntities('place', article.places);
  addEntities('person', article.people);
  return spans;
}

/** The article's text as DOM nodes, highlights included. */
function renderText(article: PageArticle): DocumentFragment {
  const { text } = article;
  const lastFragmentEnd = article.quotes.map((quote) => quote.fragments[quote.fragments.length - 1]?.[1] ?? -1);
  const entityName = (kind: EntityKind, index: number): string =>
    (kind === 'person' ? article.people : kind === 'place' ? article.places : article.organizations)[index]?.name ?? '';
  const build = (nodes: HighlightNode<Highlight>[], parent: Node): void => {
    for (const node of nodes) {
      if (node.kind === 'text') {
        parent.appendChild(document.createTextNode(text.slice(node.start, node.end)));
        continue;
      }
      const value = node.value;
      let element: HTMLElement;
      if (value.type === 'quote') {
        const quote = article.quotes[value.quote]!;
        element = el('span', {
          class: `quote quote-${quote.kind}`,
          'data-quote': value.quote,
          tabindex: 0,
          title: `${QUOTE_TITLES[quote.kind]}${quote.speaker ? ` · ${quote.speaker}` : ' · no speaker found'}${quote.cue ? ` (${quote.cue})` : ''}`,
        });
      } else if (value.type === 'speaker') {
        element = el('span', { class: 'speaker-words', 'data-speaker-for': value.quotes.join(' ') });
      } else {
        element = el('mark', {
          class: `ent ent-${value.kind}`,
          'data-entity': `${value.kind}:${value.entity}`,
          'data-mention': `${value.kind}:${value.entity}:${value.mention}`,
          'data-label': KIND_LABEL[value.kind],
          title: `${entityName(value.kind, value.entity)} (${value.kind})`,
        });
      }
      build(node.children, element);
      parent.appendChild(element);
      if (value.type === 'quote' && node.end === lastFragmentEnd[value.quote]) {
        const speaker = article.quotes[value.quote]!.speaker;
        if (speaker) parent.appendChild(el('span', { class: 'who', 'data-who': value.quote }, `— ${speaker}`));
      }
    }
  };
  const fragment = document.createDocumentFragment();
  build(layoutHighlights(text.length, articleSpans(article)), fragment);
  return fragment;
}

/** The legend: each kind's sample, and the switch for text labels. */
function renderLegend(container: HTMLElement): HTMLElement {
  const toggle = el('input', { type: 'checkbox', id: 'show-labels' });
  toggle.addEventListener('change', () => container.classList.toggle('show-labels', toggle.checked));
  const sample = (kind: EntityKind, label: string): HTMLElement =>
    el('li', {}, el('mark', { class: `ent ent-${kind}`, 'data-label': KIND_LABEL[kind] }, label));
  return el(
    'div',
    { class: 'legend-bar' },
    el(
      'ul',
      { class: 'legend', 'aria-label': 'Legend' },
      sample('person', 'Person (solid underline)'),
      sample('place', 'Place (dashed underline)'),
      sample('organization', 'Organization (double underline)'),
      el('li', {}, el('span', { class: 'quote quote-direct' }, '“Quotation”'), ' ', el('span', { class: 'who' }, '— speaker')),
    ),
    el('label', { class: 'toggle' }, toggle, ' Show labels'),
  );
}

/** One entry of a side list: a toggle button and what the article says about the entity. */
function sideEntry(kind: EntityKind, index: number, name: string, details: Child[]): HTMLElement {
  return el(
    'li',
    { 'data-entry': `${kind}:${index}` },
    el('button', { type: 'button', class: `entity-button ent-${kind}`, 'data-select': `${kind}:${index}`, 'aria-pressed': 'false' }, name),
    ...details.map((detail) => (detail ? el('span', { class: 'detail' }, detail) : null)),
  );
}

function sideList(title: string, entries: HTMLElement[]): HTMLElement {
  return el('section', { class: 'side-list' }, el('h4', {}, `${title} (${entries.length})`), entries.length > 0 ? el('ul', {}, ...entries) : el('p', { class: 'empty' }, 'None found.'));
}

/** Renders `article` into the view and side panel, wiring the highlights' interactions. */
export function showArticle(article: PageArticle, index: number, view: HTMLElement, side: HTMLElement, announce: (message: string) => void): void {
  const textBox = el('div', { class: 'article-text', id: 'article-text' }, renderText(article));
  const counts = [plural(article.words, 'word'), plural(article.people.length, 'person', 'people'), plural(article.places.length, 'place'), plural(article.organizations.length, 'organization'), plural(article.quotes.length, 'quotation')].join(' · ');
  view.replaceChildren(
    el('h3', { id: 'article-title', tabindex: -1 }, article.source),
    el('p', { class: 'article-counts' }, `Article ${index + 1} · ${counts}`),
    renderLegend(textBox),
    textBox,
  );

  const people = article.people.map((person, i) =>
    sideEntry('person', i, person.name, [
      person.titles.length > 0 ? person.titles.join(', ') : null,
      `${plural(person.mentions.length, 'mention')}${person.quotes > 0 ? ` · ${plural(person.quotes, 'quotation')}` : ''}`,
    ]),
  );
  const places = article.places.map((place, i) =>
    sideEntry('place', i, place.name, [[place.kind, place.country].filter(Boolean).join(' · '), plural(place.mentions.length, 'mention')]),
  );
  const organizations = article.organizations.map((org, i) => sideEntry('organization', i, org.name, [plural(org.mentions.length, 'mention')]));
  const quotes = article.quotes.map((quote, i) =>
    el(
      'li',
      { 'data-quote-entry': i },
      el('button', { type: 'button', class: 'quote-button', 'data-goto-quote': i }, quote.speaker ?? 'No speaker'),
      quote.cue ? el('span', { class: 'detail' }, quote.cue) : null,
      el('span', { class: 'detail quote-snippet' }, `“${quote.text.length > 120 ? `${quote.text.slice(0, 119)}…` : quote.text}”`),
    ),
  );
  side.replaceChildren(
    sideList('People', people),
    sideList('Places', places),
    sideList('Organizations', organizations),
    el('section', { class: 'side-list' }, el('h4', {}, `Quotations (${quotes.length})`), quotes.length > 0 ? el('ol', {}, ...quotes) : el('p', { class: 'empty' }, 'None found.')),
  );
  wireInteractions(article, textBox, side, announce);
}

function wireInteractions(article: PageArticle, textBox: HTMLElement, side: HTMLElement, announce: (message: string) => void): void {
  const all = (selector: string, root: ParentNode = textBox): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(selector)];
  let activeQuote = -1;
  const setActiveQuote = (quote: number): void => {
    if (quote === activeQuote) return;
    for (const node of [...all('.is-active'), ...all('.is-speaker'), ...all('.is-speaker', side)]) node.classList.remove('is-active', 'is-speaker');
    activeQuote = quote;
    if (quote < 0) return;
    for (const node of all(`[data-quote="${quote}"], [data-who="${quote}"]`)) node.classList.add('is-active');
    for (const node of all(`[data-speaker-for~="${quote}"]`)) node.classList.add('is-speaker');
    const person = article.quotes[quote]?.person ?? -1;
    if (person >= 0) side.querySelector(`[data-entry="person:${person}"]`)?.classList.add('is-speaker');
  };
  const quoteOf = (target: EventTarget | null): number => {
    const node = target instanceof Element ? target.closest<HTMLElement>('[data-quote]') : null;
    return node ? Number(node.dataset['quote']) : -1;
  };
  textBox.addEventListener('focusin', (event) => setActiveQuote(quoteOf(event.target)));
  textBox.addEventListener('focusout', () => setActiveQuote(-1));
  textBox.addEventListener('mouseover', (event) => setActiveQuote(quoteOf(event.target)));
  textBox.addEventListener('mouseleave', () => setActiveQuote(document.activeElement instanceof Element ? quoteOf(document.activeElement) : -1));

  let selected = '';
  const select = (key: string): void => {
    for (const node of [...all('.is-selected'), ...all('.is-selected', side)]) node.classList.remove('is-selected');
    for (const button of all('[aria-pressed="true"]', side)) button.setAttribute('aria-pressed', 'false');
    selected = key === selected ? '' : key;
    if (!selected) {
      announce('Selection cleared.');
      return;
    }
    const [kind, indexText] = selected.split(':') as [EntityKind, string];
    const index = Number(indexText);
    const marks = all(`[data-entity="${selected}"]`);
    for (const node of marks) node.classList.add('is-selected');
    let quotes = 0;
    if (kind === 'person') {
      article.quotes.forEach((quote, i) => {
        if (quote.person !== index) return;
        quotes += 1;
        for (const node of all(`[data-quote="${i}"], [data-who="${i}"]`)) node.classList.add('is-selected');
        side.querySelector(`[data-quote-entry="${i}"]`)?.classList.add('is-selected');
      });
    }
    side.querySelector(`[data-select="${selected}"]`)?.setAttribute('aria-pressed', 'true');
    side.querySelector(`[data-entry="${selected}"]`)?.classList.add('is-selected');
    const name = side.querySelector(`[data-select="${selected}"]`)?.textContent ?? '';
    announce(`${name}: ${plural(marks.length, 'mention')}${kind === 'person' ? ` and ${plural(quotes, 'quotation')}` : ''} highlighted.`);
    marks[0]?.scrollIntoView({ block: 'nearest' });
  };
  textBox.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark[data-entity]') : null;
    if (mark) select(mark.dataset['entity']!);
  });
  side.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLElement>('[data-select]');
    if (button) select(button.dataset['select']!);
    const goto = target?.closest<HTMLElement>('[data-goto-quote]');
    if (goto) focusQuote(textBox, Number(goto.dataset['gotoQuote']));
  });
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && selected) select(selected);
  };
  textBox.addEventListener('keydown', onKey);
  side.addEventListener('keydown', onKey);
}

/** Scrolls to quotation `quote` of the shown article and focuses it (which marks its speaker). */
export function focusQuote(textBox: HTMLElement, quote: number): void {
  const node = textBox.querySelector<HTMLElement>(`[data-quote="${quote}"]`);
  if (!node) return;
  node.scrollIntoView({ block: 'center' });
  node.focus({ preventScroll: true });
}
