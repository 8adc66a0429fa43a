/**
 * The people of a place named in the plural after it ("Iowans", "Floridians", "Clevelanders"):
 * demonyms the nationality data does not hold, read from the reference data's own place names.
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';

/** Endings that make the people of a place from its name, and what the name may lose to them ("Iowa" → "Iowans", "Florida" → "Floridians", "Kentucky" → "Kentuckians"). */
const RESIDENT_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ians', ['', 'a', 'y']],
  ['ans', ['', 'a']],
  ['ns', ['']],
  ['ers', ['']],
  ['rs', ['']],
];
/** Shortest place name read inside such a word ("Ohio"). */
const MIN_RESIDENT_STEM = 4;
/** Smallest city whose people are named after it ("Clevelanders", "Bostonians"). */
const MIN_RESIDENT_CITY = 100_000;

/**
 * True when `word` names, in the plural, the people of a country, a region or a city of some
 * size ("Iowans", "Ohioans", "Floridians", "Vermonters", "Clevelanders"): a demonym the
 * nationality data does not hold.
 */
export function residentsOfPlace(gazetteer: Gazetteer, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  for (const [ending, restored] of RESIDENT_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    for (const tail of restored) {
      const stem = word.slice(0, -ending.length) + tail;
      if (stem.length >= MIN_RESIDENT_STEM && gazetteer.places(stem).some((p) => p.kind === 'region' || p.kind === 'country' || (p.population ?? 0) >= MIN_RESIDENT_CITY)) return true;
    }
  }
  return false;
}
