/**
 * Stage: places named inside organization names. "University of California", "U.S. Congress",
 * "San Francisco Bulletin" and "Boston Red Sox" each name a place as well as an organization;
 * a reader mapping an article expects California, the United States, San Francisco and Boston
 * among its places. Each such place becomes a mention of its own, marked as nested, beside the
 * organization's mention (which keeps its whole name).
 */
import { isTerritory, type Gazetteer, type PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { NlpDocument, Token } from '../../nlp/document.js';
import { ORGANIZATION_OPENERS, ORGANIZATION_WORDS, PLACE_WORDS } from '../lexicon/cue-words.js';
import { nameWords, typedCandidate, type TypedCandidate } from './classify-candidates.js';
import { newEvidence } from './evidence-record.js';
import { titleCase } from './letter-case.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { longestRunAt } from './longest-run.js';
import { F } from './features.js';
import { SAINT_WORD } from './name-parts.js';

/** Longest place name looked for inside an organization's name, in tokens ("Rio de Janeiro"). */
const MAX_PLACE_TOKENS = 4;
/**
 * Smallest city taken from inside an organization's name. Smaller towns share their names with
 * surnames and founders too often ("Stanford University", "Duke Energy").
 */
const MIN_CITY_POPULATION = 100_000;
/** A city this large is meant even when its name is also a given name ("Boston Children's Hospital"). */
const MAJOR_CITY_POPULATION = 500_000;
const CONNECTOR = /^(of|the|de|del|da|do|dos|das|di|du|des|la|le|los|las|and|&|for|at|in|on|upon|-)$/iu;
const AWARD_WORDS = /\b(awards?|prizes?|medals?|trophy|cup)\b/iu;
const PARTY = /\bpart(?:y|ies)\b/iu;
/**
 * Words of a political movement's name. Such a body names its country or region after "of",
 * "in" or "for" as a claim ("Christian Democratic Union of Germany", "Front for the Liberation
 * of Ruritania"); a place before them is still where it acts ("Florida's Democratic delegation").
 */
const MOVEMENT = /\b(?:democrats?|democratic|socialists?|communists?|liberation|nationalists?|conservatives?|labou?r|liberals?|workers)\b/iu;
/** The small words before a place a movement's name claims. */
const CLAIM_BEFORE = new Set(['of', 'in', 'for']);
/** "Southwest Airlines", "Northwestern University": a compass word names no particular region here. */
const COMPASS = /^(north|south|east|west|northeast|northwest|southeast|southwest)(ern)?$/iu;

/** True when the reference place is one a reader would map from inside a name. */
function notable(place: PlaceRecord): boolean {
  if (isTerritory(place)) return true;
  return (place.population ?? 0) >= MIN_CITY_POPULATION;
}

/**
 * The places inside each organization name, as extra candidates typed `place` and marked
 * `nested`. Teams named after their home are left whole. A one-word city that names a person in
 * the article, or a smaller city whose name is also a given name, is skipped ("Lincoln Center",
 * "Jackson Memorial Hospital"): such institutions are mostly named after people; countries and
 * regions are kept ("Georgia Tech").
 */
export function nestedPlaces(doc: NlpDocument, gazetteer: Gazetteer, typed: readonly TypedCandidate[]): TypedCandidate[] {
  const personWords = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'person') continue;
    for (let i = c.tokenStart; i < c.tokenEnd; i++) personWords.add((doc.tokens[i] as Token).text);
  }
  const found: TypedCandidate[] = [];
  for (const c of typed) {
    // A team named after its home ("Manchester City", "Boston Red Sox") stands for the club;
    // sports copy repeats such names in every result line.
    // Events are named after places too: "Berlin International Film Festival", "Vietnam War".
    // Awards are mostly named after people ("Stirling Prize", "César Award").
    // (The words are searched only for the candidates they may rule out: most are people.)
    const host = c.type === 'organization' || (c.type === undefined && c.evidence.event === true && !AWARD_WORDS.test(c.text));
    // A side in sports copy ("PSV Eindhoven") is named after its home too.
    // A party's name claims its country or region ("Liberal Party of Canada", "Ontario New
    // Democratic Party"); it names no place where anything happens.
    // So does a group named by a plural and its country ("Families Ruritania").
    if (!host || c.tokenEnd - c.tokenStart < 2 || PARTY.test(c.text) || c.evidence.fired.includes(F.groupOfCountry) || c.evidence.namedAfterPlace || c.evidence.rule === 'sports-sides' || namedAfterPerson(doc, gazetteer, c)) continue;
    const movement = MOVEMENT.test(c.text);
    let i = c.tokenStart;
    while (i < c.tokenEnd) {
      const match = placeAt(doc, gazetteer, c, i, personWords);
      if (!match || (movement && CLAIM_BEFORE.has(doc.tokens[i - 1]?.normal ?? ''))) {
        i++;
        continue;
      }
      found.push(match);
      i = match.tokenEnd;
    }
  }
  return found;
}

