/**
 * Noun-phrase chunks from wink's part-of-speech tags: just enough grammar to find who a
 * reporting verb is about ("Sen. Maria Ortega", "a White House spokeswoman", "Rep. Thomas J.
 * Garrow (R-Ohio)", "Florida’s Ann Keane", "the mayor of Port Ashford", "he").
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { TokenRange } from './quote-context.js';
import { isInflectedReportingVerb, isParticleCue, isReportingVerb } from './reporting-verbs.js';
import { startsCapitalised } from '../../support/code-unit.js';

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM']);
const INSIDE = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'DET']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who', 'which']);
/** Determiners that stand as a subject on their own ("Some chanted", "Others shouted"). */
const PRONOMINAL = new Set(['some', 'many', 'others', 'several', 'both', 'all', 'one', 'few', 'most', 'someone', 'somebody', 'everyone', 'everybody', 'anyone']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** The longest phrase read, in tokens: a bound that keeps every reading short. */
const MAX_PHRASE = 24;

/** Possessive determiners wink tags as pronouns. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that join the parts of a phrase, never ending one. */
const JOINTS = new Set(['of', '-', '&', '–']);

/** Tags wink gives capitalised name words by mistake. */
const MISTAGGED = new Set(['VERB', 'X', 'ADJ', 'INTJ']);
const INNER_PUNCT = new Set(['.', '-', '&', '–']);

/** True when the token can stand inside a noun phrase. */
/** Determiners that open a relative or question clause, not a phrase. */
const WH_DETERMINERS = new Set(['which', 'whose', 'what', 'whichever', 'whatever']);

/** A determiner (not a name's capitalised "The") that begins a phrase. */
function opensPhrase(token: Token): boolean {
  return token.pos === 'DET' && /^\p{Ll}/u.test(token.text);
}

function inside(token: Token): boolean {
  if (INSIDE.has(token.pos)) return true;
  if (token.pos === 'PART' && POSSESSIVE.has(token.normal)) return true;
  // wink tags "his", "her", "their" as pronouns: possessive determiners inside a phrase.
  if (token.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(token.normal)) return true;
  // Capitalised words wink mis-tags (a title as VERB, a surname as ADJ) still belong.
  return misTaggedName(token);
}

/**
 * A capitalised word wink tagged as a verb, adjective or interjection that is no reporting verb:
 * a name's word ("Ford" and "Bush" as verbs, a surname as an adjective).
 */
export function misTaggedName(token: Token): boolean {
  return token.type === 'word' && MISTAGGED.has(token.pos) && startsCapitalised(token.text) && !isReportingVerb(token);
}

/**
 * "the daily wrote", "the weekly said": wink tags a word used as a noun after a determiner as
 * an adverb when a verb follows; there it heads the phrase.
 */
export function nominalAdverb(doc: NlpDocument, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return t !== undefined && t.pos === 'ADV' && doc.tokens[i - 1]?.pos === 'DET' && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * A capitalised word after another, or after a title's stop, goes on with the name even when
 * it is also a verb of saying ("Mr. Hedge", "Sen. Tim Chase").
 */
function nameGoesOn(doc: NlpDocument, i: number): boolean {
  const t = doc.tokens[i];
  const before = doc.tokens[i - 1];
  return t !== undefined && before !== undefined && t.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(before.text) && before.type === 'word';
}

/**
 * A mark inside a word of a name: a full stop, hyphen or ampersand, or a symbol wedged in a
 * word with no space either side, as mis-decoded text leaves them ("FranÃÂ§ois").
 */
function innerMark(doc: NlpDocument, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (INNER_PUNCT.has(t.text)) return true;
  return t.type === 'symbol' && doc.tokens[i - 1]?.end === t.start && doc.tokens[i + 1]?.start === t.end;
}

/** A capitalised word wink took for an auxiliary, before another name word ("Will Garrow"). */
function nameWord(t: Token, next: Token | undefined): boolean {
  return t.pos === 'AUX' && /^\p{Lu}\p{Ll}/u.test(t.text) && next !== undefined && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
}

/** "the tireless, 64-year-old superintendent": a comma between two adjectives before their noun. */
function coordinateAdjective(doc: NlpDocument, start: number, at: number, limit: number): boolean {
  const before = doc.tokens[at - 1];
  const after = doc.tokens[at + 1];
  if (at <= start || at + 1 >= limit || doc.tokens[at]?.text !== ',' || before?.pos !== 'ADJ' || !after) return false;
  return after.pos === 'ADJ' || (after.pos === 'NUM' && doc.tokens[at + 2]?.text === '-');
}

/** "union recruiting director": an -ing form wink tags a verb between two nouns modifies the second. */
function nounModifyingParticiple(doc: NlpDocument, start: number, at: number): boolean {
  const t = doc.tokens[at] as Token;
  if (at <= start || t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.text)) return false;
  return doc.tokens[at - 1]?.pos === 'NOUN' && doc.tokens[at + 1]?.pos === 'NOUN';
}

/** True when the tokens hold a nominal head (a noun, name, number or subject pronoun). */
function hasHead(doc: NlpDocument, range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) {
    const t = doc.tokens[i] as Token;
    if (NOMINAL.has(t.pos) || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.normal)) || nominalAdverb(doc, i)) return true;
    if (t.type === 'word' && t.pos !== 'DET' && startsCapitalised(t.text)) return true;
  }
  return false;
}

