/**
 * The gazetteer index: one UTF-8 text file (generated/gazetteer.tsv, written by
 * scripts/build-gazetteer.mjs), searched in place so that loading costs one read and one split.
 *
 * Format, version 1:
 * - Lines end in "\n". Lines starting with "#" are comments (version, sources, licence notice).
 * - Seven sections in this order (the last optional), each opened by a line "@<section> <count>" and followed by
 *   exactly <count> lines of tab-separated fields. Every section is sorted by its first field
 *   in UTF-16 code-unit order (JavaScript's default sort), so a lookup is a binary search over
 *   the raw text: no Map is built, and no line is cut out, at load time.
 * - `@records`: one place per line: key, kind, country, lat, lon, population, display.
 *   key is `nameKey(display)`; kind is c country, r region, t city, T capital city, k continent, p place;
 *   country is an ISO 3166-1 alpha-2 code; lat/lon are decimal degrees; population an integer;
 *   display is the canonical name, given only when it differs from key ("Washington, D.C.").
 *   Empty trailing fields are left out. A record's number is its line's position in the section.
 * - `@names`: key, then record numbers best first, comma-separated. Written for every key that
 *   does not lead to exactly the one record whose own key it is (aliases such as "US" or
 *   "Zurich", and homonyms such as "Moscow"); when present it is the complete answer.
 *   A key without a names line resolves to the records carrying that key (usually one).
 * - `@demonyms`: word (nameKey form, case kept, plurals included), ISO alpha-2 code, or `-`
 *   for a language name ("English"), which belongs to no one country.
 * - `@given`: `givenNameKey(name)` (ASCII-folded, lower case), then m, f or b (both), or F or
 *   M: both, most who bear it women (F) or men (M); or x (male) or y (female): a rare name that
 *   is also a common word ("Mitt", "Captain"), a name only inside a full name.
 * - `@common`: common English words, lower case, one a line (SCOWL levels 10–35): a capitalised
 *   word that is also a common word ("Grammar", "Early") needs more than its capital to be a name.
 * - `@currencies`: ISO 4217 currency codes ("USD", "DKK"), one a line (from countries-list): written in capitals they
 *   look like acronyms of organizations but are units.
 * - `@timezones`: abbreviations of time zones ("EDT", "GMT", "AEST"), one a line (from the ICU
 *   data Node carries, read at build time): acronyms of a time, not of bodies. Optional.
 * - `@organizations`: names of organizations and brands as written ("Google", "Deutsche Bank",
 *   "JetBlue"), one a line, apostrophes straight (from simple-icons). Optional: an index
 *   without it knows no organization by name.
 */
import type { PlaceKind } from '../report.js';
import type { PlaceRecord } from './gazetteer.js';
import { foldKey, givenNameKey, nameKey } from './normalize.js';
import { bucketOf, bucketStarts } from './key-buckets.js';

/** Version written in the index's first line. */
export const INDEX_VERSION = 1;

/** Kind letters used in the `@records` section. */
export const KIND_CODES: Readonly<Record<PlaceKind, string>> = {
  country: 'c',
  region: 'r',
  city: 't',
  continent: 'k',
  place: 'p',
};

/** The kind code of a city that is its country's capital (a city otherwise). */
export const CAPITAL_CODE = 'T';

/** The sections of a parsed index. */
export type SectionName = 'records' | 'names' | 'demonyms' | 'given' | 'common' | 'currencies' | 'timezones' | 'organizations';

/**
 * A sorted run of lines inside the index text, searched by first field. Lines are never split
 * out: the section keeps where each line starts in the text and compares keys in place, so that
 * loading the index costs one read and one scan for line breaks (about 5 ms, against 40–60 ms
 * for splitting 118,000 lines into strings, which a one-article run would pay in full).
 */
export class Section {
  constructor(
    private readonly text: string,
    /** Where each line of the whole text starts; one more entry past the last line. */
    private readonly starts: Int32Array,
    /** The section's first line, as an index into `starts`. */
    private readonly first: number,
    /** Number of lines in the section. */
    readonly length: number,
  ) {}

  /** Where the lines of each bucket of keys start (key-buckets.ts), made on the first search. */
  private buckets: Int32Array | undefined;

