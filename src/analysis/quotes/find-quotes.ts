/**
 * Stage: quotations. Pairs the quotation marks, joins a quotation interrupted by its own
 * attribution (“…,” she said. “…”) into one, and tells direct speech from partial quotes.
 * Speakers are left for {@link attributeSpeakers}.
 */
import type { NlpDocument, Span } from '../../nlp/document.js';
import type { QuoteFinding } from '../types.js';
import { classifyQuote, type QuoteShape } from './classify-quote.js';
import { joinFragments } from './join-fragments.js';
import { type MarkedFragment, type MarkedQuote, pairQuoteMarks } from './pair-marks.js';
import { type PlacedQuote, placeQuotes } from './place-quotes.js';
import { namesAnother, onlyAdjuncts, rightClause } from './quote-clauses.js';
import { endsSentence, isWordy, paragraphAt, quoteEnding, tokenIndexAt } from './quote-context.js';
import { clauseAfter, clauseBefore, type ReportingClause } from './reporting-clause.js';

/**
 * True when only a reporting clause stands between two quotations of one paragraph and the
 * second has no attribution of its own: they are one quotation interrupted by "she said".
 */
function interrupted(doc: NlpDocument, a: PlacedQuote<MarkedFragment>, b: PlacedQuote<MarkedFragment>): ReportingClause | null {
  const aPara = paragraphAt(doc, (a.fragments[a.fragments.length - 1] as MarkedFragment).start);
  const bPara = paragraphAt(doc, (b.fragments[0] as MarkedFragment).start);
  if (!aPara || aPara !== bPara) return null;
  // The first part must end as speech does before an attribution (“…,” / “….” / “…?”), not
  // as a quoted phrase running on in the reporter's sentence.
  const aEnding = quoteEnding(innerText(doc, a.fragments[a.fragments.length - 1] as MarkedFragment));
  if (aEnding === 'bare') return null;
  // The attribution is set off from the second part ("she said. “…" / "she said, “…").
  const lastBetween = doc.tokens[b.open - 1];
  // (Not a colon: "Mr. Zahed said:" after a finished quotation introduces someone else's.)
  // An abbreviation's stop ends the attribution too ("said Ann Lee of Tampa, Fla. “…").
  if (!lastBetween || b.open <= a.after || !(/^[,.;—–-]$/u.test(lastBetween.text) || (lastBetween.type === 'word' && endsSentence(doc, b.open - 1)))) return null;
  const clause = clauseAfter(doc, a.after, b.open, aEnding !== 'stop');
  if (!clause || !onlyAdjuncts(doc, clause.end, b.open)) return null;
  // "…,” said Smith, head of policy. Now, “…”: words after the attribution's full stop.
  for (let i = clause.end; i < b.open - 1; i++) if (endsSentence(doc, i) && isWordy(doc.tokens[i + 1])) return null;
  if (rightClause(doc, b)) return null;
  if (introducedByOther(doc, a, clause)) return null;
  return clause;
}

/**
 * "When someone shouted, “Ashford,” Hale joked, “Am I …”": the first part has an attribution
 * of its own right before it, and the clause after it names someone else: two speakers, not
 * one quotation interrupted.
 */
function introducedByOther(doc: NlpDocument, a: PlacedQuote<MarkedFragment>, between: ReportingClause): boolean {
  const before = clauseBefore(doc, a.left.start, a.left.end);
  if (!before?.speaker || before.inverted) return false;
  // The attribution ends right at the quotation, past its comma or colon.
  for (let i = before.end; i < a.open; i++) if (isWordy(doc.tokens[i])) return false;
  return namesAnother(doc, between.speaker, before.speaker);
}

/** True when `b` follows `a` in the same sentence with no word between them. */
function listed(doc: NlpDocument, a: PlacedQuote<MarkedFragment>, b: PlacedQuote<MarkedFragment>): boolean {
  if (b.open < a.after || b.left.start !== a.after) return false;
  for (let i = a.after; i < b.open; i++) if (isWordy(doc.tokens[i])) return false;
  return !endsSentence(doc, a.after - 1) && paragraphAt(doc, (a.fragments[a.fragments.length - 1] as MarkedFragment).start) === paragraphAt(doc, (b.fragments[0] as MarkedFragment).start);
}

function innerText(doc: NlpDocument, f: MarkedFragment): string {
  return doc.text.slice(f.inner.start, f.inner.end);
}

function shapeOf(doc: NlpDocument, q: PlacedQuote<MarkedFragment>): QuoteShape {
  const lastInner = innerText(doc, q.fragments[q.fragments.length - 1] as MarkedFragment);
  return {
    left: q.left,
    right: q.right,
    firstInner: innerText(doc, q.fragments[0] as MarkedFragment),
    lastInner,
    leftClause: clauseBefore(doc, q.left.start, q.left.end),
    // After “…,” any verb attributes ("Hannity started."), as for speakers.
    rightClause: clauseAfter(doc, q.right.start, q.right.end, quoteEnding(lastInner) !== 'stop'),
  };
}

