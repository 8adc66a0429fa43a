/**
 * Reporting clauses: the reporter's words that say who spoke ("Smith said", "said Sen. Maria
 * Ortega, a Democrat", "He told reporters:", "According to the White House,"). Two readers,
 * one for the words after a quotation and one for the words before it.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import { phraseBackward, phraseForward } from './noun-phrase.js';
import { endsSentence, isWordy, type TokenRange } from './quote-context.js';
import { PARTICLE_CUES, isInflectedReportingVerb, isReportingVerb, reportingLemma } from './reporting-verbs.js';

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
  /** Words before the subject hold a clause of their own ("As he left, Smith said,"). */
  contentBefore: boolean;
  /** Last token of the clause proper (subject and cue), before any trailing adjuncts. */
  end: number;
}

/** How far (in tokens) a reporting verb may stand from the quotation it reports. */
const WINDOW = 45;
const ADVERBIAL = new Set(['ADV', 'AUX', 'PART']);
const DASHES = new Set(['—', '–', '―', '-', '--']);
const SKIPPABLE_PUNCT = new Set([',', '(', ':', ...DASHES]);
/** Prepositions that may attach a phrase to a subject ("a narrator in the Clinton ad asks"). */
const SUBJECT_PREPOSITIONS = new Set(['in', 'at', 'for', 'from', 'with', 'of', 'on']);

function tok(doc: NlpDocument, i: number): Token | undefined {
  return doc.tokens[i];
}

/** The cue's character span: the verb plus a particle ("shot back") or "reporters" after "told". */
function cueSpan(doc: NlpDocument, verb: number, limit: number): Span {
  const v = doc.tokens[verb] as Token;
  const next = tok(doc, verb + 1);
  let end = v.end;
  if (next && verb + 1 < limit) {
    const particles = PARTICLE_CUES.get(reportingLemma(v));
    if (particles?.has(next.normal)) end = next.end;
    else if (v.normal === 'according' && next.normal === 'to') end = next.end;
    else if (reportingLemma(v) === 'tell' && next.normal === 'reporters') end = next.end;
  }
  return { start: v.start, end };
}

/** True when the token reports speech: a reporting verb or a verb with its particle. */
export function isCue(doc: NlpDocument, index: number): boolean {
  const t = tok(doc, index);
  if (!t) return false;
  if (isReportingVerb(t)) return true;
  const particles = PARTICLE_CUES.get(reportingLemma(t));
  const next = tok(doc, index + 1);
  return (t.pos === 'VERB' && particles !== undefined && next !== undefined && particles.has(next.normal)) || isAccordingTo(doc, index);
}

function isAccordingTo(doc: NlpDocument, index: number): boolean {
  return tok(doc, index)?.normal === 'according' && tok(doc, index + 1)?.normal === 'to';
}

/** True when a verb or auxiliary stands in the range: the words make a clause of their own. */
function hasClause(doc: NlpDocument, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i] as Token;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}

/**
 * The subject before a verb at `verb`: skips adverbs and auxiliaries ("also", "has", "later")
 * and a parenthetical appositive ("Smith, a Democrat from Ohio, said").
 */
function subjectBefore(doc: NlpDocument, verb: number, floor: number): TokenRange | null {
  let j = verb;
  while (j > floor && ADVERBIAL.has((doc.tokens[j - 1] as Token).pos)) j--;
  if (doc.tokens[j - 1]?.text === ',') {
    // "Smith, a Democrat from Ohio, said": the phrase before the appositive is the subject.
    return appositiveHead(doc, j - 1, floor) ?? phraseBackward(doc, j - 1, floor);
  }
  const direct = phraseBackward(doc, j, floor);
  if (direct) return direct;
  // "I laughed and said": the subject of the first of two joined verbs.
  if (doc.tokens[j - 1]?.normal === 'and') return governingSubject(doc, floor, j - 1);
  return null;
}