  /** The i-th line of the section, without its line break. */
  line(i: number): string {
    const at = this.first + i;
    return this.text.slice(this.starts[at] as number, (this.starts[at + 1] as number) - 1);
  }

  /** Position of the first line whose key is `key`, or -1. */
  find(key: string): number {
    const at = this.lowerBound(key);
    return at < this.length && this.compareAt(at, key) === 0 ? at : -1;
  }

  /** True when some line's key starts with `prefix` (which holds no tab). */
  hasPrefix(prefix: string): boolean {
    return this.lineStartsWith(this.lowerBound(prefix), prefix);
  }

  /** True when the i-th line's key starts with `prefix` (which holds no tab). */
  lineStartsWith(i: number, prefix: string): boolean {
    return i < this.length && this.text.startsWith(prefix, this.starts[this.first + i] as number);
  }

  /** Position of the first line whose key is not below `key` (the section's length if none). */
  private lowerBound(key: string): number {
    // Only the lines whose key opens as `key` does can hold the bound: a third to a half of the
    // steps of a search over the whole section, and every name the gazetteer has not memoised
    // costs several searches.
    const buckets = (this.buckets ??= bucketStarts(this.text, this.starts, this.first, this.length));
    const q = bucketOf(key.length > 0 ? key.charCodeAt(0) : -1, key.length > 1 ? key.charCodeAt(1) : -1);
    let lo = buckets[q] as number;
    let hi = buckets[q + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareAt(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Compares the i-th line's key (the text before its first tab) with `key` in code-unit order,
   * as `keyOf(line) < key` would, without cutting the key out: a lookup compares some fifteen
   * lines.
   */
  private compareAt(i: number, key: string): number {
    const { text } = this;
    const from = this.starts[this.first + i] as number;
    const to = (this.starts[this.first + i + 1] as number) - 1;
    const n = key.length;
    for (let k = 0; ; k++) {
      const a = from + k < to ? text.charCodeAt(from + k) : 9;
      const lineEnded = a === 9;
      if (k === n) return lineEnded ? 0 : 1;
      if (lineEnded) return -1;
      const b = key.charCodeAt(k);
      if (a !== b) return a - b;
    }
  }

  /** Every line's key, as a set: for the short sections asked so often that a hash lookup pays. */
  keys(): Set<string> {
    const keys = new Set<string>();
    for (let i = 0; i < this.length; i++) {
      const line = this.line(i);
      const tab = line.indexOf('\t');
      keys.add(tab < 0 ? line : line.slice(0, tab));
    }
    return keys;
  }

  /** Text after the key's tab on the first line with `key`, or undefined. */
  value(key: string): string | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    const line = this.line(i);
    return line.slice(line.indexOf('\t') + 1);
  }
}

function keyOf(line: string): string {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
}

/** Where each line of `text` starts, plus one entry past the end (as if the text ended in "\n"). */
function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count + 1);
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[n++] = at + 1;
  starts[n] = text.length + 1;
  return starts;
}

const SECTION_HEADER = /^@(records|names|demonyms|given|common|currencies|timezones|organizations) (\d+)$/;

/** Splits index text into its sections; throws on anything that is not a version-1 index. */
export function parseIndex(text: string): Record<SectionName, Section> {
  if (!text.startsWith(`#dossier-gazetteer ${INDEX_VERSION}`)) {
    throw new Error(`not a dossier gazetteer index (version ${INDEX_VERSION})`);
  }
  const starts = lineStarts(text);
  const lineCount = starts.length - 1;
  const lineAt = (i: number): string => text.slice(starts[i] as number, (starts[i + 1] as number) - 1);
  const sections: Partial<Record<SectionName, Section>> = {};
  let i = 1;
  while (i < lineCount) {
    const line = lineAt(i);
    const header = SECTION_HEADER.exec(line);
    if (header) {
      const count = Number(header[2]);
      if (i + 1 + count > lineCount) throw new Error(`gazetteer index: section @${header[1]} is truncated`);
      sections[header[1] as SectionName] = new Section(text, starts, i + 1, count);
      i += 1 + count;
    } else if (line === '' || line.startsWith('#')) {
      i += 1;
    } else {
      throw new Error(`gazetteer index: unexpected line ${i + 1}: ${line.slice(0, 60)}`);
    }
  }
  const empty = new Section('', new Int32Array(1), 0, 0);
  return {
    records: sections.records ?? empty,
    names: sections.names ?? empty,
    demonyms: sections.demonyms ?? empty,
    given: sections.given ?? empty,
    common: sections.common ?? empty,
    currencies: sections.currencies ?? empty,
    timezones: sections.timezones ?? empty,
    organizations: sections.organizations ?? empty,
  };
}

