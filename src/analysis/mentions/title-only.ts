/**
 * Runs of capitalised words that are a title and name no one: an office addressed ("Mr.
 * President"), a pageant's title ("Miss Universe"), a public office with its place or body
 * ("the Ohio Governor", "New York City Comptroller").
 */
import { isTerritory } from '../../gazetteer/gazetteer.js';
import type { Token } from '../../nlp/document.js';
import { NAME_CONNECTORS, OFFICE_NOUNS } from '../lexicon/cue-words.js';
import { isAllCaps } from './letter-case.js';
import { INITIAL } from './name-parts.js';
import type { Context } from './name-words.js';

/** Forms of address written before an office ("Mr. President", "Madam Chairwoman"). */
const ADDRESS_FORMS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'madame', 'sir']);

/**
 * Words of the offices addressed so beside {@link OFFICE_NOUNS}: "Chief Justice", "Vice
 * President". Not "Speaker": annotated text counts "Madam Speaker" as the person who presides.
 */
const ADDRESSED_OFFICE_WORDS = new Set(['chief', 'justice', 'vice']);

/**
 * True when the run [start, end) is "Miss" and one word no one is named, a common word or a
 * country or region ("Miss Universe", "Miss America", "Miss Texas"): a pageant's title. Not a
 * word that is a given name too ("Miss Jordan").
 */
export function pageantTitle(ctx: Context, start: number, nameStart: number, end: number): boolean {
  const word = ctx.doc.tokens[nameStart] as Token;
  if (ctx.doc.tokens[start]?.normal !== 'miss' || nameStart !== start + 1 || end !== nameStart + 1 || ctx.gazetteer.givenName(word.text) !== undefined) return false;
  return ctx.gazetteer.commonWord(word.text) || ctx.gazetteer.places(word.text).some(isTerritory);
}

/** True when the run [start, end) is a form of address and then the words of an office only. */
export function addressedOffice(tokens: readonly Token[], start: number, end: number): boolean {
  if (!ADDRESS_FORMS.has((tokens[start] as Token).normal)) return false;
  for (let k = start + 1; k < end; k++) {
    const normal = (tokens[k] as Token).normal;
    if (!OFFICE_NOUNS.has(normal) && !ADDRESSED_OFFICE_WORDS.has(normal)) return false;
  }
  return true;
}

/**
 * True when the run [start, end) of two words or more ends in a public office and holds no part
 * of a person's name before it (no given name, no initial: "Amy Chancellor" is a person), nor
 * a small word of a name written head first ("Office of the Mayor").
 */
export function officeOnly(ctx: Context, start: number, end: number): boolean {
  const { tokens } = ctx.doc;
  const last = tokens[end - 1] as Token;
  if (end - start < 2 || !OFFICE_NOUNS.has(last.normal) || isAllCaps(last.text)) return false;
  for (let i = start; i < end - 1; i++) {
    const t = tokens[i] as Token;
    if (ctx.gazetteer.givenName(t.text) !== undefined || INITIAL.test(t.text) || NAME_CONNECTORS.has(t.text)) return false;
  }
  return true;
}
