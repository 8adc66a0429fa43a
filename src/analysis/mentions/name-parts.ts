/** The words of a candidate name, as typing and linking compare them. */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { Candidate } from './candidate.js';
import { NAME_SUFFIXES } from '../lexicon/cue-words.js';
import { hasLetter, isAllCaps, titleCase } from './letter-case.js';

/**
 * The name's words; in an ALL-CAPS line un-shouted, so "JORDAN" matches "Jordan" elsewhere.
 * Typing and linking ask for them several times each: the answer is kept with the candidate,
 * which is not otherwise changed once made.
 */
export function nameParts(c: Candidate, doc: NlpDocument): string[] {
  return c.fullName ?? (c.nameParts ??= readNameParts(c, doc));
}

function readNameParts(c: Candidate, doc: NlpDocument): string[] {
  const texts = doc.tokens.slice(c.tokenStart, c.tokenEnd).filter((t) => hasLetter(t.text)).map((t) => t.text);
  // "— GARROW I, Emperor…": a surname written in capitals is still that surname.
  return c.inCapsLine ? texts.map(titleCase) : texts.map((w) => (w.length > 3 && isAllCaps(w) ? titleCase(w) : w));
}

/** The capitals of a name's words: ["Anna", "Kowalczyk"] → "AK". */
export function initialsOf(parts: readonly string[]): string {
  return parts.map((w) => w[0] ?? '').filter((l) => /\p{Lu}/u.test(l)).join('');
}

/** Token helper shared by later stages: the words of a name, letters only. */
export function nameWords(doc: NlpDocument, c: { tokenStart: number; tokenEnd: number }): Token[] {
  return doc.tokens.slice(c.tokenStart, c.tokenEnd).filter((t) => hasLetter(t.text));
}

/** An initial standing for a given name ("G." in "Charles G. Pruett", "J." in "J. Michael Pearce"). */
export const INITIAL = /^\p{Lu}\.$/u;

/** The Arabic article, which opens surnames written with a hyphen ("Al-Aiban", "El-Erian"). */
export const ARABIC_ARTICLE = /^(?:Al|El)$/u;

/** The Arabic article as news writes it in lower case before a surname ("al-Assad", "el-Sisi"). */
export const LOWER_ARABIC_ARTICLE = /^(?:al|el)$/u;

/** The word that opens a saint's name ("St.", "Saint", "Ste."), after whom parishes and institutions are named. */
export const SAINT_WORD = /^(?:St\.?|Saint|Ste\.?|Sainte)$/u;

/** True for a generational suffix written after the surname ("Jr.", "III"). */
function isSuffix(word: string): boolean {
  return NAME_SUFFIXES.has(word.toLowerCase());
}

/**
 * The surname among a full name's words: the last, unless a generational suffix follows it
 * ("Keane" in "Harold B. Keane Jr."). A bare "Keane" is then the same person.
 */
export function surnameOf(words: readonly string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (i === 0 || !isSuffix(word)) return word;
  }
  return undefined;
}

/** The generational suffix of a full name ("Jr." → "jr"), or "" when it has none. */
export function suffixOf(words: readonly string[]): string {
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && isSuffix(last) ? last.replace(/\.$/, '').toLowerCase() : '';
}
