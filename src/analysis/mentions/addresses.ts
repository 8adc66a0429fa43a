/**
 * Addresses written in running text or in a signature ("One Sullivan Road Holyoke, MA 01040",
 * "Umir Hussain, 24, London E17"): where the run of capitalised name words must stop so that the
 * street, the town and the name after them are found apart.
 */
import type { Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { ORGANIZATION_WORDS, PLACE_WORDS } from '../lexicon/cue-words.js';
import { startsCapitalised } from '../../support/code-unit.js';

/** A postal district of a town: a letter or two and a number ("E17", "SW1A", "B5"). */
const POSTAL_DISTRICT = /^\p{Lu}{1,2}\d{1,2}\p{Lu}?$/u;

/**
 * Head words of streets, which an address may follow with its town and no comma. Not "St.",
 * which is as often "Saint" ("Clyst St. Mary").
 */
const STREET_HEADS = new Set(['street', 'road', 'rd.', 'avenue', 'ave.', 'lane', 'drive', 'court', 'boulevard', 'blvd.', 'terrace']);

/** True when `t` is a postal district written after its town ("London E17", "Birmingham B5"). */
export function postalDistrictAfterTown(tokens: readonly Token[], t: Token, gazetteer: Gazetteer): boolean {
  if (!POSTAL_DISTRICT.test(t.text) || t.index === 0) return false;
  return gazetteer.places((tokens[t.index - 1] as Token).text).length > 0;
}

/**
 * True when the run ending before token `at` ends in a street's head word and `at` is a town or
 * region of the reference data that no further name word follows ("Sullivan Road | Holyoke, MA"),
 * not a head word that goes on with the name ("Georgian Court University").
 */
export function townAfterStreet(tokens: readonly Token[], at: number, gazetteer: Gazetteer): boolean {
  const street = tokens[at - 1];
  const town = tokens[at];
  const after = tokens[at + 1];
  if (!street || !STREET_HEADS.has(street.normal) || !town || !town.sameLine) return false;
  if (after !== undefined && after.sameLine && after.type === 'word' && startsCapitalised(after.text)) return false;
  if (ORGANIZATION_WORDS.has(town.normal) || PLACE_WORDS.has(town.normal)) return false;
  return gazetteer.places(town.text).some((p) => p.kind === 'city' || p.kind === 'region');
}
