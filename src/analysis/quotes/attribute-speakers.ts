/**
 * Stage: speakers. For each quotation, finds the reporting clause that names who said it —
 * inside the quotation (“…,” she said, “…”), after it, before it, or in a sentence ending
 * with a colon just before it — and resolves the speaker to an entity. A direct quotation
 * with no clause of its own continues the speech of the quotation before it in the same
 * stretch of text.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, QuoteFinding, SpeakerFinding } from '../types.js';
import { type PlacedQuote, placeQuotes } from './place-quotes.js';
import { endsSentence, isWordy, paragraphAt, type TokenRange, tokenIndexAt } from './quote-context.js';
import { clauseAfter, clauseBefore, type ReportingClause, sentenceSubject } from './reporting-clause.js';
import { resolveSpeaker } from './resolve-speaker.js';

/** How many paragraphs a speaker carries over to quotations with no clause of their own. */
const CARRY_PARAGRAPHS = 2;

interface Attribution {
  speaker: SpeakerFinding;
  cue: string | null;
}

function paragraphIndex(doc: NlpDocument, offset: number): number {
  return paragraphAt(doc, offset)?.index ?? -1;
}

/** Clauses standing between the fragments of one quotation, in the same paragraph. */
function innerClauses(doc: NlpDocument, q: PlacedQuote): ReportingClause[] {
  const found: ReportingClause[] = [];
  for (let i = 0; i + 1 < q.fragments.length; i++) {
    const a = q.fragments[i] as Span;
    const b = q.fragments[i + 1] as Span;
    if (paragraphIndex(doc, a.start) !== paragraphIndex(doc, b.start)) continue;
    const clause = clauseAfter(doc, tokenIndexAt(doc, a.end), tokenIndexAt(doc, b.start));
    if (clause) found.push(clause);
  }
  return found;
}

/**
 * The sentence just before a quotation that introduces it with a colon ("Caddell continued:"),
 * in the same paragraph or closing the previous one.
 */
function colonIntro(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (q.left.end > q.left.start && hasWords(doc, q.left)) return null;
  // wink keeps line breaks as tokens of their own: step over them to the previous paragraph.
  let colon = q.left.start - 1;
  while (colon >= 0 && (doc.tokens[colon] as Token).pos === 'SPACE') colon--;
  if (doc.tokens[colon]?.text !== ':') return null;
  let start = colon;
  while (start > 0 && !endsSentence(doc, start - 1) && colon - start < 60) start--;
  return clauseBefore(doc, start, colon + 1) ?? subjectClause(doc, start, colon);
}

/**
 * A sentence before the quotation that is nothing but an attribution ("Sam Lau, the party's
 * spokesman, said in a statement."), its speech being the quotation that follows.
 */
function bareAttributionBefore(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (hasWords(doc, q.left)) return null;
  const stop = q.left.start - 1;
  const para = paragraphAt(doc, (q.fragments[0] as Span).start);
  const floor = para ? tokenIndexAt(doc, para.start) : 0;
  if (stop <= floor || !endsSentence(doc, stop)) return null;
  let start = stop;
  while (start > floor && !endsSentence(doc, start - 1) && stop - start < 60) start--;
  const clause = clauseBefore(doc, start, stop + 1);
  if (!clause?.speaker || clause.participle || clause.inverted) return null;
  for (let i = clause.end; i < stop; i++) {
    const t = doc.tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'that' || t.pos === 'SCONJ') return null;
  }
  return clause;
}

/** "— Bernie Sanders." as a paragraph of its own right after the quotation: its signature. */
function signatureAfter(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (hasWords(doc, q.right)) return null;
  const last = q.fragments[q.fragments.length - 1] as Span;
  const para = paragraphAt(doc, last.start);
  const next = para ? doc.paragraphs[para.index + 1] : undefined;
  if (!next) return null;
  const start = tokenIndexAt(doc, next.start);
  const end = tokenIndexAt(doc, next.end);
  if (end - start > 16 || !/^[-—–―]/u.test(doc.text.slice(next.start, next.end))) return null;
  return clauseAfter(doc, start, end);
}

