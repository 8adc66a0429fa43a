/**
 * Hypothetical speech: words nobody said, only might say ("A voter might say, “…”", "a council
 * that says something like “…”", "Imagine a governor who says “…”"), and speech remembered as
 * a habit ("his father used to tell him, “…”"), and speech hoped for ("I hope the voters say
 * “…”"). They are not direct quotations of the
 * article's sources; the speaker stage keeps them as partial quotes.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { PlacedQuote } from './place-quotes.js';
import { endsSentence } from './quote-context.js';
import type { ReportingClause } from './reporting-clause.js';

/**
 * Modal auxiliaries that make the reporting verb hypothetical ("would say", "might tell").
 * Not "could" or "can", which as often tell what someone did ("could only quip", "can be
 * heard asking"), nor "may" ("may have put it most plainly").
 */
const MODALS = new Set(['would', 'might', "'d", '’d']);
/** Verbs opening a sentence that sets up an imagined case. */
const IMAGINING = new Set(['imagine', 'suppose', 'picture']);
/** Verbs of hoping whose object clause is speech wished for ("I hope America says “…”"). */
const WISHING = new Set(['hope', 'wish', 'pray']);
/** Most words between the verb of hoping and the subject of the wished-for speech ("that in 2017"). */
const WISH_GAP = 4;

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
  // "I hope in 2027 the council says, “…”": speech wished for, in the present tense.
  const subject = clause.speaker?.start ?? clause.verb;
  const verb = tok(doc, clause.verb) as Token;
  if (!clause.inverted && verb.normal !== verb.lemma + 'ed' && verb.normal !== 'said') {
    for (let i = subject - 1; i >= 0 && i >= subject - 1 - WISH_GAP; i--) {
      const t = tok(doc, i) as Token;
      if (WISHING.has(t.lemma) && t.pos === 'VERB') return `"${t.text}" before the speaker`;
      // Not past a comma or a quotation mark: the hope must govern the clause itself.
      if (t.pos === 'PUNCT') break;
    }
  }
  // "Imagine a governor who says “…”".
  let start = clause.verb;
  while (start > 0 && !endsSentence(doc, start - 1) && clause.verb - start < 30) start--;
  const opener = tok(doc, start);
  if (opener && IMAGINING.has(opener.normal)) return `"${opener.text}" opening the sentence`;
  return null;
}
