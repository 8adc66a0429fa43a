/**
 * Reporting clauses: the reporter's words that say who spoke ("Smith said", "said Sen. Maria
 * Ortega, a Democrat", "He told reporters:", "According to the White House,"). Two readers,
 * one for the words after a quotation and one for the words before it.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import { memoKey, memoOf } from '../../nlp/document-memo.js';
import { ADVERBIAL, governingSubject, subjectBefore } from './clause-subject.js';
import { afterLastOf, coordinatedForward, phraseBackward, phraseForward, placeObject } from './noun-phrase.js';
import { endsSentence, isWordy, type TokenRange } from './quote-context.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { isInflectedReportingVerb } from './reporting-verbs.js';
import { cueSpan, isAccordingTo, isCue, opensSentence, participleAt, participleOfReporting, tokenAfter } from './reporting-cue.js';
import { CLOSING_QUOTES, DASHES } from '../lexicon/clause-words.js';

/** A reporting clause found next to a quotation. */
export interface ReportingClause {
  /** Token of the reporting verb, or of "according". */
  verb: number;
  /** The cue as written ("said", "told reporters", "went on", "according to"). */
  cue: Span;
  /** The phrase naming the speaker, when the clause has one. */
  speaker: TokenRange | null;
  /** "said Smith" order. */
  inverted: boolean;
  /** The cue is a participle hanging off a main clause ("…, saying"). */
  participle: boolean;
  /** Last token of the clause proper (subject and cue), before any trailing adjuncts. */
  end: number;
}

/** How far (in tokens) a reporting verb may stand from the quotation it reports. */
const WINDOW = 45;
const SKIPPABLE_PUNCT = new Set([',', '(', ':', ...DASHES]);
/** Prepositions that may attach a phrase to a subject ("a voice in the Garrow ad asks"). */
const SUBJECT_PREPOSITIONS = new Set(['in', 'at', 'for', 'from', 'with', 'of', 'on']);

function tok(doc: NlpDocument, i: number): Token | undefined {
  return doc.tokens[i];
}

/**
 * Reads a reporting clause from the words after a quotation, `[start, end)`: "said Smith",
 * "Smith said", "Smith, a Democrat, told reporters", "he added", "according to the memo".
 * The clause must begin the range (after a comma or dash): words of the reporter's own before
 * it make the quotation part of a larger sentence, and no clause is returned.
 */
export function clauseAfter(doc: NlpDocument, start: number, end: number, anyVerb = false): ReportingClause | null {
  // Classifying and attributing read the same clauses; nobody mutates a clause once read.
  if (!keyable(doc, start, end)) return readClauseAfter(doc, start, end, anyVerb);
  const memo = memoOf(doc, AFTER);
  const key = rangeKey(doc, start, end) * 2 + (anyVerb ? 1 : 0);
  let clause = memo.get(key);
  if (clause === undefined) {
    clause = readClauseAfter(doc, start, end, anyVerb);
    memo.set(key, clause);
  }
  return clause;
}

const AFTER = memoKey('reporting clause after', () => new Map<number, ReportingClause | null>());
const BEFORE = memoKey('reporting clause before', () => new Map<number, ReportingClause | null>());

/** True when {@link rangeKey} tells the range apart from every other. */
function keyable(doc: NlpDocument, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= 0 && end <= doc.tokens.length + 1;
}

/** One number for a token range (exact as a double for any document's length). */
function rangeKey(doc: NlpDocument, start: number, end: number): number {
  return start * (doc.tokens.length + 2) + end;
}