/** A place for {@link encodeIndex}: a record plus the other names it goes by. */
export interface PlaceSource extends PlaceRecord {
  /** Other written forms ("Kiev", "U.S."); ASCII-folded forms are added automatically. */
  aliases?: readonly string[];
}

/** In-memory reference data for small test gazetteers. */
export interface GazetteerData {
  /** Places in order of preference: where two share a name, the earlier one is listed first. */
  places?: readonly PlaceSource[];
  /** Demonym or nationality word → ISO alpha-2 code ("Russians" → "RU"). */
  demonyms?: Readonly<Record<string, string>>;
  /** Given name → gender. */
  givenNames?: Readonly<Record<string, 'female' | 'male' | 'both' | 'mostly-female' | 'mostly-male' | 'rare-female' | 'rare-male'>>;
  /** Common English words, any case. */
  commonWords?: readonly string[];
  /** ISO 4217 currency codes. */
  currencies?: readonly string[];
  /** Abbreviations of time zones ("EDT"). */
  timeZones?: readonly string[];
  /** Names of organizations and brands, as written. */
  organizations?: readonly string[];
}

const GENDER_CODES = { female: 'f', male: 'm', both: 'b', 'mostly-female': 'F', 'mostly-male': 'M', 'rare-female': 'y', 'rare-male': 'x' } as const;

const byFirstField = (a: string, b: string): number => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/**
 * Writes index text for in-memory data. Does only what the data says (plus ASCII folding); the
 * real build also derives variants and ranks homonyms, see scripts/build-gazetteer.mjs.
 */
export function encodeIndex(data: GazetteerData): string {
  const places = (data.places ?? []).map((p, order) => ({ ...p, key: nameKey(p.name), order }));
  const sorted = [...places].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  const indexOf = new Map(sorted.map((p, i) => [p, i]));
  const byKey = new Map<string, typeof places>();
  for (const p of places) {
    const keys = new Set<string>();
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const k = nameKey(n);
      keys.add(k).add(foldKey(k));
    }
    for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), p]);
  }
  const num = (n: number | undefined): string => (n === undefined ? '' : String(n));
  const records = sorted.map((p) => {
    const fields = [p.key, p.capital ? CAPITAL_CODE : KIND_CODES[p.kind], p.country ?? '', num(p.lat), num(p.lon), num(p.population)];
    fields.push(p.name === p.key ? '' : p.name);
    while (fields[fields.length - 1] === '') fields.pop();
    return fields.join('\t');
  });
  const names = [...byKey]
    .filter(([k, list]) => !(list.length === 1 && list[0]?.key === k))
    .map(([k, list]) => `${k}\t${list.map((p) => indexOf.get(p)).join(',')}`)
    .sort(byFirstField);
  const demonyms = Object.entries(data.demonyms ?? {})
    .map(([w, cc]) => `${nameKey(w)}\t${cc}`)
    .sort(byFirstField);
  const given = Object.entries(data.givenNames ?? {})
    .map(([n, g]) => `${givenNameKey(n)}\t${GENDER_CODES[g]}`)
    .sort(byFirstField);
  const common = [...new Set((data.commonWords ?? []).map((w) => w.toLowerCase()))].sort();
  const currencies = [...new Set(data.currencies ?? [])].sort();
  const timeZones = [...new Set(data.timeZones ?? [])].sort();
  const organizations = [...new Set(data.organizations ?? [])].sort();
  return [
    `#dossier-gazetteer ${INDEX_VERSION}`,
    `@records ${records.length}`,
    ...records,
    `@names ${names.length}`,
    ...names,
    `@demonyms ${demonyms.length}`,
    ...demonyms,
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
