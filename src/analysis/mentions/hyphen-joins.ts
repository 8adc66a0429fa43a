/**
 * Names written with hyphens and lower-case parts that the run of capitalised name words would
 * cut: a Korean given name's second syllable ("Ban Ki-moon"), the linking particles of
 * Persian, Urdu and Arabic names ("Naqsh-e Jahan Square", "Tehreek-e-Insaf", "Hizb-ut-Tahrir")
 * and the small words between hyphens in places' names ("Mar-a-Lago", "Stoke-on-Trent").
 */
import { joinedWithoutSpace, type Token } from '../../nlp/document.js';
import { LOWER_ARABIC_ARTICLE } from './name-parts.js';

const SYLLABLE_BEFORE = /^\p{Lu}\p{Ll}{1,4}$/u;
const SYLLABLE_AFTER = /^\p{Ll}{2,4}$/u;
/**
 * A syllable as Korean names are romanised ("min", "hyang", "myung", "yeol"): consonants, a glide,
 * a vowel and a final consonant. A second syllable of five or six letters must have this shape
 * ("Jae-myung", "Soo-hyang"); an English word of that length after a hyphen ("Nazi-level",
 * "Ohio-class") has some other.
 */
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprst]{1,2})?[yw]?(?:ae|eo|eu|oe|ou|ui|oo|ee|a|e|i|o|u)(?:ng|n|m|k|l|p|t)?$/u;
/** Lower-case words that make a compound of a name before them ("York-based", "Bush-era"), not a given name. */
const COMPOUND_ENDINGS = new Set(['based', 'born', 'led', 'era', 'area', 'wide', 'run', 'made', 'like', 'free', 'type', 'rich', 'held', 'side', 'bred', 'bound', 'only', 'size', 'style', 'tied', 'owned', 'new', 'old', 'ish', 'esque', 'ward', 'wards', 'over', 'up', 'out', 'in', 'on', 'off']);
/** Linking particles written between hyphens or after one inside names ("-e", "-ut-", "-ul-", "-al-"). */
const LINKING_PARTICLE = /^(?:e|i|ye|ul|ut|ud|ur|al|el)$/u;
const HYPHENS = new Set(['-', '‐']);
/** Small words written between two hyphens inside a place's name ("Mar-a-Lago", "Stoke-on-Trent", "Aix-en-Provence"); not "in", which joins titles ("Commander-in-Chief"). */
const JOINED_PARTICLE = /^(?:a|on|upon|en|de|sur|le|la|les|du|des|aux|am|an|im|by|under)$/u;

/** True when the token is a hyphen (the ASCII one or U+2010), as names are joined with. */
export function isHyphen(t: Token | undefined): t is Token {
  return t !== undefined && HYPHENS.has(t.text);
}

/**
 * True when a hyphen at token `at` and a short lower-case word after it, both written against
 * the word before, are the second syllable of a given name ("Ki-moon", "Geun-hye", "Jong-un"),
 * not a compound ("York-based", "Bush-era").
 */
export function secondSyllableAt(tokens: readonly Token[], at: number): boolean {
  const [last, hyphen, syllable] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!last || !isHyphen(hyphen) || !syllable) return false;
  return joinedWithoutSpace(last, hyphen) && joinedWithoutSpace(hyphen, syllable) && SYLLABLE_BEFORE.test(last.text) && (SYLLABLE_AFTER.test(syllable.text) || (syllable.text.length >= 5 && syllable.text.length <= 6 && KOREAN_SYLLABLE.test(syllable.text))) && !COMPOUND_ENDINGS.has(syllable.text) && tokens[at + 2]?.text !== '-';
}

/** A surname of one syllable, as East Asian names are romanised ("Yau", "Leung", "Cheung", "Kim"). */
const SYLLABLE_SURNAME = /^\p{Lu}\p{Ll}{1,5}$/u;

/**
 * True when tokens [start, end) are an East Asian name written with a hyphenated given name:
 * surname first ("Ban Ki-moon", "Leung Yiu-chung", "Yoon Suk-yeol") or after the given name
 * ("Ju-min Park", "Soo-hyang Choi"). Such names are people's, although the reference data lacks
 * their given names.
 */
export function syllabicName(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const [a, b, , d] = [tokens[start], tokens[start + 1], tokens[start + 2], tokens[start + 3]] as Token[];
  // "Ju-min Park": a given name whose second syllable has the Korean shape, then the surname.
  if (secondSyllableAt(tokens, start + 1) && KOREAN_SYLLABLE.test(tokens[start + 2]?.text ?? '')) return /^\p{Lu}\p{Ll}/u.test(d.text);
  return SYLLABLE_SURNAME.test(a.text) && b.start > a.end && secondSyllableAt(tokens, start + 2);
}

/**
 * Index one past the name word that a hyphen and a linking particle at token `at` join to the
 * word before ("Naqsh-e Jahan", "Tehreek-e-Insaf"), or `at` when there is none. `isNameWord`
 * says whether a token may go on a name.
 */
export function linkedNameEnd(tokens: readonly Token[], at: number, isNameWord: (t: Token) => boolean): number {
  const [last, hyphen, particle] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!last || !isHyphen(hyphen) || !particle || !(LINKING_PARTICLE.test(particle.text) || JOINED_PARTICLE.test(particle.text))) return at;
  if (!joinedWithoutSpace(last, hyphen) || !joinedWithoutSpace(hyphen, particle)) return at;
  // "-e-Insaf": a second hyphen, joined; "-e Jahan": a space.
  const second = tokens[at + 2];
  const joined = isHyphen(second) && joinedWithoutSpace(particle, second);
  if (!joined && !LINKING_PARTICLE.test(particle.text)) return at;
  const word = tokens[joined ? at + 3 : at + 2];
  if (!word || !word.sameLine || !isNameWord(word)) return at;
  if (joined && !joinedWithoutSpace(second, word)) return at;
  return word.index + 1;
}

/**
 * True when token `at` is the Arabic article in lower case, written with a hyphen onto a name
 * word after it ("Bashar al-Assad", "Abu Bakr al-Baghdadi", "said al-Assad"): the surname goes on
 * from the article. `isNameWord` says whether a token may go on a name.
 */
export function articleBeforeSurname(tokens: readonly Token[], at: number, isNameWord: (t: Token) => boolean): boolean {
  const [article, hyphen, surname] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!article || !LOWER_ARABIC_ARTICLE.test(article.text) || !isHyphen(hyphen) || !surname) return false;
  return joinedWithoutSpace(article, hyphen) && joinedWithoutSpace(hyphen, surname) && isNameWord(surname);
}
