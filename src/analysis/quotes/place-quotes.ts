/**
 * Places quotations among the tokens: the tokens a quotation covers and the reporter's words
 * on either side of it in the same sentence, bounded by the neighbouring quotations and the
 * paragraph.
 */
import type { NlpDocument, Span } from '../../nlp/document.js';
import { leftContext, paragraphAt, paragraphTokens, rightContext, type TokenRange, tokenIndexAt } from './quote-context.js';

/** A quotation placed among the tokens, with the reporter's words on either side. */
export interface PlacedQuote<F extends Span = Span> {
  fragments: F[];
  /** First token of the quotation (its opening mark). */
  open: number;
  /** First token after the quotation's closing mark. */
  after: number;
  /** Reporter's words before it in the same sentence (bounded by the previous quotation). */
  left: TokenRange;
  /** Reporter's words after it in the same sentence (bounded by the next quotation). */
  right: TokenRange;
}

/** Locates each quotation's tokens and the words around it, in text order. */
export function placeQuotes<F extends Span>(doc: NlpDocument, quotes: readonly { fragments: readonly F[] }[]): PlacedQuote<F>[] {
  const spans = quotes.map((q) => {
    const first = q.fragments[0] as F;
    const last = q.fragments[q.fragments.length - 1] as F;
    return { q, open: tokenIndexAt(doc, first.start), after: tokenIndexAt(doc, last.end), first, last };
  });
  return spans.map((s, k) => {
    const para = paragraphAt(doc, s.first.start);
    const lastPara = paragraphAt(doc, s.last.start);
    const paraRange = para ? paragraphTokens(doc, para) : { start: 0, end: doc.tokens.length };
    const lastRange = lastPara ? paragraphTokens(doc, lastPara) : paraRange;
    const floor = Math.max(paraRange.start, k > 0 ? (spans[k - 1]?.after ?? 0) : 0);
    const ceiling = Math.min(lastRange.end, spans[k + 1]?.open ?? doc.tokens.length);
    return {
      fragments: [...s.q.fragments],
      open: s.open,
      after: s.after,
      left: leftContext(doc, s.open, Math.min(floor, s.open)),
      right: rightContext(doc, s.after, Math.max(ceiling, s.after)),
    };
  });
}

