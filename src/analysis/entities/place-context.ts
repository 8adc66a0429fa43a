/**
 * Which of several places of one name an article means: the one in the country the article's
 * other places are in. "Aurora" beside Denver is Aurora, Colorado, not the Philippine province
 * the reference data ranks first; "Georgia" beside Atlanta is the state.
 */
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { TypedCandidate } from '../mentions/classify-candidates.js';
import { titleCase } from '../mentions/letter-case.js';
import { F } from '../mentions/features.js';

/** Mentions of places in one country the article must make before its homonyms are read there. */
const MIN_COUNTRY_MENTIONS = 2;
/** Smallest town taken over a homonym elsewhere because the article is in its country. */
const MIN_LOCAL_POPULATION = 50_000;
/** Smallest size of a local namesake, as a share of the place it would replace. */
const MIN_SIZE_RATIO = 0.2;
/** A city this large keeps its own name: "Paris" in an American article is still Paris. */
const WORLD_CITY_POPULATION = 1_000_000;
/** Other regions of its country an article must name before a country's name is read as a region there. */
const MIN_SIBLING_REGIONS = 2;
/** Sure place mentions, all in one country, with which one other region of it reads a country's name as its region. */
const MIN_HOME_MENTIONS = 3;
/** Smallest city at home read for a world city of its name, and how near the article's sure places it must lie. */
const NEAR_HOME_CITY_POPULATION = 100_000;
const NEAR_HOME_KM = 300;
/** At most this many characters apart, two names stand beside each other ("Georgia and Ukraine"). */
const NEAR_CHARS = 12;

function lookupText(c: TypedCandidate): string {
  return c.inCapsLine ? titleCase(c.text) : c.text;
}

/** The article's place mentions whose country is certain, by country: how many, and under which names. */
function placesByCountry(places: readonly TypedCandidate[], gazetteer: Gazetteer): { counts: Map<string, number>; names: Map<string, Set<string>>; sure: PlaceRecord[] } {
  const counts = new Map<string, number>();
  const names = new Map<string, Set<string>>();
  const sure: PlaceRecord[] = [];
  for (const c of places) {
    const text = lookupText(c);
    const found = gazetteer.places(text);
    // An abbreviation ("Ky.") is known only through the record its evidence chose.
    const records = found.length === 0 && c.evidence.place ? [c.evidence.place] : found;
    // Homonyms all in one country still place the article there (two Louisvilles, both American).
    const only = records[0]?.country;
    if (!only || records.some((r) => r.country !== only)) continue;
    if (records.length === 1) sure.push(records[0] as PlaceRecord);
    counts.set(only, (counts.get(only) ?? 0) + 1);
    const seen = names.get(only) ?? new Set<string>();
    names.set(only, seen.add(text));
  }
  return { counts, names, sure };
}

