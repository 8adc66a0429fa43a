/**
 * Stage helper: pairs quotation marks into quoted stretches, paragraph by paragraph. Only the
 * outermost quotation is kept; marks of another family inside it are nested quotes. A
 * quotation left open at the end of a paragraph continues only when the next paragraph
 * reopens it with a mark of the same family (the newspaper convention for long quotes);
 * otherwise it ends with its paragraph, so one stray mark never swallows the article.
 */
import type { Paragraph, Span } from '../../nlp/document.js';
import { type MarkFamily, type QuoteMark, scanQuoteMarks } from './quote-marks.js';
import { hasWordChar } from './token-cache.js';

/** One stretch of a quotation: its marks included in `start`/`end`, excluded in `inner`. */
export interface MarkedFragment extends Span {
  /** The quoted words without the marks. */
  inner: Span;
}

/** A quotation as the marks delimit it, before any grammar is looked at. */
export interface MarkedQuote {
  family: MarkFamily;
  /** One fragment per paragraph the quotation runs through, in text order. */
  fragments: MarkedFragment[];
  /** False when the last fragment ran to the end of its paragraph without a closing mark. */
  closed: boolean;
}

/** How many paragraphs one quotation may run through by reopening. */
const MAX_PARAGRAPHS = 30;

interface OpenQuote {
  family: MarkFamily;
  fragments: MarkedFragment[];
  /** Start of the fragment being read and the end of its opening mark. */
  start: number;
  innerStart: number;
  /** Families of nested quotes open inside, innermost last. */
  nested: MarkFamily[];
}

/** Trims white space from both ends of a span. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * Pairs the double quotation marks of `text` into quotations. Linear in the number of marks
 * and paragraphs. Quotations with no letter or digit inside (a lone pair of marks) are dropped.
 * Marks starting at the offsets in `ignored` are not read as quotation marks.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Paragraph[], ignored: ReadonlySet<number> = new Set()): MarkedQuote[] {
  const marks = ignored.size ? scanQuoteMarks(text).filter((mark) => !ignored.has(mark.start)) : scanQuoteMarks(text);
  const quotes: MarkedQuote[] = [];
  const keep = (quote: OpenQuote, closed: boolean): void => {
    if (quote.fragments.some((f) => hasWordChar(text.slice(f.inner.start, f.inner.end)))) {
      quotes.push({ family: quote.family, fragments: quote.fragments, closed });
    }
  };
  let m = 0;
  let open: OpenQuote | null = null;
  /** A quotation left open at the end of the previous paragraph, waiting to be reopened. */
  let pending: OpenQuote | null = null;
  let runLength = 0;

  for (const para of paragraphs) {
    while (m < marks.length && (marks[m] as QuoteMark).start < para.start) m++;
    if (pending) {
      // (typed explicitly: the loop's control flow defeats TypeScript's narrowing here)
      const waiting: OpenQuote = pending;
      const first = marks[m];
      if (first && first.start === para.start && first.canOpen && first.family === waiting.family && runLength < MAX_PARAGRAPHS) {
        open = { family: waiting.family, fragments: waiting.fragments, start: first.start, innerStart: first.end, nested: [] };
        m++;
      } else {
        keep(waiting, false);
        runLength = 0;
      }
      pending = null;
    }
    for (; m < marks.length && (marks[m] as QuoteMark).start < para.end; m++) {
      const mark = marks[m] as QuoteMark;
      if (!open) {
        if (mark.canOpen) open = { family: mark.family, fragments: [], start: mark.start, innerStart: mark.end, nested: [] };
        continue;
      }
      const top = open.nested[open.nested.length - 1];
      // A closing mark of another family with nothing of its kind open means the writer closed
      // the quotation with the wrong glyph (“Hello," he said).
      const wrongGlyphClose = mark.family !== open.family && mark.canClose && !mark.canOpen && !open.nested.includes(mark.family);
      if (top === mark.family && mark.canClose) {
        open.nested.pop();
      } else if ((mark.family === open.family && mark.canClose) || wrongGlyphClose) {
        open.fragments.push({ start: open.start, end: mark.end, inner: { start: open.innerStart, end: mark.start } });
        keep(open, true);
        open = null;
        runLength = 0;
      } else if (mark.canOpen) {
        open.nested.push(mark.family);
      }
    }
    if (open) {
      // The paragraph ended inside a quotation: keep its part and wait for a reopening mark.
      const part = trimSpan(text, open.innerStart, para.end);
      open.fragments.push({ start: open.start, end: part.end, inner: part });
      pending = open;
      open = null;
      runLength++;
    }
  }
  if (pending) keep(pending, false);
  return quotes;
}
