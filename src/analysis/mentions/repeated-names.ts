/**
 * Names of several words found once are found again wherever the article repeats them exactly,
 * including where the first pass cannot see a name: at the start of a sentence ("Heaven Sent
 * Gaming is…", where the tagger reads "Heaven" as a noun) or around a word the tagger calls a
 * verb ("Sent"). So is the surname of a person named in full, alone.
 */
import { POSSESSIVE_MARK, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { ORGANIZATION_WORDS, PLACE_WORDS, ROLE_NOUNS } from '../lexicon/cue-words.js';
import { newCandidate, type Candidate } from './candidate.js';

/** A surname as written: a capital, then letters in lower case ("Varga", not "VARGA" or "McX"). */
const SURNAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** Most names searched for in the whole text one by one; beyond, an index of word pairs serves. */
const MAX_NAMES_SEARCHED = 32;

/** Token indexes by the texts of a token and the next one: where a name of two words or more may start. */
function pairStarts(tokens: readonly Token[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const key = `${(tokens[i] as Token).text} ${(tokens[i + 1] as Token).text}`;
    const list = starts.get(key);
    if (list) list.push(i);
    else starts.set(key, [i]);
  }
  return starts;
}

/**
 * The first character at or after `from` where `name` is written: found in the text, or, with
 * `starts`, among the places its first two words are written together.
 */
function firstAt(text: string, tokens: readonly Token[], starts: Map<string, number[]> | undefined, name: string, model: Candidate, from: number): number {
  if (!starts) return text.indexOf(name, from);
  const list = starts.get(`${(tokens[model.tokenStart] as Token).text} ${(tokens[model.tokenStart + 1] as Token).text}`) ?? [];
  // The first listed start at or after `from`, by halving: the list is in text order.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[list[mid] as number] as Token).start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k++) {
    const at = (tokens[list[k] as number] as Token).start;
    if (text.startsWith(name, at)) return at;
  }
  return -1;
}

/** Index of the token starting exactly at character `at`, or -1. */
function tokenStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < at) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === at ? lo : -1;
}

/**
 * The candidates plus a candidate for every further exact occurrence of a multi-word candidate's
 * text, and of the surname of a person's name, that no candidate covers yet, in text order.
 * Occurrences must start and end on token boundaries ("Heaven Sent Gaming" is not found inside
 * "Heaven Sent Gamings").
 */
export function addRepeatedNames(doc: NlpDocument, gazetteer: Gazetteer, candidates: Candidate[]): Candidate[] {
  const { tokens, text } = doc;
  const names = new Map<string, Candidate>();
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.tokenEnd - c.tokenStart >= 2 && !c.inCapsLine && !names.has(c.text)) names.set(c.text, c);
    const last = tokens[c.tokenEnd - 1] as Token;
    // A person's name: a given name that is no common word first, no head word last.
    const first = tokens[c.tokenStart] as Token;
    const person = gazetteer.givenName(first.text) !== undefined && !gazetteer.commonWord(first.text) && !ORGANIZATION_WORDS.has(last.normal) && !PLACE_WORDS.has(last.normal) && !ROLE_NOUNS.has(last.normal);
    if (c.tokenEnd - c.tokenStart >= 2 && !c.inCapsLine && person && SURNAME.test(last.text)) surnames.add(last.text);
  }
  if (names.size === 0) return candidates;
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.titleStart ?? c.tokenStart, c.tokenEnd);
  const added: Candidate[] = [];
  // A text of many names (a list, a roll of signatories) is searched through an index of where
  // each pair of words stands: one search of the whole text per name would be quadratic.
  const starts = names.size > MAX_NAMES_SEARCHED ? pairStarts(tokens) : undefined;
  for (const [name, model] of names) {
    const length = model.tokenEnd - model.tokenStart;
    for (let at = firstAt(text, tokens, starts, name, model, 0); at >= 0; at = firstAt(text, tokens, starts, name, model, at + name.length)) {
      const first = tokenStartingAt(tokens, at);
      if (first < 0) continue;
      const end = first + length;
      const last = tokens[end - 1];
      if (!last || last.end !== at + name.length) continue;
      if (covered.subarray(first, end).some((flag) => flag === 1)) continue;
      covered.fill(1, first, end);
      added.push(newCandidate({ start: at, end: at + name.length, text: name, tokenStart: first, tokenEnd: end, inCapsLine: false }));
    }
  }
  // "Varga's campaign called the claim recycled": the surname of a person named in full, alone
  // where the first pass cannot see a name (opening a sentence, read as a verb), is a name. A
  // surname that is also a word ("Ford") only before a possessive or ", who".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] === 1 || !surnames.has(t.text)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && next.sameLine && next.type === 'word' && /^\p{Lu}/u.test(next.text)) continue;
    const nominal = next !== undefined && (POSSESSIVE_MARK.test(next.text) || (next.text === ',' && tokens[i + 2]?.normal === 'who'));
    if (gazetteer.commonWord(t.text) && !nominal) continue;
    covered[i] = 1;
    added.push(newCandidate({ start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, inCapsLine: false }));
  }
  if (added.length === 0) return candidates;
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}