/** Kilometres between two points of the earth (an equirectangular approximation, close enough at these distances). */
function kilometresBetween(a: PlaceRecord, b: PlaceRecord): number {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return Infinity;
  const radians = Math.PI / 180;
  const x = (b.lon - a.lon) * radians * Math.cos(((a.lat + b.lat) / 2) * radians);
  const y = (b.lat - a.lat) * radians;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The country most of the article's unambiguous place mentions are in, if any is clear. */
function articleCountry(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = MIN_COUNTRY_MENTIONS - 1;
  for (const [country, count] of counts) {
    if (count > bestCount) {
      best = country;
      bestCount = count;
    }
  }
  return best;
}

/** True when every word of a name is a common English word ("Long Island", "Most", "Southwest"). */
function namedLikeCommonWords(name: string, gazetteer: Gazetteer): boolean {
  return name.split(/[\s-]+/).every((word) => gazetteer.commonWord(word));
}

/**
 * A function giving each place mention its reference place: the one its evidence chose (or the
 * first known), unless a homonym of some size lies in the article's country and the chosen one
 * is neither a country nor a world city. A region abroad that nothing else in the article points
 * to gets no reference at all when a town at home shares its name or its name is common words:
 * the reference data holds many districts named like places it lacks ("Long Island" is only
 * a district of the Bahamas there), and a place shown without a country misleads less than one
 * shown in the wrong country. Regions with names of their own ("Lazio", "Lesbos") keep theirs.
 */
export function placeResolver(places: readonly TypedCandidate[], gazetteer: Gazetteer): (c: TypedCandidate) => PlaceRecord | undefined {
  const { counts, names, sure } = placesByCountry(places, gazetteer);
  const country = articleCountry(counts);
  // One sure place in one country is too little to move a homonym there, but enough to doubt a
  // district abroad that nothing else in the article points to.
  const hinted = country === undefined && counts.size === 1 ? [...counts.keys()][0] : undefined;
  // Every place the article is sure of lies in its country, and there are several.
  const allAtHome = country !== undefined && counts.size === 1 && (counts.get(country) ?? 0) >= MIN_HOME_MENTIONS;
  // Another name in the region's own country, or the country itself, vouches for it.
  const vouched = (record: PlaceRecord, text: string): boolean => {
    const seen = names.get(record.country ?? '');
    return seen !== undefined && seen.size > (seen.has(text) ? 1 : 0);
  };
  // "Georgia" among Ohio, Florida and Texas is the state: a country is read as a region of the
  // article's country when the article names other regions there and nothing in that country,
  // and no country abroad stands beside it ("the invasions of Georgia and Ukraine").
  const regionsAtHome = new Set(places.filter((c) => c.evidence.place?.kind === 'region' && c.evidence.place.country === country).map(lookupText));
  const besideCountryAbroad = (c: TypedCandidate): boolean =>
    places.some((other) => other !== c && Math.max(other.start - c.end, c.start - other.end) <= NEAR_CHARS && other.evidence.place?.kind === 'country' && other.evidence.place.country !== country);
  const regionAtHome = (c: TypedCandidate, chosen: PlaceRecord, text: string): PlaceRecord | undefined => {
    if (!country || chosen.kind !== 'country' || chosen.country === country || vouched(chosen, text)) return undefined;
    const region = gazetteer.places(text).find((p) => p.kind === 'region' && p.country === country);
    const siblings = regionsAtHome.size - (regionsAtHome.has(text) ? 1 : 0);
    // "… slammed into Florida … Fort Myers … Miami … move into Georgia": one other region will
    // do where every place the article is sure of lies at home, and there are several.
    return region && (siblings >= MIN_SIBLING_REGIONS || (siblings >= 1 && allAtHome)) && !besideCountryAbroad(c) ? region : undefined;
  };
  // "Seattle, Washington … Washington's legislature": a name the text once places by its town or
  // region is that place wherever else it stands.
  const located = new Map<string, PlaceRecord>();
  for (const c of places) if (c.evidence.located && c.evidence.place && !located.has(lookupText(c))) located.set(lookupText(c), c.evidence.place);
  // "NEW YORK (Reuters) -", "KUWAIT, Dec 6": a dateline names the town a story is filed from,
  // not the state or the country, and the state's name is that town's elsewhere in the story
  // ("reporting by … in New York"); a country's name stays the country ("Kuwait said").
  const datelineTowns = new Map<string, PlaceRecord>();
  for (const c of places) {
    const town = c.evidence.fired.includes(F.datelinePlace) ? datelineTown(c, gazetteer) : undefined;
    if (town) datelineTowns.set(placeNameAsWritten(c), town);
  }
  // "Curt Anderson in St. Petersburg" in a story of Florida's towns: a city of some size at home,
  // near the places the article is sure of, rather than the world city of that name in a country
  // the article never names (Saint Petersburg, Russia). Not "Paris" in a Texas story: Paris,
  // Texas is a small town.
  // (Read only for a world city abroad: with every sure place at home, its country goes unnamed.)
  const cityNearHome = (homonyms: readonly PlaceRecord[]): PlaceRecord | undefined =>
    allAtHome
      ? homonyms.find((p) => p.kind === 'city' && p.country === country && (p.population ?? 0) >= NEAR_HOME_CITY_POPULATION && sure.some((home) => kilometresBetween(home, p) <= NEAR_HOME_KM))
      : undefined;
  return (c) => {
    const chosen = (c.evidence.located ? undefined : located.get(lookupText(c))) ?? c.evidence.place ?? gazetteer.places(c.text)[0] ?? cityWithoutCity(lookupText(c), gazetteer);
    const town = chosen?.kind === 'region' || c.evidence.fired.includes(F.datelinePlace) ? datelineTowns.get(placeNameAsWritten(c)) : undefined;
    if (town) return town;
    const region = chosen && regionAtHome(c, chosen, lookupText(c));
    if (region) return region;
    // "Gaza" beside Nablus: the homonym in a country the article names elsewhere, where the one
    // ranked first lies in a country it never names (a province of Mozambique); not a small
    // namesake (Athens, Georgia, for Athens; a town of New Hampshire for Derry).
    const elsewhere = chosen && abroadUnnamed(chosen, counts) ? gazetteer.places(lookupText(c)).find((p) => p.kind !== 'country' && p.country !== undefined && counts.has(p.country) && (p.kind === 'region' || (p.population ?? 0) >= localFloor(chosen))) : undefined;
    if (elsewhere) return elsewhere;
    // "Portsmouth" in a story that names only New Hampshire: the English district, or a town
    // there? Shown without a country rather than in the wrong one.
    if (chosen && hinted && chosen.kind === 'region' && chosen.country !== hinted && gazetteer.places(lookupText(c)).some((p) => p.country === hinted)) return undefined;
    if (!chosen || !country || chosen.country === country || chosen.kind === 'country' || chosen.kind === 'continent') return chosen;
    const text = lookupText(c);
    const homonyms = gazetteer.places(text);
    if ((chosen.population ?? 0) >= WORLD_CITY_POPULATION) return cityNearHome(homonyms) ?? chosen;
    const local = homonyms.find((p) => p.country === country && (p.kind === 'region' || (p.population ?? 0) >= localFloor(chosen)));
    if (local) return local;
    if (chosen.kind !== 'region' || vouched(chosen, text)) return chosen;
    // A small town at home makes an unvouched district abroad a guess (Derry, New Hampshire, or
    // the Northern Irish district?); so do names in common words.
    const townAtHome = homonyms.some((p) => p.country === country);
    return townAtHome || namedLikeCommonWords(text, gazetteer) ? undefined : chosen;
  };
}

/**
 * The town a dateline's state or country names, which the reference data may file with "City"
 * after its name (New York City, Kuwait City); `undefined` when the dateline's place is a town.
 */
function datelineTown(c: TypedCandidate, gazetteer: Gazetteer): PlaceRecord | undefined {
  const text = placeNameAsWritten(c);
  const records = gazetteer.places(text);
  const chosen = c.evidence.place ?? records[0];
  if (chosen?.kind !== 'region' && chosen?.kind !== 'country') return undefined;
  return [...records, ...gazetteer.places(`${text} City`)].find((p) => p.kind === 'city' && p.country === chosen.country);
}

/**
 * "Davao City", "Iloilo City": a place typed by its head word that the reference data files as a
 * city by its name alone; only a city of that name, not the province. (Read only for a name
 * already typed a place: "Manchester City" the club never comes here.)
 */
function cityWithoutCity(text: string, gazetteer: Gazetteer): PlaceRecord | undefined {
  const head = /^(.+\S) City$/u.exec(text)?.[1];
  return head === undefined ? undefined : gazetteer.places(head).find((p) => p.kind === 'city');
}

/** Smallest namesake that may stand in for `place`: Athens, Georgia (127,000) does not for Athens. */
function localFloor(place: PlaceRecord): number {
  return Math.max(MIN_LOCAL_POPULATION, (place.population ?? 0) * MIN_SIZE_RATIO);
}

/** True when a place of no world city's size lies in a country the article names nowhere else. */
function abroadUnnamed(place: PlaceRecord, counts: ReadonlyMap<string, number>): boolean {
  return place.kind !== 'country' && place.kind !== 'continent' && place.country !== undefined && !counts.has(place.country) && (place.population ?? 0) < WORLD_CITY_POPULATION;
}

/** A place's name when the reference data gives none: "BEDFORD" or "VAIL" in a dateline is "Bedford", "Vail". */
export function placeNameAsWritten(c: TypedCandidate): string {
  return c.inCapsLine || /^\p{Lu}{5,}$/u.test(c.text) || c.evidence.fired.includes(F.datelinePlace) ? titleCase(c.text) : c.text;
}