function readClauseAfter(doc: NlpDocument, start: number, end: number, anyVerb: boolean): ReportingClause | null {
  let i = start;
  let dash = -1;
  while (i < end && SKIPPABLE_PUNCT.has((doc.tokens[i] as Token).text)) {
    if (DASHES.has((doc.tokens[i] as Token).text)) dash = i;
    i++;
  }
  if (i >= end) return null;
  // Inverted order, or "according to": the cue comes first.
  let v = i;
  while (v < end && v - i < 2 && (doc.tokens[v] as Token).pos === 'ADV') v++;
  const capitalisedName = capitalisedNameBeforeCue(doc, i, end);
  // "“…,” adding, “…”": a participle hangs off the clause before the quotation, and the
  // phrase after it ("“…,” reminding the council") is its object, not a speaker. (wink may tag
  // one an adjective: "“…,” promising the mill would reopen".)
  if (!capitalisedName && (isCue(doc, v) || participleOfReporting(doc, v)) && participleAt(doc, v)) {
    return { verb: v, cue: cueSpan(doc, v, end), speaker: null, inverted: false, participle: true, end: v + 1 };
  }
  if (!capitalisedName && isCue(doc, v)) {
    const according = isAccordingTo(doc, v);
    const after = tokenAfter(doc, cueSpan(doc, v, end), v);
    const named = phraseForward(doc, after, end);
    const speaker = named && coordinatedForward(doc, named, end);
    if (speaker || !according) {
      return { verb: v, cue: cueSpan(doc, v, end), speaker, inverted: true, participle: false, end: speaker ? speaker.end : v + 1 };
    }
  }
  const first = capitalisedName ?? phraseForward(doc, i, end);
  if (!first) return null;
  const subject = coordinatedForward(doc, first, end);
  const normal = verbAfterSubject(doc, subject, end, anyVerb);
  if (normal >= 0) {
    return { verb: normal, cue: cueSpan(doc, normal, end), speaker: subject, inverted: false, participle: false, end: normal + 1 };
  }
  const named = unclosedAppositive(doc, subject, end, anyVerb);
  if (named) {
    return { verb: named.verb, cue: cueSpan(doc, named.verb, end), speaker: named.subject, inverted: false, participle: false, end: named.verb + 1 };
  }
  // “…” ― Mara Ashford: a name set after a dash signs the quotation.
  const signed = subject.end >= end || !isWordy(doc.tokens[subject.end]);
  if (dash >= 0 && signed) {
    const d = doc.tokens[dash] as Token;
    return { verb: dash, cue: { start: d.start, end: d.end }, speaker: subject, inverted: true, participle: false, end: subject.end };
  }
  return null;
}

/**
 * "“…,” Read said.", "“…,” Will said.", "“…,” From said.": after a quotation closed on a comma,
 * a capitalised word that wink reads as a verb, an auxiliary or a preposition, just before a
 * reporting verb, is a name.
 */
