/**
 * Which of several places of one name an article means: the one in the country the article's
 * other places are in. "Aurora" beside Denver is Aurora, Colorado, not the Philippine province
 * the reference data ranks first; "Georgia" beside Atlanta is the state.
 */
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { TypedCandidate } from '../mentions/classify-candidates.js';
import { titleCase } from '../mentions/letter-case.js';

/** Mentions of places in one country the article must make before its homonyms are read there. */
const MIN_COUNTRY_MENTIONS = 2;
/** Smallest town taken over a homonym elsewhere because the article is in its country. */
const MIN_LOCAL_POPULATION = 50_000;
/** Smallest size of a local namesake, as a share of the place it would replace. */
const MIN_SIZE_RATIO = 0.2;
/** A city this large keeps its own name: "Paris" in an American article is still Paris. */
const WORLD_CITY_POPULATION = 1_000_000;

function lookupText(c: TypedCandidate): string {
  return c.inCapsLine ? titleCase(c.text) : c.text;
}

/** The country most of the article's unambiguous place mentions are in, if any is clear. */
function articleCountry(places: readonly TypedCandidate[], gazetteer: Gazetteer): string | undefined {
  const counts = new Map<string, number>();
  for (const c of places) {
    const records = gazetteer.places(lookupText(c));
    const only = records.length === 1 ? records[0] : undefined;
    if (only?.country) counts.set(only.country, (counts.get(only.country) ?? 0) + 1);
  }
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

/**
 * A function giving each place mention its reference place: the one its evidence chose (or the
 * first known), unless a homonym of some size lies in the article's country and the chosen one
 * is neither a country nor a world city.
 */
export function placeResolver(places: readonly TypedCandidate[], gazetteer: Gazetteer): (c: TypedCandidate) => PlaceRecord | undefined {
  const country = articleCountry(places, gazetteer);
  return (c) => {
    const chosen = c.evidence.place ?? gazetteer.places(c.text)[0];
    if (!chosen || !country || chosen.country === country || chosen.kind === 'country' || chosen.kind === 'continent') return chosen;
    if ((chosen.population ?? 0) >= WORLD_CITY_POPULATION) return chosen;
    // Not a small namesake of a large city: Athens, Georgia (127,000) does not stand in for Athens.
    const floor = Math.max(MIN_LOCAL_POPULATION, (chosen.population ?? 0) * MIN_SIZE_RATIO);
    const local = gazetteer.places(lookupText(c)).find((p) => p.country === country && (p.kind === 'region' || (p.population ?? 0) >= floor));
    return local ?? chosen;
  };
}
