/**
 * Words of Title Case headlines, where a capital tells nothing: which common words are still
 * names there (a surname after a given name, "… Hits Lena Ford On Taxes", or after a title,
 * "Senator Baker Backs …"; a country or a large city, not a town: "It Might Surprise You"), and
 * the headline's verb between two names ("Tom Garrow Hits Lena Ford"). Read by the name runs
 * (name-runs.ts).
 */
import { CLOSED_CLASS_POS, type Token } from '../../nlp/document.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { ADDRESS_TITLES, EVENT_WORDS, HONORIFICS, ORGANIZATION_WORDS, PERSON_POSSESSIONS, PLACE_WORDS, ROLE_NOUNS, SURNAME_PARTICLES } from '../lexicon/cue-words.js';
import type { PlaceRecord } from '../../gazetteer/gazetteer.js';
import { hasLetter, isAllCaps } from './letter-case.js';
import { INITIAL } from './name-parts.js';
import type { Context } from './name-words.js';

/** Endings of abstract nouns, which end no surname ("Acceptance", "Administration", "Endorsement"). */
const ABSTRACT_ENDING = /(?:ance|ence|tion|sion|ment|ship)$/u;

/** Smallest city a common word in a Title Case headline is taken for alone ("Nice", not "Surprise"). */
const HEADLINE_CITY_POPULATION = 500_000;

/**
 * True when a place that a common word also names is meant in a Title Case headline even with
 * no other name beside it: a country or continent ("Turkey", "Chad"), a large city. Not a town or
 * a district ("It Might Surprise You", "The Most Powerful Things", "A Lot Of Money").
 */
function meantInHeadline(place: PlaceRecord): boolean {
  return place.kind === 'country' || place.kind === 'continent' || (place.kind === 'city' && (place.population ?? 0) >= HEADLINE_CITY_POPULATION);
}

/**
 * True when a capitalised word of a Title Case headline may be a word of a name (name-runs.ts
 * asks it of every such word).
 */