/**
 * "Santiago Bernabéu", "Lincoln Douglas": a given name and one more word with no head word is a
 * person's name on a building or a body, not a place inside it.
 */
function namedAfterPerson(doc: NlpDocument, gazetteer: Gazetteer, c: TypedCandidate): boolean {
  const words = nameWords(doc, c);
  if (words.length !== 2) return false;
  const [first, last] = words as [Token, Token];
  // A country or region is meant even when it is a given name too ("Malaysia Tourism").
  const territory = gazetteer.places(first.text).some((p) => p.kind !== 'city');
  return gazetteer.givenName(first.text) !== undefined && !territory && !ORGANIZATION_WORDS.has(last.normal) && !PLACE_WORDS.has(last.normal);
}

/** The longest notable place starting at token `from` inside the organization name `org`. */
function placeAt(doc: NlpDocument, gazetteer: Gazetteer, org: TypedCandidate, from: number, personWords: ReadonlySet<string>): TypedCandidate | undefined {
  const tokens = doc.tokens;
  const first = tokens[from] as Token;
  if (!startsCapitalised(first.text) || CONNECTOR.test(first.text)) return undefined;
  const run = longestRunAt(doc, from, org.tokenEnd, gazetteer.opensPlaceName(first.text) ? MAX_PLACE_TOKENS : 1, (written, end) => {
    // The organization's whole name is the organization, not a place inside it.
    if (from === org.tokenStart && end === org.tokenEnd) return undefined;
    const last = tokens[end - 1] as Token;
    if (!startsCapitalised(last.text) || CONNECTOR.test(last.text)) return undefined;
    // Names written across a line break or with stray punctuation are not one place.
    if (/[\n\r,;:()"“”]/u.test(written)) return undefined;
    const lookup = org.inCapsLine ? titleCase(written) : written;
    if (COMPASS.test(lookup)) return undefined;
    const place = gazetteer.places(lookup).find(notable);
    if (!place) return undefined;
    const city = !isTerritory(place);
    const major = (place.population ?? 0) >= MAJOR_CITY_POPULATION;
    if (city && end - from === 1 && (personWords.has(first.text) || (!major && gazetteer.givenName(first.text)))) return undefined;
    // "Kessin Enterprise Institute", "Westbury Bay Gazette": a common word inside a name is the
    // name's word, though a district or a town somewhere bears it; a country is still meant
    // ("Turkey Football Federation"), as is a city of half a million.
    if (end - from === 1 && !major && place.kind !== 'country' && place.kind !== 'continent' && gazetteer.commonWord(first.text)) return undefined;
    // "St. Elizabeth Hospital", "Saint Mary's School": hospitals, churches and schools are named
    // after saints, whatever parish or province bears the name too; a city or a country is still
    // meant ("St. Louis Cardinals", "St. Lucia Tourism Authority").
    if (place.kind === 'region' && lookup.includes(' ') && SAINT_WORD.test(lookup.slice(0, lookup.indexOf(' ')))) return undefined;
    // "University of Tampa", "Goethe University Frankfurt", "Vrije Universiteit Amsterdam": a town
    // closing the name comes after a small word or the body's head word, in English or another
    // language; after another word it is part of the name ("Lok Sabha" is no town of Libya,
    // Sabha; "Coalition Avenir Québec").
    const before = tokens[from - 1] as Token;
    if (city && end === org.tokenEnd && from > org.tokenStart && !CONNECTOR.test(before.text) && !ORGANIZATION_WORDS.has(before.normal) && !ORGANIZATION_OPENERS.has(before.normal)) return undefined;
    return place;
  });
  if (!run) return undefined;
  const last = tokens[run.end - 1] as Token;
  const evidence = newEvidence(0, 1, 0);
  evidence.place = run.value;
  evidence.rule = 'inside-organization-name';
  const candidate = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end), tokenStart: from, tokenEnd: run.end, inCapsLine: org.inCapsLine, nested: true };
  return typedCandidate(candidate, evidence, 'place');
}