/** A clause with no reporting verb whose subject introduces the quotation ("Kasich resisted:"). */
function subjectClause(doc: NlpDocument, start: number, colon: number): ReportingClause | null {
  const speaker = sentenceSubject(doc, start, colon);
  const mark = doc.tokens[colon] as Token;
  return speaker ? { verb: colon, cue: { start: mark.start, end: mark.end }, speaker, inverted: false, participle: false, contentBefore: false, end: colon } : null;
}

/** The sentence start before a quotation, looking past earlier quotations in the sentence. */
function sentenceStart(doc: NlpDocument, q: PlacedQuote): number {
  const para = paragraphAt(doc, (q.fragments[0] as Span).start);
  const floor = para ? tokenIndexAt(doc, para.start) : 0;
  let start = q.open;
  while (start > floor && !endsSentence(doc, start - 1)) start--;
  return start;
}

/**
 * The clause before a quotation. A participle whose main clause lies before an earlier
 * quotation of the same sentence ("Trump treated it as a compliment -- ''…'' -- asserting,")
 * finds its subject there.
 */
function leftClause(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  const clause = clauseBefore(doc, q.left.start, q.left.end);
  if (clause && !clause.speaker && clause.participle) {
    const wider = sentenceStart(doc, q);
    if (wider < q.left.start) return clauseBefore(doc, wider, q.left.end) ?? clause;
  }
  if (!clause && lastToken(doc, q.left)?.text === ':') {
    return subjectClause(doc, q.left.start, q.left.end - 1);
  }
  return clause;
}

function lastToken(doc: NlpDocument, range: TokenRange): Token | undefined {
  return range.end > range.start ? doc.tokens[range.end - 1] : undefined;
}

function hasWords(doc: NlpDocument, range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) if (isWordy(doc.tokens[i])) return true;
  return false;
}

function cueText(doc: NlpDocument, clause: ReportingClause): string {
  return doc.text.slice(clause.cue.start, clause.cue.end);
}

/** The first clause (in order of preference) that names a speaker. */
function firstNamed(clauses: readonly (ReportingClause | null)[]): ReportingClause | null {
  for (const c of clauses) if (c?.speaker) return c;
  return null;
}

/** Attributes one quotation from the clauses around it, or null when none names a speaker. */
function fromClauses(doc: NlpDocument, entities: AnalysedEntities, q: PlacedQuote, kind: QuoteFinding['kind']): Attribution | null {
  const right = clauseAfter(doc, q.right.start, q.right.end);
  const left = leftClause(doc, q);
  const clause =
    kind === 'direct'
      ? firstNamed([...innerClauses(doc, q), right, left, colonIntro(doc, q), bareAttributionBefore(doc, q), signatureAfter(doc, q)])
      : firstNamed([left, right]);
  if (!clause?.speaker) return null;
  return { speaker: resolveSpeaker(doc, entities, clause.speaker), cue: cueText(doc, clause) };
}

/** Fills in speaker and cue for each quote, resolving pronouns and descriptions to entities. */
export function attributeSpeakers(doc: NlpDocument, quotes: QuoteFinding[], entities: AnalysedEntities): QuoteFinding[] {
  if (quotes.length === 0 || doc.tokens.length === 0) return quotes;
  const placed = placeQuotes(doc, quotes);
  let previous: { attribution: Attribution; paragraph: number } | null = null;
  return quotes.map((quote, k) => {
    const q = placed[k] as PlacedQuote;
    const found = fromClauses(doc, entities, q, quote.kind);
    const firstParagraph = paragraphIndex(doc, (q.fragments[0] as Span).start);
    const lastParagraph = paragraphIndex(doc, (q.fragments[q.fragments.length - 1] as Span).start);
    let attribution = found;
    if (!attribution && quote.kind === 'direct' && previous && firstParagraph - previous.paragraph <= CARRY_PARAGRAPHS) {
      attribution = previous.attribution;
    }
    if (attribution && quote.kind === 'direct') previous = { attribution, paragraph: lastParagraph };
    if (attribution) return { ...quote, speaker: attribution.speaker, cue: attribution.cue };
    // Quoted text nobody is said to have said — an excerpt of another article, a sign, a
    // transcript's lines — is not reported speech: it stays a quotation, but not a direct one.
    return quote.kind === 'direct' ? { ...quote, kind: 'partial' as const } : quote;
  });
}
