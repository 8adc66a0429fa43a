/**
 * Sports clubs named by a word before their town, the way continental Europe names them: "FC
 * Utrecht", "AC Milan", "PSV Eindhoven", "Bayern Munich", "Sparta Rotterdam". The mirror of a
 * club named by its town and a nickname ("Ashford Rovers": evidence-cues.ts, teamEvidence).
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { NlpDocument, Token } from '../../nlp/document.js';
import { COMPASS_POINTS, ORGANIZATION_WORDS } from '../lexicon/cue-words.js';
import { isSportsCopy } from './sports-teams.js';

/**
 * Abbreviations that open a club's name in many languages (football club, athletic club, sports
 * club, association for physical exercise …). Not "SC", "AS", "US" or "CD", which are also
 * a state, a preposition, a country and a disc.
 */
const CLUB_ABBREVIATIONS = new Set(['fc', 'afc', 'ac', 'cf', 'sv', 'vfb', 'vfl', 'tsv', 'fsv', 'ssc', 'pfc', 'fk', 'nk', 'hnk', 'sk', 'ud', 'rcd']);
/** A word of letters only, and none that names a part of a town ("Midtown", "Downtown"). */
const CLUB_WORD = /^\p{L}+$/u;
const TOWN_PART = /town$/iu;
/** A town this large is a club's home after an unknown word in sports copy; smaller ones are surnames as often. */
const CLUB_HOME_POPULATION = 100_000;

/**
 * True when `words` name a club by a word before its town: a club abbreviation before any town
 * ("FC Utrecht"), or in sports copy an unknown word, an acronym or a region before a town of 100,000
 * ("Sparta Rotterdam", "PSV Eindhoven", "Bayern Munich"): no common word ("Greater London",
 * "Downtown Chicago"), given name ("Liz Austin"), people's name, part of a town ("Midtown
 * Manhattan"), country or large town, and not a place's whole name; letters only ("D-200
 * Houston" is an address).
 */
export function isClubBeforeTown(doc: NlpDocument, gazetteer: Gazetteer, text: string, words: readonly Token[]): boolean {
  if (words.length !== 2) return false;
  const [first, town] = words as [Token, Token];
  if (gazetteer.places(text).length > 0) return false;
  const homes = gazetteer.places(town.text).filter((p) => p.kind === 'city');
  if (homes.length === 0) return false;
  if (CLUB_ABBREVIATIONS.has(first.normal)) return true;
  if (!homes.some((p) => (p.population ?? 0) >= CLUB_HOME_POPULATION) || !isSportsCopy(doc)) return false;
  const word = first.text;
  if (!CLUB_WORD.test(word) || TOWN_PART.test(word)) return false;
  // A region before a town names a club too ("Bayern Munich"): no place is written so.
  const bigPlace = gazetteer.places(word).some((p) => p.kind === 'country' || p.kind === 'continent' || (p.kind === 'city' && (p.population ?? 0) >= CLUB_HOME_POPULATION));
  return !bigPlace && !gazetteer.commonWord(word) && gazetteer.givenName(word) === undefined && gazetteer.demonym(word) === undefined && !ORGANIZATION_WORDS.has(first.normal) && !COMPASS_POINTS.has(first.normal);
}
