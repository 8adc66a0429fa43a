/**
 * Where a run of name words is a whole name already: a person named in full, a body with its
 * legal form, the owner before a possessive. The run extension (name-runs.ts) stops there before
 * "of", "the", "and" or a possessive that would otherwise join the next words on.
 */
import type { Token } from '../../nlp/document.js';
import { CHAMBERS_AFTER_THE, CORPORATE_SUFFIXES, HONORIFICS, ORGANIZATION_WORDS, PLACE_WORDS, ROLE_NOUNS } from '../lexicon/cue-words.js';
import type { Context } from './name-words.js';
import { INITIAL, SAINT_WORD } from './name-parts.js';
import { titleEnd } from './title-split.js';
import { unfamiliarNameWords } from './name-shape.js';
import { syllabicName } from './hyphen-joins.js';

/** True when tokens [start, end) already make a whole name: a person's, or one ending in Inc./Corp. */
export function isCompleteName(ctx: Context, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  const nameStart = titleEnd(ctx, start, end);
  const first = tokens[nameStart] as Token;
  const last = tokens[end - 1] as Token;
  // "Lena Ford of …"; "Bill Varnick of …": a given name that is also a common word opens a full
  // name when the surname is no common word.
  // After a title, or before an initial, such a given name opens a full name whatever its
  // surname ("Rep. Peter King of …", "Peter T. King of …").
  const vouched = nameStart > start || INITIAL.test(tokens[nameStart + 1]?.text ?? '');
  const given = ctx.gazetteer.givenName(first.text) !== undefined && (vouched || !ctx.gazetteer.commonWord(first.text) || !ctx.gazetteer.commonWord(last.text));
  if (end - nameStart >= 2 && given && !ORGANIZATION_WORDS.has(last.normal)) return true;
  // "Leung Yiu-chung of …": a name with a hyphenated given name the reference data lacks.
  if (syllabicName(tokens, nameStart, end)) return true;
  // "Mr. Varnick of the Sierra Club": an honorific and a surname name a person.
  if (end - nameStart === 1 && HONORIFICS.has(tokens[nameStart - 1]?.normal ?? '') && !ORGANIZATION_WORDS.has(last.normal)) return true;
  if (CORPORATE_SUFFIXES.has(last.normal)) return true;
  // "Ann Grove of West Virginia", "Xi Jinping of China": no head word makes the run an
  // institution ("Bank of", "Gulf of"), and what follows "of" is a known place.
  // A given name opening a longer name is no head word, even one that is also a title ("Earl
  // Wade Pruitt"); alone it may be one ("Duke of Edinburgh").
  const from = end - nameStart >= 2 && ctx.gazetteer.givenName(first.text) ? nameStart + 1 : nameStart;
  // A chamber is a head too: "House of Commons of Canada".
  const heads = tokens.slice(from, end).some((t) => headOrRole(t) || CHAMBERS_AFTER_THE.has(t.normal));
  if (heads || !placeAfterOf(ctx, end + 1)) return false;
  // "Senator Ann Grove, Republican of Ohio": a party or another common word before "of" and a
  // state describes the person named before it.
  return end - nameStart >= 2 || (end - nameStart === 1 && ctx.gazetteer.commonWord(first.text));
}

/**
 * True when the words [start, end) before a possessive name a person: a given name or an
 * honorific, then name words none of which is a common word ("Lena Ford's", "Mr. Varnick's"; not
 * "Ashford County Sheriff's", "Westbury Children's"); or one word that is the surname of a person
 * the text has named in full before ("Kessin's Avenue Capital Group" after "Marc Kessin").
 */
export function ownerIsPerson(ctx: Context, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  const first = tokens[start] as Token;
  if (end - start === 1) return namedInFullBefore(ctx, start);
  // "Prime Minister Narendra Modi's Bharatiya Janata Party": a role before the name says whose
  // it is; not a royal's or a saint's, after whom institutions are named ("King Edward's School").
  const nameStart = titleEnd(ctx, start, end);
  if (nameStart > start && nameStart < end && !NAMESAKE_TITLES.has(first.normal) && !SAINT_WORD.test(first.text)) return true;
  if (end - start < 2 || !(HONORIFICS.has(first.normal) || (ctx.gazetteer.givenName(first.text) !== undefined && !ctx.gazetteer.commonWord(first.text)))) return false;
  for (let i = start + 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(t.text) || ctx.gazetteer.commonWord(t.text) || ctx.gazetteer.places(t.text).some((p) => p.kind !== 'city')) return false;
  }
  return true;
}

