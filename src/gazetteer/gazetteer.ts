/**
 * The gazetteer: reference data about places, demonyms and given names, compiled at build time
 * into generated/gazetteer.tsv (format: ./index-format.ts) and loaded once per process.
 */
import { readFileSync } from 'node:fs';
import type { PlaceKind } from '../report.js';
import { CAPITAL_CODE, encodeIndex, parseIndex, type GazetteerData, type Section, type SectionName } from './index-format.js';
import { foldKey, givenNameKey, nameKey, titleCaseKey, unshout } from './normalize.js';
import { PACKAGE_ROOT } from '../support/package-root.js';

export type { PlaceKind } from '../report.js';
export type { GazetteerData, PlaceSource } from './index-format.js';

/** A place the reference data knows. */
export interface PlaceRecord {
  /** Canonical English name, e.g. "United States". */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country (for a country, its own code). */
  country?: string;
  lat?: number;
  lon?: number;
  /** Inhabitants, for cities; lets callers weigh small towns named like common words. */
  population?: number;
  /** A country's capital city, which stands for its government ("Washington said"). */
  capital?: true;
}

/** What the reference data says of a given name. */
export interface GivenName {
  gender: 'female' | 'male' | 'both';
  /** For a name of both genders, the one most who bear it have ("Dana": female), if known. */
  lean?: 'female' | 'male';
  /** A rare name that is also a common word ("Mitt", "Captain"): a name inside a full name only. */
  rare?: true;
}

/** Questions the analysis asks of the reference data. */
export interface Gazetteer {
  /**
   * Places a name may refer to, best first (countries, continents, then regions and cities by
   * size; a city comes before a same-named region of its own country). Case-sensitive on the
   * written form but tolerant of "U.S."/"US", curly apostrophes, missing diacritics ("Zurich")
   * and all-capitals datelines ("MOSCOW"). "City, Region" or "City, Country" ("Paris, Texas")
   * gives the places of the first part inside that country. Returns [] when unknown.
   */
  places(name: string): readonly PlaceRecord[];
  /**
   * A demonym, nationality or language adjective: "Russian", "Russians", "British" with their
   * country's code; "English", "Latin" (languages) without one.
   */
  demonym(word: string): { country?: string } | undefined;
  /**
   * Gender data for a capitalized given name ("Vladimir" → male, "Jordan" → both); undefined
   * for unknown or lower-case words ("will", "may").
   */
  givenName(word: string): GivenName | undefined;
  /** True when the word, in any case, is a common English word ("grammar", "early", "smith"). */
  commonWord(word: string): boolean;
  /** True when the word is an ISO 4217 currency code as written ("USD", "DKK"). */
  currency(word: string): boolean;
  /** True when the word is a time zone's abbreviation as written ("EDT", "GMT"). */
  timeZone(word: string): boolean;
  /**
   * True when the name, exactly as written (curly apostrophes allowed), is that of a known
   * organization or brand ("Google", "Deutsche Bank"). Names that are also common words,
   * given names or places ("Shell", "Norton") are not on the list: context decides those.
   */
  organization(name: string): boolean;
  /**
   * False when no place's name of several words begins with this word (as {@link places} would
   * look it up, also un-shouted): then no run of words starting with it is worth looking up
   * ("Secretary of State Ann Garrow", "Mr. Smith"). True promises no place, only that one may
   * begin so ("New").
   */
  opensPlaceName(word: string): boolean;
}

/** Where {@link loadGazetteer} reads the index: generated/ at the package root. */
export const GAZETTEER_FILE = new URL('generated/gazetteer.tsv', PACKAGE_ROOT);

const KINDS: Readonly<Record<string, PlaceKind>> = {
  c: 'country',
  r: 'region',
  t: 'city',
  k: 'continent',
  p: 'place',
  // A capital city (see CAPITAL_CODE in index-format.ts).
  T: 'city',
};
const GENDERS = { f: 'female', m: 'male', b: 'both' } as const;
/** Given names of both genders by the gender most who bear them have ("Dana", "Chris"). */
const LEANS = { F: 'female', M: 'male' } as const;
/** Genders of the rare names that are also common words. */
const RARE = { x: 'male', y: 'female' } as const;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** What may stand between the words of a place's key (dots are removed from keys). */
const WORD_SEPARATORS = [' ', '-', "'", ','];

/** Builds a gazetteer over index text (as written by scripts/build-gazetteer.mjs or {@link encodeIndex}). */
export function createGazetteer(indexText: string): Gazetteer {
  return new IndexGazetteer(parseIndex(indexText));
}