/**
 * A phrase opened by "one", "some", "several" …: "one of the organizers", "one unelected
 * Green organizer" (a participle wink tags a verb before the head), or the word alone.
 */
function pronominalPhrase(doc: NlpDocument, start: number, limit: number): TokenRange {
  const next = doc.tokens[start + 1];
  if (next?.normal === 'of') {
    const rest = phraseForward(doc, start + 2, limit);
    if (rest) return { start, end: rest.end };
  }
  // Step over modifiers wink tags as verbs or adverbs ("unaligned", "well-connected").
  let k = start + 1;
  while (k < limit && k - start <= 4 && (MODIFIER_TAGS.has((doc.tokens[k] as Token).pos) || doc.tokens[k]?.text === '-') && /^\p{Ll}/u.test(doc.tokens[k]?.text ?? '')) k++;
  if (k > start + 1 && doc.tokens[k] && inside(doc.tokens[k] as Token)) {
    const rest = phraseForward(doc, k, limit);
    if (rest) return { start, end: rest.end };
  }
  return { start, end: start + 1 };
}

/** Tags of modifiers wink gives to adjectives it does not know: "unaligned", "well". */
const MODIFIER_TAGS = new Set(['VERB', 'ADV', 'ADJ']);

/**
 * Reads a noun phrase forward from `start`, not past `limit`. A lone subject pronoun is a
 * phrase of its own. Inside, "of" joins two nominal parts ("the mayor of Port Ashford") and
 * a parenthesis after a name is kept ("(R-Ohio)"). Returns null when no head is found.
 */
export function phraseForward(doc: NlpDocument, start: number, bound: number): TokenRange | null {
  // Callers give bounds by count ("the next 16 tokens"), which may run past the document's end.
  const limit = Math.min(bound, start + MAX_PHRASE, doc.tokens.length);
  const first = doc.tokens[start];
  if (!first || start >= limit) return null;
  if (first.pos === 'PRON' && SUBJECT_PRONOUNS.has(first.normal)) return { start, end: start + 1 };
  if (PRONOMINAL.has(first.normal) && !inside(doc.tokens[start + 1] ?? first)) return pronominalPhrase(doc, start, limit);
  let end = start;
  while (end < limit) {
    const t = doc.tokens[end] as Token;
    const next = doc.tokens[end + 1];
    // "Bozell answers": wink tags a reporting verb after a name as a plural noun.
    // (Not a capitalised name word that is also a verb: "Mr. Hedge said".)
    if (end > start && !startsCapitalised(t.text) && (isInflectedReportingVerb(t) || isParticleCue(doc, end))) break;
    if (inside(t) || nameWord(t, next) || nominalAdverb(doc, end) || (end > start && nameGoesOn(doc, end))) end++;
    else if (innerMark(doc, end) && end > start && next && end + 1 < limit && t.end === next.start && (inside(next) || hyphenated(doc, end))) end += inside(next) ? 1 : 2;
    else if (abbreviationStop(doc, end) && end + 1 < limit) end++;
    else if (t.normal === 'of' && end > start && next && end + 1 < limit && inside(next)) end++;
    else if (coordinateAdjective(doc, start, end, limit)) end++;
    else if (nounModifyingParticiple(doc, start, end)) end++;
    else if (t.text === '(' && end > start) {
      const close = closingParen(doc, end, limit);
      if (close < 0) break;
      end = close + 1;
    } else break;
  }
  // A phrase does not end on its joints.
  while (end > start && JOINTS.has((doc.tokens[end - 1] as Token).normal)) end--;
  const range = { start, end };
  return end > start && hasHead(doc, range) ? range : null;
}

/**
 * Reads a noun phrase backward, ending just before `end`, not before `floor`. Used for the
 * subject before a reporting verb ("…,” the former secretary of state said).
 */
