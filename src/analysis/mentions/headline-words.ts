/**
 * Words of Title Case headlines, where a capital tells nothing: the headline's verb between two
 * names ("Tom Garrow Hits Lena Ford"), and the surnames that are also common words, after a given
 * name ("… Hits Lena Ford On Taxes") or a title ("Senator Baker Backs …"). Read by the name runs
 * (name-runs.ts).
 */
import { CLOSED_CLASS_POS, type Token } from '../../nlp/document.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { ADDRESS_TITLES, HONORIFICS, ORGANIZATION_WORDS, PLACE_WORDS, ROLE_NOUNS } from '../lexicon/cue-words.js';
import { isAllCaps } from './letter-case.js';
import type { Context } from './name-runs.js';

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
  if (!previous || t.sameLine === false || HEADLINE_VERB_ENDING.test(t.text) || ctx.gazetteer.givenName(previous.text) === undefined || ctx.gazetteer.commonWord(previous.text)) return false;
  // "Why Does Israel Refuse …": a country first, a given name only rarely.
  if (ctx.gazetteer.places(previous.text).some((p) => p.kind !== 'city')) return false;
  // Read without asking isNameWord again, which would recurse along a long headline.
  const beforePrevious = ctx.doc.tokens[t.index - 2];
  if (beforePrevious === undefined || previous.sameLine === false || !startsCapitalised(beforePrevious.text) || beforePrevious.type !== 'word') return true;
  return headlineVerbAt(ctx, beforePrevious.index) || (CLOSED_CLASS_POS.has(beforePrevious.pos) && beforePrevious.pos !== 'PROPN');
}
