/**
 * The shape of a person's name, read from its words alone: words written as names are written,
 * none a common word, place, people, faith or head word; and when a word in capitals is an
 * acronym rather than a shouted given name.
 */
import type { Token } from '../../nlp/document.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import { ORGANIZATION_WORDS, PLACE_WORDS, RELIGIOUS_ADJECTIVES, SURNAME_PARTICLES } from '../lexicon/cue-words.js';
import { isAllCaps } from './letter-case.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { isHyphen } from './hyphen-joins.js';
import { ARABIC_ARTICLE, LOWER_ARABIC_ARTICLE } from './name-parts.js';

/** A word written as a name is: a capital, then lower case, parts joined by a hyphen or an apostrophe ("Al-Rashid", "Nu'man"); not "O'Neill", whose first part is one letter. */
export const NAME_SHAPED_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/** Every word is shaped like a name and is no common word, place, people, faith or head word. */
export function unfamiliarNameWords(words: readonly Token[], gazetteer: Gazetteer): boolean {
  const particle = (w: Token, i: number) => SURNAME_PARTICLES.has(w.normal) && (startsCapitalised(w.text) || PATRONYMICS.has(w.normal) || germanicParticle(words, i));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    // "Karim Bin Early": a particle inside the name opens the surname, which may be spelt like
    // a word of the language. Written in lower case ("Punta de Early"), a particle more often
    // joins a place's name; not "bin" or "ibn" ("Karim bin Early"), which only names descent,
    // nor "van" and "von" ("Ruud van Nistelrooy", "Jan van der Berg"), which places seldom hold.
    if (i > 0 && i < words.length - 1 && (particle(w, i) || articleHyphen(words, i))) continue;
    const afterParticle = i > 1 && particle(words[i - 1] as Token, i - 1);
    if (!NAME_SHAPED_WORD.test(w.text) || (gazetteer.commonWord(w.text) && !afterParticle) || ORGANIZATION_WORDS.has(w.normal) || PLACE_WORDS.has(w.normal)) return false;
    // "Theravada Buddhist", "Kurdish Peshmerga": a faith or a people is no part of a full name.
    // A small town's name is a family's name often enough (a town of 45,000 may share a given name).
    if (RELIGIOUS_ADJECTIVES.has(w.normal) || gazetteer.demonym(w.text) || gazetteer.places(w.text).some(notableForName)) return false;
  }
  return true;
}

/**
 * Particles of descent, in lower case inside a person's name only ("Karim bin Early", "Ali ibn
 * Hasan"), and the Arabic article written onto a surname ("Nimr al-Nimr"; places so named are
 * the gazetteer's: "Ras al-Khaimah").
 */
const PATRONYMICS = new Set(['bin', 'ibn', 'bint', 'al', 'el']);
/** Dutch and German particles that open a surname in lower case ("van", "von"). */
const GERMANIC_PARTICLES = new Set(['van', 'von']);

/** True for "van" or "von" at word `i`, or the article after one ("van der", "von den"). */
function germanicParticle(words: readonly Token[], i: number): boolean {
  const w = words[i] as Token;
  return GERMANIC_PARTICLES.has(w.text) || (i > 0 && (w.text === 'der' || w.text === 'den') && GERMANIC_PARTICLES.has((words[i - 1] as Token).text));
}

/**
 * True for the hyphen at word `i` that writes the Arabic article onto a surname inside a name
 * ("Nimr al-Nimr", "Musaed Al-Aiban"); not one opening the name ("Al-Iraqiyah").
 */
function articleHyphen(words: readonly Token[], i: number): boolean {
  const article = words[i - 1]?.text ?? '';
  return i >= 2 && isHyphen(words[i]) && (LOWER_ARABIC_ARTICLE.test(article) || ARABIC_ARTICLE.test(article));
}

/** The words of a name less its particles and hyphens ("Jan van der Berg", "Nimr al-Nimr" have two). */
export function wordsBesideParticles(words: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    if (!(i > 0 && i < words.length - 1 && (germanicParticle(words, i) || PATRONYMICS.has(w.text) || articleHyphen(words, i)))) n++;
  }
  return n;
}

/** A place a word of a person's name is not: any but a town of under 100,000. */
function notableForName(p: PlaceRecord): boolean {
  return !((p.kind === 'city' || p.kind === 'place') && p.population !== undefined && p.population < 100_000);
}

/** Longest word in capitals read as an acronym rather than a shouted given name. */
const MAX_ACRONYM_AS_GIVEN_NAME = 4;

/**
 * "ESPN", "DANA" in running text: a short word in capitals is an acronym's letters, not the given
 * name they happen to spell; a longer one is a name set in capitals ("GARROW filed an opinion").
 */
export function shortShout(word: string, inCapsLine: boolean): boolean {
  return !inCapsLine && word.length <= MAX_ACRONYM_AS_GIVEN_NAME && isAllCaps(word);
}
