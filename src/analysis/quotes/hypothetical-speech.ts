/**
 * Hypothetical speech: words nobody said, only might say ("A voter might say, “…”", "a council
 * that says something like “…”", "Imagine a governor who says “…”"), and speech remembered as
 * a habit ("his father used to tell him, “…”"). They are not direct quotations of the
 * article's sources; the speaker stage keeps them as partial quotes.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { PlacedQuote } from './place-quotes.js';
import { endsSentence } from './quote-context.js';
import type { ReportingClause } from './reporting-clause.js';

/**
 * Modal auxiliaries that make the reporting verb hypothetical ("would say", "might tell").
 * Not "could" or "can", which as often tell what someone did ("could only quip", "can be
 * heard asking"), nor "may" ("may have said it best").
 */
const MODALS = new Set(['would', 'might', "'d", '’d']);
/** Verbs opening a sentence that sets up an imagined case. */
const IMAGINING = new Set(['imagine', 'suppose', 'picture']);

function tok(doc: NlpDocument, i: number): Token | undefined {
  return doc.tokens[i];
}

/** Why the clause reports imagined speech ("modal", "something like", …), or null. */
export function hypothetical(doc: NlpDocument, q: PlacedQuote, clause: ReportingClause): string | null {
  // "might say", "would tell reporters", "used to tell him".
  for (let i = clause.verb - 1; i >= 0 && i >= clause.verb - 3; i--) {
    const t = tok(doc, i) as Token;
    if (MODALS.has(t.normal)) return `modal "${t.text}"`;
    if (t.normal === 'to' && tok(doc, i - 1)?.normal === 'used') return 'habit ("used to")';
    if (!(t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX')) break;
  }
  // "something like “…”", "words like “…”".
  const before = tok(doc, q.open - 1)?.text === ',' ? q.open - 2 : q.open - 1;
  if (tok(doc, before)?.normal === 'like') return '"like" before the quotation';
  // "Imagine a governor who says “…”".
  let start = clause.verb;
  while (start > 0 && !endsSentence(doc, start - 1) && clause.verb - start < 30) start--;
  const opener = tok(doc, start);
  if (opener && IMAGINING.has(opener.normal)) return `"${opener.text}" opening the sentence`;
  return null;
}