export function phraseBackward(doc: NlpDocument, end: number, lowest: number): TokenRange | null {
  const floor = Math.max(lowest, end - MAX_PHRASE);
  const last = doc.tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  if (last.pos === 'PRON' && SUBJECT_PRONOUNS.has(last.normal)) return { start: end - 1, end };
  if (PRONOMINAL.has(last.normal)) return { start: end - 1, end };
  let start = end;
  while (start > floor) {
    const t = doc.tokens[start - 1] as Token;
    const after = doc.tokens[start];
    const before = doc.tokens[start - 2];
    // A determiner opens its phrase: a common noun before it ends another ("at which point
    // the crowd chanted" → "the crowd"; a gerund tagged a noun takes it as object, "meeting
    // the mayor"), and "which" or "whose" opens a clause.
    if (WH_DETERMINERS.has(t.normal) || (start < end && opensPhrase(doc.tokens[start] as Token) && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !t.normal.endsWith('ing'))) break;
    if (inside(t) || nominalAdverb(doc, start - 1) || nameGoesOn(doc, start - 1)) start--;
    else if (t.text === ')' ) {
      const open = openingParen(doc, start - 1, floor);
      if (open < 0) break;
      start = open;
    } else if (innerMark(doc, start - 1) && start < end && before && start - 2 >= floor && inside(before) && after && t.end === after.start) start--;
    else if (t.normal === 'of' && start < end && before && start - 2 >= floor && inside(before)) start--;
    else break;
  }
  const range = { start, end };
  return start < end && hasHead(doc, range) ? range : null;
}

/** "the Rev. Amos Pruitt": a stop wink split from a short title, before a name. */
function abbreviationStop(doc: NlpDocument, index: number): boolean {
  const before = doc.tokens[index - 1];
  const t = doc.tokens[index] as Token;
  const after = doc.tokens[index + 1];
  // (wink tags a rare given name after the title otherwise: "Rev. Thaddeus Vickers".)
  return t.text === '.' && before !== undefined && before.end === t.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(before.text) && after !== undefined && after.type === 'word' && /^\p{Lu}/u.test(after.text);
}

/** A hyphen joining two words with no space ("conservative-leaning"): the compound is one word. */
function hyphenated(doc: NlpDocument, hyphen: number): boolean {
  const before = doc.tokens[hyphen - 1];
  const t = doc.tokens[hyphen] as Token;
  const after = doc.tokens[hyphen + 1];
  return t.text === '-' && before !== undefined && after !== undefined && before.end === t.start && t.end === after.start && after.type === 'word';
}

function closingParen(doc: NlpDocument, open: number, limit: number): number {
  for (let i = open + 1; i < limit && i <= open + 8; i++) if ((doc.tokens[i] as Token).text === ')') return i;
  return -1;
}

function openingParen(doc: NlpDocument, close: number, floor: number): number {
  for (let i = close - 1; i >= floor && i >= close - 8; i--) if ((doc.tokens[i] as Token).text === '(') return i;
  return -1;
}

/** Words joining two subjects into one ("Marsh and Doyle wrote"). */
const COORDINATORS = new Set(['and', '&']);

/**
 * Two phrases joined by "and" as one subject ("Reps. Ellen Marsh and Victor Doyle"), reading
 * forward from a first phrase `first`: the whole, or `first` when no second phrase follows.
 */
export function coordinatedForward(doc: NlpDocument, first: TokenRange, bound: number): TokenRange {
  if (!COORDINATORS.has(doc.tokens[first.end]?.normal ?? '')) return first;
  const second = phraseForward(doc, first.end + 1, bound);
  return second ? { start: first.start, end: second.end } : first;
}

/** The same, reading backward from a last phrase `last` ("Marsh and Doyle" before "wrote:"). */
export function coordinatedBackward(doc: NlpDocument, last: TokenRange, floor: number): TokenRange {
  if (last.start - 1 <= floor || !COORDINATORS.has(doc.tokens[last.start - 1]?.normal ?? '')) return last;
  const first = phraseBackward(doc, last.start - 1, floor);
  return first ? { start: first.start, end: last.end } : last;
}

/** Prepositions whose object may be the subject of a participle after it ("with Lee shouting", "footage of Lee asking", "a letter from Lee saying"). */
const PARTICIPLE_HOSTS = new Set(['of', 'with', 'from']);

/**
 * "replied on Harbor Radio writing", "spoke at the hearing saying": a name governed by another
 * preposition is where the main clause's subject spoke, not the participle's subject.
 */
export function placeObject(doc: NlpDocument, named: TokenRange): boolean {
  const before = doc.tokens[named.start - 1];
  return before !== undefined && before.pos === 'ADP' && !PARTICIPLE_HOSTS.has(before.normal);
}

/** "footage of Ann Pruitt" → "Ann Pruitt": the phrase after its last "of". */
export function afterLastOf(doc: NlpDocument, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  for (let i = range.end - 1; i > range.start; i--) {
    if ((doc.tokens[i] as Token).normal === 'of') return i + 1 < range.end ? { start: i + 1, end: range.end } : null;
  }
  return range;
}