function capitalisedNameBeforeCue(doc: NlpDocument, i: number, end: number): TokenRange | null {
  const t = doc.tokens[i] as Token;
  if (i + 1 >= end || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON') return null;
  const commaBefore = tok(doc, i - 1)?.text === ',' || tok(doc, i - 2)?.text === ',';
  return commaBefore && isCue(doc, i + 1) ? { start: i, end: i + 1 } : null;
}

/**
 * "another teacher, Marisol Quintero told the Gazette": when no verb follows the subject, a name
 * set after it with a comma the writer never closed, right before the verb, belongs to the
 * subject (and names it). The subject widened to the name, and the verb; null when there is none.
 */
function unclosedAppositive(doc: NlpDocument, subject: TokenRange, end: number, anyVerb: boolean): { subject: TokenRange; verb: number } | null {
  if (tok(doc, subject.end)?.text !== ',') return null;
  const name = phraseForward(doc, subject.end + 1, end);
  if (!name || !startsCapitalised((doc.tokens[name.start] as Token).text)) return null;
  const verb = verbAt(doc, name.end, end, anyVerb);
  return verb >= 0 ? { subject: { start: subject.start, end: name.end }, verb } : null;
}

/**
 * The reporting verb following a subject, after adverbs, up to two attached phrases ("of
 * Human Rights Watch") or an appositive set off by commas; -1 when there is none.
 */
function verbAfterSubject(doc: NlpDocument, subject: TokenRange, end: number, anyVerb: boolean): number {
  let j = subject.end;
  for (let pp = 0; pp < 2 && j < end && SUBJECT_PREPOSITIONS.has((doc.tokens[j] as Token).normal); pp++) {
    const object = phraseForward(doc, j + 1, end);
    if (!object) break;
    j = object.end;
  }
  if (tok(doc, j)?.text === ',') {
    // An appositive, perhaps with commas of its own ("Dale Vickers, the treasurer of
    // Westbury, one of the towns objecting, said"): the verb follows one of its commas.
    for (let k = j + 1; k < end && k - j <= WINDOW && !endsSentence(doc, k - 1); k++) {
      if ((doc.tokens[k - 1] as Token).text !== ',') continue;
      const verb = verbAt(doc, k, end, anyVerb);
      if (verb >= 0) return verb;
    }
    return -1;
  }
  return verbAt(doc, j, end, anyVerb);
}

/** Adverbs wink sometimes tags otherwise ("it further wrote"). */
const LOOSE_ADVERBS = new Set(['further', 'later', 'then', 'also', 'again', 'once', 'still', 'even', 'just', 'never', 'previously', 'recently', 'repeatedly']);

/**
 * The reporting verb at `j`, after adverbs and auxiliaries; -1 when there is none. With
 * `anyVerb`, any verb will do: after “…,” a subject and a verb are an attribution whatever
 * the verb ("a furious Garrow hit back").
 */
function verbAt(doc: NlpDocument, j: number, end: number, anyVerb: boolean): number {
  let v = j;
  while (v < end && v - j < 4 && !isCue(doc, v)) {
    const t = doc.tokens[v] as Token;
    if (!(ADVERBIAL.has(t.pos) || LOOSE_ADVERBS.has(t.normal) || t.normal.endsWith('ly'))) break;
    v++;
  }
  const t = doc.tokens[v] as Token | undefined;
  // A capitalised word after the subject is more of a name ("Mr. Hedge said") than its verb.
  if (!t || v >= end || startsCapitalised(t.text)) return -1;
  const loose = anyVerb && t.pos === 'VERB' && !startsCapitalised(t.text) && !t.normal.endsWith('ing');
  return isCue(doc, v) || isInflectedReportingVerb(t) || loose ? v : -1;
}

/**
 * Reads a reporting clause from the words before a quotation, `[start, end)`: "Smith said:",
 * "He told reporters,", "According to Smith,", "Smith posted a photo, writing,". Takes the
 * last cue in the range; its subject is the phrase before it, or for a participle the subject
 * of the main clause.
 */
export function clauseBefore(doc: NlpDocument, start: number, end: number): ReportingClause | null {
  if (!keyable(doc, start, end)) return readClauseBefore(doc, start, end);
  const memo = memoOf(doc, BEFORE);
  const key = rangeKey(doc, start, end);
  let clause = memo.get(key);
  if (clause === undefined) {
    clause = readClauseBefore(doc, start, end);
    memo.set(key, clause);
  }
  return clause;
}

function readClauseBefore(doc: NlpDocument, start: number, end: number): ReportingClause | null {
  let last = end;
  while (last > start && !isWordy(doc.tokens[last - 1])) last--;
  for (let v = last - 1; v >= start && last - v <= WINDOW; v--) {
    // "The Westbury Ledger reports:": a verb wink tagged as a noun, right after a name.
    const nounTagged = v === last - 1 && isInflectedReportingVerb(doc.tokens[v] as Token) && tok(doc, v - 1)?.pos === 'PROPN';
    if (!isCue(doc, v) && !nounTagged) continue;
    const t = doc.tokens[v] as Token;
    // "According to Ann Lee of Counter Extremism": a capitalised word inside the sentence is a name's.
    if (startsCapitalised(t.text) && !opensSentence(doc, v, start)) continue;
    // "Keane said, and I quote, “…”": the writer's aside, not the attribution.
    if (t.normal === 'quote' && tok(doc, v - 1)?.normal === 'i') continue;
    if (isAccordingTo(doc, v)) {
      const speaker = phraseForward(doc, v + 2, last);
      if (!speaker) continue;
      return { verb: v, cue: cueSpan(doc, v, last), speaker, inverted: true, participle: false, end: speaker.end };
    }
    // "to say" after a main verb ("went on to say") reports like a participle does.
    const participle = t.normal.endsWith('ing') || tok(doc, v - 1)?.normal === 'to';
    if (participle) {
      // "footage of Ann Pruitt asking": a name right before the participle is its subject;
      // otherwise the subject of the main clause is ("She left a note saying").
      // (Past adverbs: "with Garrow reportedly shouting".)
      let p = v;
      while (p > start && doc.tokens[p - 1]?.pos === 'ADV') p--;
      const named = afterLastOf(doc, phraseBackward(doc, p, start));
      const strict = t.normal.endsWith('ing');
      const speaker = named && isProper(doc, named) && !placeObject(doc, named) ? named : governingSubject(doc, start, v, strict);
      return { verb: v, cue: cueSpan(doc, v, last), speaker, inverted: false, participle: true, end: v + 1 };
    }
    const cue = cueSpan(doc, v, last);
    // "Pruitt was asked by host Dana Carlton,": the speaker follows "by".
    if (tok(doc, v + 1)?.normal === 'by' && tok(doc, v - 1)?.pos === 'AUX') {
      const agent = phraseForward(doc, v + 2, last);
      if (agent) return { verb: v, cue, speaker: agent, inverted: true, participle: false, end: v + 1 };
    }
    // “… China,” said Victor Cha: after a quotation's closing mark the verb is inverted, and
    // the words before it are quoted, not its subject.
    const named = afterQuotation(doc, v) ? phraseForward(doc, tokenAfter(doc, cue, v), last) : null;
    if (named && (doc.tokens[named.end - 1] as Token).pos === 'PROPN') {
      return { verb: v, cue, speaker: named, inverted: true, participle: false, end: named.end };
    }
    let speaker = subjectBefore(doc, v, start) ?? pronounOfNoOne(doc, v, start);
    let inverted = false;
    if (!speaker && (opensSentence(doc, v, start) || afterQuotation(doc, v))) {
      // "Said Smith:", "But, said Smith,", "“…,” said one aide" — past the cue's particle
      // ("put it"). Only a verb that opens its clause is inverted: after other words ("Lee,
      // reading a letter, thanked the staff") the phrase after it is its object, and the
      // subject was not found.
      speaker = phraseForward(doc, tokenAfter(doc, cue, v), last);
      inverted = speaker !== null;
    }
    return { verb: v, cue, speaker, inverted, participle: false, end: v + 1 };
  }
  return null;
}

/**
 * True when the verb at `v` follows a quotation's closing mark (“…,” said / “…” says). A
 * title closing an appositive ("author of ''Unwritten Constitution,'' put it") does too, but
 * has no name after its verb, which the caller requires.
 */
function afterQuotation(doc: NlpDocument, v: number): boolean {
  let i = v - 1;
  while (i >= 0 && (doc.tokens[i] as Token).pos === 'ADV') i--;
  const mark = doc.tokens[i];
  return mark !== undefined && CLOSING_QUOTES.has(mark.text);
}

/**
 * "Another wrote:", "One added,": a word standing for someone unnamed, which wink tags a
 * determiner or numeral, as the subject; the speaker stage gives such a clause no speaker
 * rather than carry the one before over a change of speaker.
 */
function pronounOfNoOne(doc: NlpDocument, v: number, start: number): TokenRange | null {
  const t = tok(doc, v - 1);
  return v - 1 >= start && t !== undefined && /^(another|one)$/u.test(t.normal) && (v - 1 === start || endsSentence(doc, v - 2)) ? { start: v - 1, end: v } : null;
}

function isProper(doc: NlpDocument, range: TokenRange): boolean {
  const last = doc.tokens[range.end - 1] as Token;
  return last.pos === 'PROPN' && startsCapitalised(last.text) && last.temporal !== 'DATE';
}