export function nameWordInHeadline(ctx: Context, t: Token): boolean {
  // In a Title Case headline a capital proves nothing: a common word is a name only beside a
  // word that is not ("New York Post"), or when the reference data knows it.
  // A verb or an adverb is no part of a name beside it, even one that is also a town ("Linda Garrow
  // Takes Aim …", "Linda Reyes Finally Unveils …").
  // But a surname after a given name is one, whatever the tagger reads ("Lena Ford On Taxes"),
  // and so is one after an honorific or a title of address ("Senator Baker", "Mr. Cook Waits";
  // not another title: "Mr. President").
  if (ctx.gazetteer.commonWord(t.text) && !surnameAfterTitle(ctx, t)) {
    const surname = surnameAfterGivenName(ctx, t);
    if ((t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV') && !surname) return false;
    // A proper noun after a given name is its surname, town or not ("Billy Bush Joins …"), but
    // not what a person has or does ("Lena Ford Campaign", "Ford Acceptance Speech").
    const surnameWord = surname && t.pos === 'PROPN' && !PERSON_POSSESSIONS.has(t.normal) && !ABSTRACT_ENDING.test(t.normal);
    if (!surnameWord && !ctx.gazetteer.places(t.text).some(meantInHeadline)) {
      // A compound of common words is one too ("Post-Debate").
      const common = (b: Token): boolean => ctx.gazetteer.commonWord(b.text) || (b.text.includes('-') && b.text.split('-').every((part) => ctx.gazetteer.commonWord(part)));
      // A capitalised word that is no common word, on the line of the token after it.
      const named = (b: Token | undefined, after: Token | undefined): boolean => b !== undefined && after?.sameLine !== false && startsCapitalised(b.text) && b.type === 'word' && !common(b);
      // After a name, only a head word goes on with it ("Kessin Foundation", "Varnel County"), or
      // a surname after a given name or an initial ("Lena Ford", "Tom W. Garrow"): "Garrow Sees
      // …", "Ford Plan for Taxes", "Kessin Camp" are the headline's words about the name. After a
      // given name the article also writes alone, it must write the two words together again:
      // "Garrow Hid …", "Lena Just Won …" are a name alone and the headline's verb.
      const previous = ctx.doc.tokens[t.index - 1];
      const ownWord = !PERSON_POSSESSIONS.has(t.normal) && !ABSTRACT_ENDING.test(t.normal);
      const givenBefore = surname || (previous !== undefined && opensWithGivenName(ctx, previous) && !writtenAsSurname(ctx, previous));
      const goesOn = ORGANIZATION_WORDS.has(t.normal) || PLACE_WORDS.has(t.normal) || EVENT_WORDS.has(t.normal) || (ownWord && previous !== undefined && (INITIAL.test(previous.text) || (givenBefore && (!writtenAlone(ctx, previous) || writtenElsewhere(ctx, previous, t)))));
      // Before a name, or a particle and a name ("Universidade Federal de Santa Catarina"; not
      // English "of": "Rise of Kessin" is the headline's).
      const next = ctx.doc.tokens[t.index + 1];
      const nameAhead = named(next, next) || (next !== undefined && SURNAME_PARTICLES.has(next.text) && named(ctx.doc.tokens[t.index + 2], next));
      // Or the two words together are a place the reference data knows ("Palo Alto").
      if (!nameAhead && !(named(previous, t) && (goesOn || ctx.gazetteer.places(ctx.doc.text.slice(previous.start, t.end)).length > 0))) return false;
    }
  }
  // "Tom Garrow Hits Lena Ford": the headline's verb between two names opens no name either.
  return !headlineVerbAt(ctx, t.index);
}

/**
 * True when the text writes the word `t` somewhere else with no capitalised word after it: a
 * name used alone ("Garrow said"), as a surname or a first name is.
 */
function writtenAlone(ctx: Context, t: Token): boolean {
  // Asked of a word a capitalised word follows here, so this mention never counts: the answer is
  // the word's, remembered for the document (asking the whole text at every headline word
  // would be quadratic in a text of many headlines).
  ctx.aloneWords ??= new Map();
  const known = ctx.aloneWords.get(t.text);
  if (known !== undefined) return known;
  const text = ctx.doc.text;
  let alone = false;
  for (let at = text.indexOf(t.text); at >= 0 && !alone; at = text.indexOf(t.text, at + 1)) {
    // The word itself, not a longer word that holds it ("Lenard").
    if (hasLetter(text[at - 1] ?? '') || hasLetter(text[at + t.text.length] ?? '')) continue;
    let next = at + t.text.length;
    while (text.charCodeAt(next) === 32) next++;
    if (!startsCapitalised(text[next] ?? '')) alone = true;
  }
  ctx.aloneWords.set(t.text, alone);
  return alone;
}

/**
 * True when the text writes the word `t` elsewhere right after a given name: a surname there
 * ("Hillary Clinton" below the headline's "Clinton"). The words so written are counted once per
 * document: asking the whole text each time would be quadratic in a text of many headlines.
 */
function writtenAsSurname(ctx: Context, t: Token): boolean {
  ctx.afterGivenNames ??= countAfterGivenNames(ctx);
  const count = ctx.afterGivenNames.get(t.text) ?? 0;
  const previous = ctx.doc.tokens[t.index - 1];
  const self = previous !== undefined && previous.end < t.start && t.sameLine && startsCapitalised(previous.text) && ctx.gazetteer.givenName(previous.text) !== undefined ? 1 : 0;
  return count > self;
}

/** Counts the capitalised words written right after a capitalised given name on the same line. */
function countAfterGivenNames(ctx: Context): Map<string, number> {
  const counts = new Map<string, number>();
  const { tokens } = ctx.doc;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    if (!t.sameLine || t.type !== 'word' || !startsCapitalised(t.text) || !startsCapitalised(previous.text) || previous.end >= t.start) continue;
    if (ctx.gazetteer.givenName(previous.text) !== undefined) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  }
  return counts;
}

/** True when the text writes `first` and `second` together somewhere else too. */
function writtenElsewhere(ctx: Context, first: Token, second: Token): boolean {
  // The pairs are counted once per document: a search of the whole text for each would be
  // quadratic in a text of many headlines.
  ctx.capitalPairs ??= countCapitalPairs(ctx);
  return (ctx.capitalPairs.get(`${first.text} ${second.text}`) ?? 0) >= 2;
}

/** Counts each two capitalised words written one after the other on a line, apart by spaces only. */
function countCapitalPairs(ctx: Context): Map<string, number> {
  const counts = new Map<string, number>();
  const { tokens, text } = ctx.doc;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    if (!t.sameLine || !startsCapitalised(t.text) || !startsCapitalised(previous.text) || previous.end >= t.start || text.slice(previous.end, t.start).trim() !== '') continue;
    const key = `${previous.text} ${t.text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * True when `t` is a given name (no common word) that opens a name: no name word before it, or
 * a common word or a title ("How Lena Ford …", "Correspondent Lena Ford", "President Lena
 * Ford"); not "Tom Lena …", where it is a surname.
 */
function opensWithGivenName(ctx: Context, t: Token): boolean {
  if (ctx.gazetteer.givenName(t.text) === undefined || ctx.gazetteer.commonWord(t.text)) return false;
  const before = ctx.doc.tokens[t.index - 1];
  if (!before || before.sameLine === false || t.sameLine === false || !startsCapitalised(before.text)) return true;
  return ctx.gazetteer.commonWord(before.text) || HONORIFICS.has(before.normal) || ADDRESS_TITLES.has(before.normal);
}

/**
 * "Jeb Garrow Hits Lena Ford On Taxes", "Tom Vickers Slams Linda Reyes", "ESPN Fires Varnick": in
 * a Title Case headline, a common word in "-s" between a name and another (a given name after a
 * name of two words or more) is the headline's verb, not a word of one long name ("Airlines",
 * "Times" and other head words aside).
 */
export function headlineVerbBetweenNames(ctx: Context, start: number, end: number): boolean {
  const verb = ctx.doc.tokens[end];
  if (!verb || !ctx.titleCaseLines.has(verb.index)) return false;
  return headlineVerbAt(ctx, end, end - start >= 2);
}

/**
 * True when the token at `i`, in a Title Case line, is a common word in "-s" (no head word)
 * before a name: a given name, or (after a one-word name, `longName` false) a word that is no
 * common word.
 */
export function headlineVerbAt(ctx: Context, i: number, longName = true): boolean {
  const verb = ctx.doc.tokens[i] as Token;
  const after = ctx.doc.tokens[i + 1];
  if (!after || !/^\p{Lu}\p{Ll}+s$/u.test(verb.text)) return false;
  const normal = verb.normal;
  if (!ctx.gazetteer.commonWord(normal) || ORGANIZATION_WORDS.has(normal) || PLACE_WORDS.has(normal)) return false;
  // "ESPN Fires Varnick": after one word, the name after the verb is no common word either.
  return longName ? ctx.gazetteer.givenName(after.text) !== undefined : /^\p{Lu}\p{Ll}/u.test(after.text) && !ctx.gazetteer.commonWord(after.text) && !isAllCaps(after.text);
}

/**
 * True when an honorific or a title of address stands right before `t`, which is no title
 * itself, nor a verb shaped as headlines write them ("Texas Gov. Hears …", "Senator Endorsed …").
 */
export function surnameAfterTitle(ctx: Context, t: Token): boolean {
  const previous = ctx.doc.tokens[t.index - 1];
  if (previous === undefined || !t.sameLine || !(HONORIFICS.has(previous.normal) || ADDRESS_TITLES.has(previous.normal))) return false;
  if ((t.pos === 'VERB' || t.pos === 'AUX') && HEADLINE_VERB_ENDING.test(t.text)) return false;
  return !HONORIFICS.has(t.normal) && !ROLE_NOUNS.has(t.normal);
}

/** A headline's verbs end in "-s", "-ing" or "-ed" ("Vows", "Asking"); surnames rarely do so read. */
const HEADLINE_VERB_ENDING = /(?:s|ing|ed)$/u;

/**
 * True when `t` follows a given name that opens a name (in "Lena Ford Says" the verb
 * follows a surname; in "… Hits Lena Ford" the surname follows the given name).
 */
export function surnameAfterGivenName(ctx: Context, t: Token): boolean {
  const previous = ctx.doc.tokens[t.index - 1];
  // "Marine Le Pen Backs …": after a given name and a surname's particle, the surname goes on.
  const given = ctx.doc.tokens[t.index - 2];
  if (previous && given && t.sameLine && previous.sameLine && SURNAME_PARTICLES.has(previous.normal) && ctx.gazetteer.givenName(given.text) !== undefined) return true;
  if (!previous || t.sameLine === false || HEADLINE_VERB_ENDING.test(t.text) || ctx.gazetteer.givenName(previous.text) === undefined || ctx.gazetteer.commonWord(previous.text)) return false;
  // "Clinton Plan for Taxes …" above "Hillary Clinton": a surname there, not a given name.
  if (writtenAsSurname(ctx, previous)) return false;
  // "Why Does Israel Refuse …": a country first, a given name only rarely.
  if (ctx.gazetteer.places(previous.text).some((p) => p.kind !== 'city')) return false;
  // Read without asking isNameWord again, which would recurse along a long headline.
  const beforePrevious = ctx.doc.tokens[t.index - 2];
  if (beforePrevious === undefined || previous.sameLine === false || !startsCapitalised(beforePrevious.text) || beforePrevious.type !== 'word') return true;
  return headlineVerbAt(ctx, beforePrevious.index) || (CLOSED_CLASS_POS.has(beforePrevious.pos) && beforePrevious.pos !== 'PROPN');
}