/**
 * The document's quotations as its marks delimit them. In an article that quotes in curly
 * marks, a straight mark opening a passage that no mark closes sets off a copied excerpt, not
 * a quotation (on PolNeAR's train set, 23 of 27 such passages were not direct speech): those
 * marks are not read, and the curly quotations inside the excerpt are quotations of their own.
 */
function markedQuotes(doc: NlpDocument): MarkedQuote[] {
  const marked = pairQuoteMarks(doc.text, doc.paragraphs);
  if (!marked.some((m) => m.family === 'curly' && m.closed)) return marked;
  const stray = marked.filter((m) => m.family === 'straight' && !m.closed);
  return stray.length ? pairQuoteMarks(doc.text, doc.paragraphs, new Set(stray.flatMap((m) => m.fragments.map((f) => f.start)))) : marked;
}

/** One or two capitalised words inside their marks: a nickname's shape (“Cia”, “El Chapo”). */
const NICKNAME = /^["“”'‘’«»„]+\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?["“”'‘’«»]+$/u;

/**
 * True for a nickname set inside a name (Marcia “Cia” Price, as the mentions stage reads it
 * too): a partial quote, but part of the name, so it does not cut the reporting clause it
 * stands in (the speaker stage places quotations without it).
 */
export function nicknameInName(text: string, fragments: readonly Span[]): boolean {
  const f = fragments[0];
  if (fragments.length !== 1 || !f || !NICKNAME.test(text.slice(f.start, f.end))) return false;
  return /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, f.start - 30), f.start)) && /^ \p{Lu}/u.test(text.slice(f.end, f.end + 2));
}

/**
 * True for quoted words set as a modifier inside a phrase ("holding “Vote Garrow” lawn
 * signs", "“Harbor Nights” star Lena Ford"): one to three capitalised words with no
 * punctuation of their own, right before a common noun. Like a nickname, such a quote is
 * partial and does not cut a reporting clause it stands in.
 */
export function modifierInPhrase(doc: NlpDocument, fragments: readonly Span[]): boolean {
  const f = fragments[0];
  if (fragments.length !== 1 || !f || !NICKNAME_WORDS.test(doc.text.slice(f.start, f.end))) return false;
  const next = doc.tokens[tokenIndexAt(doc, f.end + 1)];
  return next !== undefined && next.start === f.end + 1 && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/** Up to three capitalised words inside their marks, with no punctuation of their own. */
const NICKNAME_WORDS = /^["“”'‘’«»„]+\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}["“”'‘’«»]+$/u;

/** True for a quote that {@link nicknameInName} or {@link modifierInPhrase} reads as part of a phrase. */
export function insidePhrase(doc: NlpDocument, fragments: readonly Span[]): boolean {
  return nicknameInName(doc.text, fragments) || modifierInPhrase(doc, fragments);
}

/**
 * Classifies each quotation, then joins a direct one with the next when only its attribution
 * stands between them (“…,” she said. “…”) and the second is speech on its own right side.
 */
function build(doc: NlpDocument): QuoteFinding[] {
  const all = markedQuotes(doc);
  const nicknames = all.filter((m) => insidePhrase(doc, m.fragments));
  const placed = placeQuotes(doc, nicknames.length ? all.filter((m) => !nicknames.includes(m)) : all);
  const merged: { q: PlacedQuote<MarkedFragment>; kind: QuoteFinding['kind'] }[] = [];
  for (const q of placed) {
    const prev = merged[merged.length - 1];
    // A quotation following another in the same sentence with nothing but punctuation
    // between ("ambassador," "attack,") is read the way the first one was.
    const shape = shapeOf(doc, q);
    const kind = prev && listed(doc, prev.q, q) ? prev.kind : classifyQuote(doc, shape);
    // The second part of an interrupted quotation may go on in lower case (“If you have
    // that,” he said, “you now have a crisis.”), so it is judged as a continuation.
    const continues = kind === 'direct' || (prev?.kind === 'direct' && classifyQuote(doc, shape, true) === 'direct');
    if (prev && prev.kind === 'direct' && continues && interrupted(doc, prev.q, q)) {
      prev.q = { ...prev.q, fragments: [...prev.q.fragments, ...q.fragments], after: q.after, right: q.right };
    } else {
      merged.push({ q, kind });
    }
  }
  const found: QuoteFinding[] = merged.map(({ q, kind }) => ({
    kind,
    fragments: q.fragments.map((f) => ({ start: f.start, end: f.end })),
    text: joinFragments(doc.text, q.fragments),
    speaker: null,
    cue: null,
  }));
  if (nicknames.length === 0) return found;
  const partial = nicknames.map((m): QuoteFinding => ({ kind: 'partial', fragments: m.fragments.map((f) => ({ start: f.start, end: f.end })), text: joinFragments(doc.text, m.fragments), speaker: null, cue: null }));
  return [...found, ...partial].sort((a, b) => (a.fragments[0] as Span).start - (b.fragments[0] as Span).start);
}

/** Finds quotations (direct and partial) in the document; speaker and cue left null. */
export function findQuotes(doc: NlpDocument): QuoteFinding[] {
  if (!doc.text || doc.tokens.length === 0) return [];
  return build(doc);
}