/** Builds a small gazetteer from in-memory data, for tests of the stages that use one. */
export function gazetteerFromData(data: GazetteerData): Gazetteer {
  return createGazetteer(encodeIndex(data));
}

let loaded: Gazetteer | undefined;

/**
 * The gazetteer built from generated/gazetteer.tsv, read on first call (a few milliseconds)
 * and shared afterwards. Throws if the index has not been built (`npm run build:data`).
 */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  let text: string;
  try {
    text = readFileSync(GAZETTEER_FILE, 'utf8');
  } catch (cause) {
    throw new Error(`gazetteer index missing at ${GAZETTEER_FILE.pathname}; run \`npm run build:data\``, { cause });
  }
  loaded = createGazetteer(text);
  return loaded;
}

/** True for a country, a region (state, province) or a continent: a territory, not a town. */
export function isTerritory(place: PlaceRecord): boolean {
  return place.kind === 'country' || place.kind === 'region' || place.kind === 'continent';
}

/** Answers kept per lookup kind; names repeat within and across articles, so a bounded memo pays. */
const MEMO_LIMIT = 50_000;

/**
 * Stores an answer in a bounded memo, cleared when full, which keeps memory flat over any number
 * of articles. Lookups read the map directly: they run several hundred thousand times per
 * 2,000 articles, so no closure is made per call; `null` stands for a remembered "unknown".
 */
function remember<T>(store: Map<string, T>, key: string, value: T): T {
  if (store.size >= MEMO_LIMIT) store.clear();
  store.set(detach(key), value);
  return value;
}

/**
 * A copy of `text` that does not hold on to the string it was cut from. V8 keeps a slice of a
 * long string as a view of it, so a memo keyed by "Vladimir Putin" cut from an article would
 * keep the whole article alive until the memo is cleared: measured, 2.5 KB per article, memory
 * growing without end over a corpus. Prefixing makes a new string; taking the prefix off again
 * slices that copy, not the article.
 */
function detach(text: string): string {
  return ` ${text}`.slice(1);
}