/** A verb, or a past participle wink took for an adjective ("Kerpen needled the reporter"). */
function verbLike(t: Token): boolean {
  if (/^\p{Lu}/u.test(t.text)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && t.normal.endsWith('ed'));
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who']);

/**
 * The subject governing words at `before`: walks back to the nearest verb that has a subject
 * of its own ("Warren appeared with Maddow and officially endorsed Clinton, saying" → Warren;
 * "he looked into my camera, furrowed his brow and said" → he). A phrase after a preposition
 * is an object, not a subject.
 */
export function governingSubject(doc: NlpDocument, floor: number, before: number): TokenRange | null {
  for (let k = before - 1; k >= floor && before - k <= 40; k--) {
    const t = doc.tokens[k] as Token;
    if (endsSentence(doc, k)) break;
    if (!verbLike(t)) continue;
    let j = k;
    while (j > floor && ADVERBIAL.has((doc.tokens[j - 1] as Token).pos)) j--;
    const prev = doc.tokens[j - 1];
    if (!prev || j - 1 < floor) continue;
    const nominal = (prev.pos === 'PRON' && SUBJECT_WORDS.has(prev.normal)) || prev.pos === 'PROPN' || prev.pos === 'NOUN';
    if (!nominal) continue;
    const np = phraseBackward(doc, j, floor);
    if (np && doc.tokens[np.start - 1]?.pos !== 'ADP') return np;
  }
  return null;
}

/**
 * Given a comma at `comma` that closes an appositive, finds the phrase the appositive
 * describes: the phrase right before the comma that opens it.
 */
function appositiveHead(doc: NlpDocument, comma: number, floor: number): TokenRange | null {
  for (let k = comma - 1; k > floor && comma - k <= 30; k--) {
    const t = doc.tokens[k] as Token;
    if (t.text === ',') return phraseBackward(doc, k, floor);
    if (endsClause(t)) return null;
  }
  return null;
}

function endsClause(t: Token): boolean {
  return t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!';
}

/**
 * Reads a reporting clause from the words after a quotation, `[start, end)`: "said Smith",
 * "Smith said", "Smith, a Democrat, told reporters", "he added", "according to the memo".
 * The clause must begin the range (after a comma or dash): words of the reporter's own before
 * it make the quotation part of a larger sentence, and no clause is returned.
 */
export function clauseAfter(doc: NlpDocument, start: number, end: number): ReportingClause | null {
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
  if (isCue(doc, v)) {
    const according = isAccordingTo(doc, v);
    const after = according ? v + 2 : v + 1 + (cueSpan(doc, v, end).end > (doc.tokens[v] as Token).end ? 1 : 0);
    const speaker = phraseForward(doc, after, end);
    if (speaker || !according) {
      return { verb: v, cue: cueSpan(doc, v, end), speaker, inverted: true, participle: false, contentBefore: false, end: speaker ? speaker.end : v + 1 };
    }
  }
  const subject = phraseForward(doc, i, end);
  if (!subject) return null;
  const normal = verbAfterSubject(doc, subject, end);
  if (normal >= 0) {
    return { verb: normal, cue: cueSpan(doc, normal, end), speaker: subject, inverted: false, participle: false, contentBefore: false, end: normal + 1 };
  }
  // “…” ― Pamela Padilla: a name set after a dash signs the quotation.
  const signed = subject.end >= end || !isWordy(doc.tokens[subject.end]);
  if (dash >= 0 && signed) {
    const d = doc.tokens[dash] as Token;
    return { verb: dash, cue: { start: d.start, end: d.end }, speaker: subject, inverted: true, participle: false, contentBefore: false, end: subject.end };
  }
  return null;
}

/**
 * The reporting verb following a subject, after adverbs, up to two attached phrases ("of
 * Human Rights Watch") or an appositive set off by commas; -1 when there is none.
 */
function verbAfterSubject(doc: NlpDocument, subject: TokenRange, end: number): number {
  let j = subject.end;
  for (let pp = 0; pp < 2 && j < end && SUBJECT_PREPOSITIONS.has((doc.tokens[j] as Token).normal); pp++) {
    const object = phraseForward(doc, j + 1, end);
    if (!object) break;
    j = object.end;
  }
  if (tok(doc, j)?.text === ',') {
    // An appositive, perhaps with commas of its own ("Scott Pruitt, the attorney general of
    // Oklahoma, one of the states suing, said"): the verb follows one of its commas.
    for (let k = j + 1; k < end && k - j <= WINDOW && !endsSentence(doc, k - 1); k++) {
      if ((doc.tokens[k - 1] as Token).text !== ',') continue;
      const verb = verbAt(doc, k, end);
      if (verb >= 0) return verb;
    }
    return -1;
  }
  return verbAt(doc, j, end);
}

/** Adverbs wink sometimes tags otherwise ("it further wrote"). */
const LOOSE_ADVERBS = new Set(['further', 'later', 'then', 'also', 'again', 'once', 'still', 'even', 'just', 'never', 'previously', 'recently', 'repeatedly']);

/** The reporting verb at `j`, after adverbs and auxiliaries; -1 when there is none. */
function verbAt(doc: NlpDocument, j: number, end: number): number {
  let v = j;
  while (v < end && v - j < 4 && !isCue(doc, v)) {
    const t = doc.tokens[v] as Token;
    if (!(ADVERBIAL.has(t.pos) || LOOSE_ADVERBS.has(t.normal) || /ly$/u.test(t.normal))) break;
    v++;
  }
  if (v >= end || !(isCue(doc, v) || isInflectedReportingVerb(doc.tokens[v] as Token))) return -1;
  return v;
}

/**
 * The subject of the first verb in `[start, end)`: who the sentence is about when it
 * introduces a quotation without a reporting verb ("The piece used her words as its headline:").
 */
export function sentenceSubject(doc: NlpDocument, start: number, end: number): TokenRange | null {
  const main = firstVerb(doc, start, end);
  if (main >= 0) return subjectBefore(doc, main, start);
  // A transcript's speaker label: nothing but a name before the colon ("Clinton:").
  const label = phraseForward(doc, start, end);
  return label && label.end === end ? label : null;
}

/**
 * Reads a reporting clause from the words before a quotation, `[start, end)`: "Smith said:",
 * "He told reporters,", "According to Smith,", "Smith posted a photo, writing,". Takes the
 * last cue in the range; its subject is the phrase before it, or for a participle the subject
 * of the main clause.
 */
export function clauseBefore(doc: NlpDocument, start: number, end: number): ReportingClause | null {
  let last = end;
  while (last > start && !isWordy(doc.tokens[last - 1])) last--;
  for (let v = last - 1; v >= start && last - v <= WINDOW; v--) {
    if (!isCue(doc, v)) continue;
    const t = doc.tokens[v] as Token;
    if (isAccordingTo(doc, v)) {
      const speaker = phraseForward(doc, v + 2, last);
      if (!speaker) continue;
      return { verb: v, cue: cueSpan(doc, v, last), speaker, inverted: true, participle: false, contentBefore: hasClause(doc, start, v), end: speaker.end };
    }
    // "to say" after a main verb ("went on to say") reports like a participle does.
    const participle = t.normal.endsWith('ing') || tok(doc, v - 1)?.normal === 'to';
    if (participle) {
      // "footage of Hillary Clinton asking": a name right before the participle is its subject;
      // otherwise the subject of the main clause is ("She sent an email saying").
      const named = phraseBackward(doc, v, start);
      const speaker = named && isProper(doc, named) ? named : governingSubject(doc, start, v);
      return { verb: v, cue: cueSpan(doc, v, last), speaker, inverted: false, participle: true, contentBefore: false, end: v + 1 };
    }
    let speaker = subjectBefore(doc, v, start);
    let inverted = false;
    if (!speaker) {
      speaker = phraseForward(doc, v + 1, last);
      inverted = speaker !== null;
    }
    const contentBefore = speaker !== null && !inverted && hasClause(doc, start, speaker.start);
    return { verb: v, cue: cueSpan(doc, v, last), speaker, inverted, participle: false, contentBefore, end: v + 1 };
  }
  return null;
}

function isProper(doc: NlpDocument, range: TokenRange): boolean {
  const last = doc.tokens[range.end - 1] as Token;
  return last.pos === 'PROPN' && /^\p{Lu}/u.test(last.text);
}

/** The first verb or auxiliary in `[start, end)`, or -1. */
function firstVerb(doc: NlpDocument, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const p = (doc.tokens[i] as Token).pos;
    if (p === 'VERB' || p === 'AUX') return i;
  }
  return -1;
}