/** Titles of those after whom institutions are named in the possessive ("King's College", "Queen Mary's Hospital"), besides saints. */
const NAMESAKE_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'duke', 'duchess']);

/**
 * True when the word at `at` follows a plain given name (no common word) somewhere before it,
 * right after it or past a middle name ("Marc Kessin … Kessin", "Ruth Bader Ginsburg …
 * Ginsburg").
 */
function namedInFullBefore(ctx: Context, at: number): boolean {
  const tokens = ctx.doc.tokens;
  const surname = (tokens[at] as Token).text;
  const plainGivenName = (t: Token | undefined) => t !== undefined && ctx.gazetteer.givenName(t.text) !== undefined && !ctx.gazetteer.commonWord(t.text);
  for (let i = 1; i < at; i++) {
    const t = tokens[i] as Token;
    if (t.text !== surname || !t.sameLine) continue;
    const before = tokens[i - 1] as Token;
    if (plainGivenName(before) || (i >= 2 && before.sameLine && /^\p{Lu}/u.test(before.text) && plainGivenName(tokens[i - 2]))) return true;
  }
  return false;
}

/**
 * True when the words [start, end), before "of the" and a body's name, name a person: "Carol
 * Lee of the Wall Street Journal" (a given name, even one that is a common word, and no head
 * word: not "Grace Church of the Nazarene"), "Ginsburg of the Supreme Court" (the surname of a
 * person named in full before).
 */
export function personBeforeBody(ctx: Context, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  const nameStart = titleEnd(ctx, start, end);
  // Not a common word after a name that is also a given name ("the German War of the …").
  if (end - nameStart === 1) return !ctx.gazetteer.commonWord((tokens[nameStart] as Token).text) && namedInFullBefore(ctx, nameStart);
  const words = tokens.slice(nameStart, end);
  if (words.some(headOrRole)) return false;
  if (ctx.gazetteer.givenName((tokens[nameStart] as Token).text) !== undefined) return true;
  // "opposition leader Nawaz Sharif of the Muslim League": after a role, two or three words none
  // of which is a common word name a person too, whose given name the reference data lacks.
  const titled = nameStart > start || ROLE_NOUNS.has(tokens[start - 1]?.normal ?? '');
  if (titled && words.length <= 3 && !words.some((t) => ctx.gazetteer.commonWord(t.text))) return true;
  // "Qiaomei Fu of the Institute of …": untitled, two or three words shaped as names, none a
  // common word, place or people, are a person's full name too.
  return words.length >= 2 && words.length <= 3 && unfamiliarNameWords(words, ctx.gazetteer);
}

/** True for a body's or a place's head word or a role noun: a word that makes a run no one's name. */
function headOrRole(t: Token): boolean {
  return ORGANIZATION_WORDS.has(t.normal) || PLACE_WORDS.has(t.normal) || ROLE_NOUNS.has(t.normal);
}

/** True when a country, a region or a city of some size (only a country or region, `territoryOnly`) is named from `at` (one to three words: "West Virginia"). */
export function placeAfterOf(ctx: Context, at: number, territoryOnly = false): boolean {
  const tokens = ctx.doc.tokens;
  const first = tokens[at];
  if (!first) return false;
  for (let n = 1; n <= 3 && at + n <= tokens.length; n++) {
    const last = tokens[at + n - 1] as Token;
    if (n > 1 && !last.sameLine) break;
    const text = ctx.doc.text.slice(first.start, last.end);
    if (ctx.gazetteer.places(text).some((p) => (territoryOnly ? p.kind === 'country' || p.kind === 'region' : p.kind !== 'city' || (p.population ?? 0) >= 100_000))) return true;
  }
  return false;
}