/** Capitals each followed by a stop: "E.U.", "U.N.", "F.B.I.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

class IndexGazetteer implements Gazetteer {
  private readonly cache = new Map<number, PlaceRecord>();
  private readonly placeMemo = new Map<string, readonly PlaceRecord[]>();
  private readonly demonymMemo = new Map<string, { country?: string } | null>();
  private readonly givenMemo = new Map<string, GivenName | null>();
  private readonly commonMemo = new Map<string, boolean>();
  private readonly openerMemo = new Map<string, boolean>();
  // Currency codes (about 170) and organization names (a few thousand) are asked of nearly every
  // candidate, some 80,000 times over 840 articles: as sets, made on first use, each answer is one
  // hash lookup instead of a binary search over the index text.
  private currencies: ReadonlySet<string> | undefined;
  private timeZones: ReadonlySet<string> | undefined;
  private organizations: ReadonlySet<string> | undefined;

  constructor(private readonly index: Record<SectionName, Section>) {}

  places(name: string): readonly PlaceRecord[] {
    const hit = this.placeMemo.get(name);
    if (hit !== undefined) return hit;
    const key = nameKey(name);
    return remember(this.placeMemo, name, this.withFallbacks(key, (k) => this.placesByKey(k)) ?? this.qualifiedPlaces(key));
  }

  /**
   * "Paris, France", "Fort Worth, Texas": the places called by the first part that lie in the
   * country of what the following parts name (each qualifier is tried, last first). When no
   * qualifier is known ("Springfield, Ill."), all places called by the first part.
   */
  private qualifiedPlaces(key: string): PlaceRecord[] {
    const [head = '', ...qualifiers] = key.split(/\s*,\s*/);
    if (qualifiers.length === 0) return [];
    const candidates = this.withFallbacks(head, (k) => this.placesByKey(k)) ?? [];
    for (const q of qualifiers.reverse()) {
      const country = (this.withFallbacks(q, (k) => this.placesByKey(k)) ?? [])[0]?.country;
      if (country) return candidates.filter((p) => p.country === country && p.kind !== 'country');
    }
    return candidates;
  }

  demonym(word: string): { country?: string } | undefined {
    const hit = this.demonymMemo.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const country = this.withFallbacks(nameKey(word), (k) => this.index.demonyms.value(k));
    // "-": a language, which belongs to no one country.
    return remember(this.demonymMemo, word, country === '-' ? {} : country ? { country } : null) ?? undefined;
  }

  commonWord(word: string): boolean {
    const hit = this.commonMemo.get(word);
    if (hit !== undefined) return hit;
    return remember(this.commonMemo, word, this.index.common.find(word.toLowerCase()) >= 0);
  }

  opensPlaceName(word: string): boolean {
    const hit = this.openerMemo.get(word);
    if (hit !== undefined) return hit;
    // Every name is filed under its folded key too, so the folded form is the complete test.
    const key = foldKey(nameKey(word));
    const filed = (prefix: string): boolean => this.index.records.hasPrefix(prefix) || this.index.names.hasPrefix(prefix);
    // The word, then what may part it from the next word in a key ("New York", "Guinea-Bissau",
    // "Land's End"); a word ending in an apostrophe or hyphen goes on with anything ("N'Djamena").
    const opens = (first: string): boolean =>
      first !== '' && (/['-]$/.test(first) ? filed(first) : WORD_SEPARATORS.some((separator) => filed(first + separator)));
    const answer = opens(key) || (!/\p{Ll}/u.test(key) && opens(titleCaseKey(key)));
    return remember(this.openerMemo, word, answer);
  }

  currency(word: string): boolean {
    return (this.currencies ??= this.index.currencies.keys()).has(word);
  }

  timeZone(word: string): boolean {
    return (this.timeZones ??= this.index.timezones.keys()).has(word);
  }

  organization(name: string): boolean {
    // "E.U.", "U.N.": initials written with stops are the acronym the list holds ("EU").
    const written = DOTTED_INITIALS.test(name) ? name.replace(/\./g, '') : name.includes('’') ? name.replace(/’/g, "'") : name;
    return (this.organizations ??= this.index.organizations.keys()).has(written);
  }

  givenName(word: string): GivenName | undefined {
    const hit = this.givenMemo.get(word);
    if (hit !== undefined) return hit ?? undefined;
    // A given name is written capitalized; "will" and "may" are not names.
    if (!CAPITAL_FIRST.test(word.trim())) return remember(this.givenMemo, word, null) ?? undefined;
    const code = this.index.given.value(givenNameKey(word));
    const found: GivenName | null =
      code === 'f' || code === 'm' || code === 'b' ? { gender: GENDERS[code] } : code === 'F' || code === 'M' ? { gender: 'both', lean: LEANS[code] } : code === 'x' || code === 'y' ? { gender: RARE[code], rare: true } : null;
    return remember(this.givenMemo, word, found) ?? undefined;
  }

  /**
   * Tries the key without diacritics, then as written, then the same un-shouted ("KYIV" →
   * "Kyiv"). The folded form goes first because the index files every name under its folded
   * key too, so that list is the complete one: "Chișinău" must also find the city the data
   * spells "Chisinau".
   */
  private withFallbacks<T>(key: string, lookup: (k: string) => T | undefined): T | undefined {
    if (!key) return undefined;
    const tries = [foldKey(key), key];
    const calm = unshout(key);
    if (calm) tries.push(foldKey(calm), calm);
    let previous = '';
    for (const k of tries) {
      if (k === previous) continue;
      previous = k;
      const found = lookup(k);
      if (found !== undefined && !(Array.isArray(found) && found.length === 0)) return found;
    }
    return undefined;
  }

  private placesByKey(key: string): PlaceRecord[] {
    const listed = this.index.names.value(key);
    if (listed !== undefined) return listed.split(',').map((n) => this.record(Number(n)));
    const { records } = this.index;
    const out: PlaceRecord[] = [];
    const first = records.find(key);
    if (first < 0) return out;
    for (let i = first; records.lineStartsWith(i, `${key}\t`); i++) out.push(this.record(i));
    return out;
  }

  private record(i: number): PlaceRecord {
    const cached = this.cache.get(i);
    if (cached) return cached;
    const [key = '', kind = 'p', country, lat, lon, population, display] = this.index.records.line(i).split('\t');
    const located = Boolean(lat && lon);
    // Every record has every field (undefined when the data has none): the stages that read
    // records then meet one object shape.
    const rec: PlaceRecord = {
      name: display || key,
      kind: KINDS[kind] ?? 'place',
      country: country || undefined,
      lat: located ? Number(lat) : undefined,
      lon: located ? Number(lon) : undefined,
      population: population ? Number(population) : undefined,
      capital: kind === CAPITAL_CODE ? true : undefined,
    };
    Object.freeze(rec);
    this.cache.set(i, rec);
    return rec;
  }
}
