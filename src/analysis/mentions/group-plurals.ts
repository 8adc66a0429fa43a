/**
 * Groups of people named in the plural after a word the document also uses as an adjective:
 * "Latinos" beside "Latino voters", "Millennials" beside "Millennial turnout", "Hispanics"
 * beside "the Hispanic vote". Such a plural names a group, not a person or a body, as a demonym
 * does ("Americans"); surnames that end in "s" have no singular used so ("Sanders", "Jones").
 * So are followers of a doctrine ("Islamists", "Marxists").
 */
import { opensSentence, type NlpDocument } from '../../nlp/document.js';

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_CASE = /^\p{Ll}/u;

/**
 * The capitalised words the document writes before a lower-case noun they qualify, inside a
 * sentence ("Latino voters", "the Hispanic community"): adjectives of a group, a place or a body.
 */
export function qualifyingWords(doc: NlpDocument): Set<string> {
  const words = new Set<string>();
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (next.pos === 'NOUN' && next.sameLine && LOWER_CASE.test(next.text) && CAPITALISED_WORD.test(t.text) && !opensSentence(doc, t)) words.add(t.text);
  }
  return words;
}

/**
 * True when `word` is the plural ("-s", "-es") of a word in `qualifying`: "Latinos" when the
 * document writes "Latino voters".
 */
export function pluralOfQualifier(word: string, qualifying: ReadonlySet<string>): boolean {
  if (!CAPITALISED_WORD.test(word) || !word.endsWith('s') || word.endsWith('ss')) return false;
  return qualifying.has(word.slice(0, -1)) || (word.endsWith('es') && qualifying.has(word.slice(0, -2)));
}

/** Followers of a doctrine or a school, in the plural: "Islamists", "Marxists", "Baptists". */
const FOLLOWERS = /^\p{Lu}\p{Ll}{2,}ists$/u;

/** True when `word` names followers of a doctrine in the plural ("Islamists"), a group as a demonym is. */
export function followersPlural(word: string): boolean {
  return FOLLOWERS.test(word);
}
