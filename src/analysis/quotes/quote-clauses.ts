/**
 * Where a quotation's reporting clause may stand: between its fragments (“…,” she said, “…”),
 * after it, before it, in a sentence ending with a colon just before it, in a sentence of
 * its own just before it, or as a signature after it ("— Rosa Vega").
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import { colonSubject } from './clause-subject.js';
import { phraseBackward, phraseForward } from './noun-phrase.js';
import type { PlacedQuote } from './place-quotes.js';
import { endsSentence, isWordy, paragraphAt, quoteEnding, type TokenRange, tokenIndexAt } from './quote-context.js';
import { clauseAfter, clauseBefore, type ReportingClause } from './reporting-clause.js';
import { DASHES, RELATIVE_PRONOUNS } from '../lexicon/clause-words.js';

/** How far back (in tokens) the sentences before a quotation are read. */
const LOOKBACK = 60;

function paragraphIndex(doc: NlpDocument, offset: number): number {
  return paragraphAt(doc, offset)?.index ?? -1;
}

/** Clauses standing between the fragments of one quotation, in the same paragraph. */
export function innerClauses(doc: NlpDocument, q: PlacedQuote): ReportingClause[] {
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
 * The sentence just before a quotation that introduces it with a colon ("Pruitt continued:"),
 * in the same paragraph or closing the previous one.
 */
export function colonIntro(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (q.left.end > q.left.start && hasWords(doc, q.left)) return null;
  // wink keeps line breaks as tokens of their own: step over them to the previous paragraph.
  let colon = q.left.start - 1;
  while (colon >= 0 && (doc.tokens[colon] as Token).pos === 'SPACE') colon--;
  if (doc.tokens[colon]?.text !== ':') return null;
  let start = colon;
  while (start > 0 && !endsSentence(doc, start - 1) && colon - start < LOOKBACK) start--;
  if (dashLabel(doc, start, colon)) return subjectClause(doc, start, colon);
  return clauseBefore(doc, start, colon + 1) ?? subjectClause(doc, start, colon);
}

/**
 * "Analysts concur - Nora Westbury:": a name after a dash, right before the colon, labels the
 * words, whatever verb the words before the dash have.
 */
function dashLabel(doc: NlpDocument, start: number, colon: number): boolean {
  const label = phraseBackward(doc, colon, start);
  return label !== null && DASHES.has(doc.tokens[label.start - 1]?.text ?? '') && (doc.tokens[label.end - 1] as Token).pos === 'PROPN';
}

/**
 * The sentence that ends right before the quotation, in its paragraph: its first token and the
 * token that ends it (at most {@link LOOKBACK} tokens back); null when none does.
 */
function sentenceBefore(doc: NlpDocument, q: PlacedQuote): { start: number; stop: number } | null {
  const stop = q.left.start - 1;
  const para = paragraphAt(doc, (q.fragments[0] as Span).start);
  const floor = para ? tokenIndexAt(doc, para.start) : 0;
  if (stop <= floor || !endsSentence(doc, stop)) return null;
  let start = stop;
  while (start > floor && !endsSentence(doc, start - 1) && stop - start < LOOKBACK) start--;
  return { start, stop };
}

/**
 * A sentence before the quotation that is nothing but an attribution ("Sam Lau, the party's
 * spokesman, said in a statement."), its speech being the quotation that follows.
 */
export function bareAttributionBefore(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (hasWords(doc, q.left)) return null;
  const sentence = sentenceBefore(doc, q);
  if (!sentence) return null;
  const { start, stop } = sentence;
  const clause = clauseBefore(doc, start, stop + 1);
  if (!clause?.speaker || clause.participle || !bareAfterCue(doc, clause, stop)) return null;
  return onlyAdjuncts(doc, clause.end, stop) ? clause : null;
}

/**
 * An attribution with nothing to report of its own: not negated ("He didn't suggest
 * retaliation"), and after the cue only a time, a place, a medium or the person told
 * ("said Tuesday", "said in a statement", "told reporters").
 */
function bareAfterCue(doc: NlpDocument, clause: ReportingClause, stop: number): boolean {
  for (let i = clause.speaker ? clause.speaker.end : clause.verb; i < clause.verb; i++) {
    if (/^(not|n't|n’t|never)$/u.test((doc.tokens[i] as Token).normal)) return false;
  }
  let next = clause.end;
  while (next < stop && (doc.tokens[next] as Token).start < clause.cue.end) next++;
  const t = doc.tokens[next];
  if (!t || next >= stop) return true;
  if (t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'NUM' || t.text === ',') return true;
  const lemma = (doc.tokens[clause.verb] as Token).lemma;
  return lemma === 'tell' || lemma === 'ask';
}

/**
 * "Park said the consortium had hired 200 more workers. “We have crews in the bore now.”": a
 * quotation that is a sentence of its own, right after a sentence reporting what a named
 * person or "he"/"she" said, in the same paragraph, continues that person's speech.
 */
export function reportedSpeechBefore(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (hasWords(doc, q.left) || hasWords(doc, q.right)) return null;
  const sentence = sentenceBefore(doc, q);
  if (!sentence) return null;
  const { start, stop } = sentence;
  const clause = clauseBefore(doc, start, stop + 1);
  if (!clause?.speaker || clause.participle || clause.inverted) return null;
  // The reporting verb is the sentence's own ("Park said …"), not one inside a clause after it.
  if (clause.speaker.start !== start && !/^(but|and|so|then)$/u.test((doc.tokens[start] as Token).normal)) return null;
  const head = doc.tokens[clause.speaker.end - 1] as Token;
  const personal = clause.speaker.end - clause.speaker.start === 1 && /^(he|she)$/u.test(head.normal);
  // A name ("Park", which wink may tag as a noun at a sentence's start), not "The report".
  const named = /^\p{Lu}/u.test(head.text) && (doc.tokens[clause.speaker.start] as Token).pos !== 'DET';
  return personal || named ? clause : null;
}

/** "— Bernie Sanders." as a paragraph of its own right after the quotation: its signature. */
export function signatureAfter(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  if (hasWords(doc, q.right)) return null;
  const last = q.fragments[q.fragments.length - 1] as Span;
  const para = paragraphAt(doc, last.start);
  const next = para ? doc.paragraphs[para.index + 1] : undefined;
  if (!next) return null;
  const start = tokenIndexAt(doc, next.start);
  const end = tokenIndexAt(doc, next.end);
  if (end - start > 16 || !/^[-—–―]$/u.test(doc.text[next.start] ?? '')) return null;
  return clauseAfter(doc, start, end);
}

/** A clause with no reporting verb whose subject introduces the quotation ("Kasich resisted:"). */
function subjectClause(doc: NlpDocument, start: number, colon: number): ReportingClause | null {
  const speaker = colonSubject(doc, start, colon);
  const mark = doc.tokens[colon] as Token;
  return speaker ? { verb: colon, cue: { start: mark.start, end: mark.end }, speaker, inverted: false, participle: false, end: colon } : null;
}

/** The sentence start before a quotation, looking past earlier quotations in the sentence. */
function sentenceStart(doc: NlpDocument, q: PlacedQuote): number {
  const para = paragraphAt(doc, (q.fragments[0] as Span).start);
  const floor = para ? tokenIndexAt(doc, para.start) : 0;
  let start = q.open;
  while (start > floor && !endsSentence(doc, start - 1) && q.open - start < LOOKBACK * 2) start--;
  return start;
}

/**
 * The clause before a quotation. A participle whose main clause lies before an earlier
 * quotation of the same sentence ("Garrow took it as praise -- ''…'' -- insisting,")
 * finds its subject there.
 */
export function leftClause(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  const clause = clauseBefore(doc, q.left.start, q.left.end);
  if (clause && !clause.speaker && clause.participle) {
    const wider = sentenceStart(doc, q);
    if (wider < q.left.start) return clauseBefore(doc, wider, q.left.end) ?? clause;
  }
  if (lastToken(doc, q.left)?.text === ':') {
    if (!clause || dashLabel(doc, q.left.start, q.left.end - 1)) return subjectClause(doc, q.left.start, q.left.end - 1);
    return mainClauseAfter(doc, clause, q.left.end - 1) ?? clause;
  }
  return clause;
}

/**
 * "With aides anxious about the vote, Mayor Keane is sending out a plea: “…”": a cue
 * in a phrase set off by a comma before the main clause does not introduce what the main
 * clause ends on with a colon; the main clause's subject, named right after the comma and
 * followed by its verb, does.
 */
function mainClauseAfter(doc: NlpDocument, clause: ReportingClause, colon: number): ReportingClause | null {
  let comma = colon - 1;
  while (comma > clause.end && (doc.tokens[comma] as Token).text !== ',') comma--;
  if (comma <= clause.end) return null;
  const subject = phraseForward(doc, comma + 1, colon);
  if (!subject || !doc.tokens.slice(subject.start, subject.end).some((t) => t.pos === 'PROPN' || t.pos === 'PRON')) return null;
  let verb = subject.end;
  while (verb < colon && /^(ADV|AUX|PART)$/u.test((doc.tokens[verb] as Token).pos) && !/^\p{Lu}/u.test((doc.tokens[verb] as Token).text)) verb++;
  const v = doc.tokens[verb];
  if (!v || verb >= colon || (v.pos !== 'VERB' && doc.tokens[verb - 1]?.pos !== 'AUX') || /^\p{Lu}/u.test(v.text)) return null;
  const mark = doc.tokens[colon] as Token;
  return { verb: colon, cue: { start: mark.start, end: mark.end }, speaker: subject, inverted: false, participle: false, end: colon };
}

function lastToken(doc: NlpDocument, range: TokenRange): Token | undefined {
  return range.end > range.start ? doc.tokens[range.end - 1] : undefined;
}

function hasWords(doc: NlpDocument, range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) if (isWordy(doc.tokens[i])) return true;
  return false;
}

/** The clause after a quotation, and whether it stands in the quotation's own sentence. */
export interface RightClause {
  clause: ReportingClause;
  /** False after a quotation ending with a full stop: the clause is a sentence of its own. */
  sameSentence: boolean;
  /** The quotation ends with "?" or "!", after which the sentence may or may not go on. */
  exclaims: boolean;
}

/**
 * The reporting clause after a quotation. After “…,” any verb attributes ("an angry Hollande
 * retaliated"). After a quotation that ends its sentence (“….”), the next sentence counts only
 * if it is nothing but an attribution ("Smith said." — not "Smith added that …") and does not
 * end with a colon, which introduces the next quotation instead.
 */
export function rightClause(doc: NlpDocument, q: PlacedQuote): RightClause | null {
  const last = q.fragments[q.fragments.length - 1] as Span;
  const ending = quoteEnding(doc.text.slice(last.start, last.end));
  const clause = clauseAfter(doc, q.right.start, q.right.end, ending !== 'stop');
  if (!clause) return null;
  if (ending !== 'stop') return { clause, sameSentence: true, exclaims: ending === 'exclaim' };
  if (lastToken(doc, q.right)?.text === ':' || !onlyAdjuncts(doc, clause.end, q.right.end)) return null;
  return { clause, sameSentence: false, exclaims: false };
}

/**
 * True when `named` ends on a name that `other` does not contain: "Hale" after "someone in the
 * audience", not "he" or "Hale" again. A change of speaker the text signals.
 */
export function namesAnother(doc: NlpDocument, named: TokenRange | null, other: TokenRange): boolean {
  const last = named ? doc.tokens[named.end - 1] : undefined;
  if (!named || last?.pos !== 'PROPN') return false;
  for (let i = other.start; i < other.end; i++) if (doc.tokens[i]?.normal === last.normal) return false;
  return true;
}

/** A quotation's opening mark as wink tokenises it. */
const OPENING_MARK = /^(?:[“"‘'«„]|'')$/u;

/**
 * True when the reporter's words after a quotation end with a comma or colon right before the
 * next quotation of the sentence ("“…,” Hale joked, “…”"): they lead into that one.
 */
export function leadsToNext(doc: NlpDocument, q: PlacedQuote): boolean {
  const mark = lastToken(doc, q.right)?.text;
  return (mark === ',' || mark === ':') && OPENING_MARK.test(doc.tokens[q.right.end]?.text ?? '');
}

/** True when nothing after a clause's end but adjuncts ("on Tuesday", "in a statement"). */
export function onlyAdjuncts(doc: NlpDocument, start: number, end: number): boolean {
  let words = 0;
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i] as Token;
    // ", who …" / ", whose …" / "Ltd. who …": a relative clause describing the speaker (or
    // the noun of an appositive) ends the check; what it says is not the attribution's.
    if (relativeClauseStarts(doc, i)) return words <= 30;
    const finite = (t.pos === 'VERB' || t.pos === 'AUX') && !t.normal.endsWith('ing') && !/^\p{Lu}/u.test(t.text);
    // "a statement provided to Politico": a participle describing the noun before it.
    const describing = t.pos === 'VERB' && t.normal.endsWith('ed') && doc.tokens[i - 1]?.pos === 'NOUN';
    if ((finite && !describing) || t.normal === 'that' || t.pos === 'SCONJ') return false;
    if (isWordy(t)) words++;
  }
  return words <= 30;
}

/**
 * True when a relative clause about the phrase before it starts at `i`: a comma before the
 * relative pronoun, or the pronoun right after a noun or name ("a manager at Acme Ltd. who
 * owns shares"). "which" without a comma may start a question, so it needs the comma.
 */
function relativeClauseStarts(doc: NlpDocument, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (t.text === ',') return RELATIVE_PRONOUNS.has(doc.tokens[i + 1]?.normal ?? '');
  if (!RELATIVE_PRONOUNS.has(t.normal) || t.normal === 'which') return false;
  const before = doc.tokens[i - 1];
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN');
}
