// The real index, as built by `npm run build:data` from the data packages.
import { describe, expect, it } from 'vitest';
import { loadGazetteer, type PlaceRecord } from '../../src/gazetteer/gazetteer.js';

const gaz = loadGazetteer();
const first = (name: string): PlaceRecord | undefined => gaz.places(name)[0];

describe('loadGazetteer', () => {
  it('loads once and shares the instance', () => {
    expect(loadGazetteer()).toBe(gaz);
  });
});

describe('places (real index)', () => {
  it('resolves "U.S." and its spellings to the United States', () => {
    for (const form of ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'United States of America', 'America']) {
      expect(first(form), form).toMatchObject({ name: 'United States', kind: 'country', country: 'US' });
    }
  });

  it('knows short and official country names alike', () => {
    expect(first('Russia')).toMatchObject({ kind: 'country', country: 'RU' });
    expect(first('Russian Federation')).toEqual(first('Russia'));
    for (const form of ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom']) {
      expect(first(form), form).toMatchObject({ kind: 'country', country: 'GB' });
    }
  });

  it('knows cities by the names English gives them besides their own', () => {
    expect(first('Kiev')).toMatchObject({ name: 'Kyiv', country: 'UA' });
    expect(first('Cologne')).toMatchObject({ name: 'Köln', country: 'DE' });
    expect(first('Grozny')).toMatchObject({ kind: 'city', country: 'RU' });
    expect(first('Bombay')).toMatchObject({ name: 'Mumbai', country: 'IN' });
    expect(first('Saigon')).toMatchObject({ name: 'Ho Chi Minh City', country: 'VN' });
    // Not a city's foreign name that is a given name, a surname, a word or made of words, or an
    // inflection: Sophia, Amano, White House, Hamas stay what they are.
    for (const name of ['Sophia', 'Amano', 'White House', 'Hamas', 'Limo']) expect(gaz.places(name), name).toEqual([]);
    expect(gaz.givenName('Kiev')).toBeUndefined();
  });

  it('knows regions no code lists in English, without their country, and no language as a region', () => {
    for (const name of ['Chechnya', 'Siberia', 'Yorkshire', 'Normandy']) expect(first(name), name).toMatchObject({ name, kind: 'region' });
    expect(gaz.places('Basque')).toEqual([]);
    expect(gaz.demonym('Basque')).toBeDefined();
  });

  it('knows former countries, unless a current place answers to the name', () => {
    expect(gaz.places('Yugoslavia')[0]).toMatchObject({ name: 'Yugoslavia', kind: 'country', country: 'YU' });
    expect(gaz.places('Czechoslovakia')[0]?.kind).toBe('country');
    expect(gaz.places('Burma')[0]?.name).toBe('Myanmar');
    expect(gaz.places('Sikkim')[0]).toMatchObject({ kind: 'region', country: 'IN' });
  });

  it("gives a country its capital's coordinates", () => {
    const russia = first('Russia');
    const moscow = gaz.places('Moscow').find((p) => p.kind === 'city' && p.country === 'RU');
    expect(russia?.lat).toBeDefined();
    expect(russia?.lat).toBeCloseTo(moscow?.lat ?? NaN, 1);
    expect(russia?.lon).toBeCloseTo(moscow?.lon ?? NaN, 1);
  });

  it('finds Kyiv as a city in Ukraine, with coordinates and population', () => {
    const kyiv = first('Kyiv');
    expect(kyiv).toMatchObject({ name: 'Kyiv', kind: 'city', country: 'UA' });
    expect(kyiv?.lat).toBeGreaterThan(50);
    expect(kyiv?.lat).toBeLessThan(51);
    expect(kyiv?.population).toBeGreaterThan(1_000_000);
  });

  it('marks the capitals of countries, not other cities', () => {
    expect(first('Kyiv')?.capital).toBe(true);
    expect(first('Washington, D.C.')?.capital).toBe(true);
    expect(first('Chicago')?.capital).toBeUndefined();
  });

  it('puts the big Moscow before the small one in Idaho', () => {
    const all = gaz.places('Moscow');
    expect(all[0]).toMatchObject({ kind: 'city', country: 'RU' });
    const idaho = all.findIndex((p) => p.country === 'US');
    expect(idaho).toBeGreaterThan(0);
    expect(all[idaho]?.population ?? 0).toBeLessThan(all[0]?.population ?? 0);
  });

  it('reads all-capitals datelines', () => {
    expect(first('MOSCOW')).toEqual(first('Moscow'));
    expect(first('KYIV')).toEqual(first('Kyiv'));
  });

  it('knows US states and other first-level regions', () => {
    expect(first('Alaska')).toMatchObject({ kind: 'region', country: 'US' });
    expect(first('Ontario')).toMatchObject({ kind: 'region', country: 'CA' });
    expect(first('Scotland')).toMatchObject({ kind: 'region', country: 'GB' });
  });

  it('names Crimea in English (CLDR), as a region of Ukraine, beside its transliterated name', () => {
    expect(first('Crimea')).toMatchObject({ name: 'Crimea', kind: 'region', country: 'UA' });
    expect(first('Avtonomna Respublika Krym')).toEqual(first('Crimea'));
  });

  it('puts a capital before the region named after it, but a state before a small town', () => {
    expect(gaz.places('London').slice(0, 1)).toEqual([expect.objectContaining({ kind: 'city', country: 'GB' })]);
    expect(gaz.places('London')).toContainEqual(expect.objectContaining({ kind: 'region', country: 'GB' }));
    const delaware = gaz.places('Delaware');
    expect(delaware[0]).toMatchObject({ kind: 'region', country: 'US' });
    expect(delaware).toContainEqual(expect.objectContaining({ kind: 'city', country: 'US' }));
  });

  it('keeps a country before a same-named region elsewhere', () => {
    const georgia = gaz.places('Georgia');
    expect(georgia[0]).toMatchObject({ kind: 'country', country: 'GE' });
    expect(georgia).toContainEqual(expect.objectContaining({ kind: 'region', country: 'US' }));
  });

  it('files a territory with a country code of its own as that country only, not also as a region', () => {
    for (const name of ['Puerto Rico', 'Marshall Islands', 'Hong Kong']) {
      expect(gaz.places(name).filter((p) => p.kind === 'region'), name).toEqual([]);
      expect(gaz.places(name)[0]?.kind, name).toBe('country');
    }
  });

  it('knows continents', () => {
    expect(first('Europe')).toEqual({ name: 'Europe', kind: 'continent' });
    expect(first('South America')?.kind).toBe('continent');
  });

  it('finds names with diacritics by their ASCII form, and back', () => {
    expect(first('Zurich')).toMatchObject({ name: 'Zürich', kind: 'city', country: 'CH' });
    expect(first('Sao Paulo')).toMatchObject({ name: 'São Paulo', country: 'BR' });
    expect(gaz.places('Chișinău')).toContainEqual(expect.objectContaining({ kind: 'city', country: 'MD' }));
  });

  it('finds "Washington" as the capital and as the state', () => {
    const all = gaz.places('Washington');
    expect(all[0]).toMatchObject({ name: 'Washington, D.C.', kind: 'city', country: 'US' });
    expect(all).toContainEqual(expect.objectContaining({ name: 'Washington', kind: 'region', country: 'US' }));
    expect(first('Washington, D.C.')).toEqual(all[0]);
  });

  it('narrows "City, Region" and "City, Country" to that country', () => {
    expect(gaz.places('Paris, Texas').every((p) => p.country === 'US' && p.kind === 'city')).toBe(true);
    expect(gaz.places('Paris, Texas').length).toBeGreaterThan(0);
    expect(gaz.places('Moscow, Russia')[0]).toMatchObject({ kind: 'city', country: 'RU' });
    expect(gaz.places('Moscow, Idaho')[0]).toMatchObject({ kind: 'city', country: 'US' });
  });

  it('knows a two-part country by its first part', () => {
    expect(first('Bosnia')).toMatchObject({ kind: 'country', country: 'BA' });
    expect(first('Trinidad')).toMatchObject({ kind: 'country', country: 'TT' });
    expect(gaz.places('Turks')).toEqual([]);
  });

  it('exposes population so callers can weigh towns named like common words', () => {
    const reading = gaz.places('Reading').filter((p) => p.kind === 'city');
    expect(reading.length).toBeGreaterThan(1);
    for (const r of reading) expect(r.population).toBeGreaterThan(0);
  });

  it('does not take demonyms or direction words for places', () => {
    for (const word of ['Russian', 'Russians', 'Ukrainian', 'Somali', 'Western']) {
      expect(gaz.places(word), word).toEqual([]);
    }
    // Regions called just "Northern" or "Central" exist in several countries; they are dropped.
    // (Towns of those names are kept: Central, Louisiana is a city.)
    for (const word of ['Northern', 'Central', 'North East', 'Capital', 'Lakes']) {
      expect(gaz.places(word).filter((p) => p.kind === 'region'), word).toEqual([]);
    }
  });

  it('is case-sensitive on ordinary words and empty on nonsense', () => {
    expect(gaz.places('moscow')).toEqual([]);
    expect(gaz.places('')).toEqual([]);
    expect(gaz.places('Qwxzzy')).toEqual([]);
  });

  it('returns well-formed records', () => {
    for (const name of ['Paris', 'Victoria', 'Punjab', 'Santiago', 'Hong Kong']) {
      for (const p of gaz.places(name)) {
        expect(['country', 'region', 'city', 'continent', 'place']).toContain(p.kind);
        if (p.country !== undefined) expect(p.country).toMatch(/^[A-Z]{2}$/);
        if (p.lat !== undefined) expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
        if (p.lon !== undefined) expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
      }
    }
  });
});

describe('demonym (real index)', () => {
  it('adds the demonyms compromise files that the nationality data lacks, not places nor given names', () => {
    for (const word of ['Spaniard', 'Swede', 'Puerto Rican', 'Texan', 'Emirati', 'Scottish']) expect(gaz.demonym(word), word).toEqual({});
    // A place ("Philippines", "Laos") stays a place; a given name ("Dane Cook") stays a given name.
    for (const word of ['Philippines', 'Laos', 'Dane']) expect(gaz.demonym(word), word).toBeUndefined();
  });

  it('maps nationality adjectives and their plurals to countries', () => {
    expect(gaz.demonym('Russian')).toEqual({ country: 'RU' });
    expect(gaz.demonym('Russians')).toEqual({ country: 'RU' });
    expect(gaz.demonym('Ukrainian')).toEqual({ country: 'UA' });
    expect(gaz.demonym('Ukrainians')).toEqual({ country: 'UA' });
    expect(gaz.demonym('American')).toEqual({ country: 'US' });
    expect(gaz.demonym('British')).toEqual({ country: 'GB' });
  });

  it('knows the adjectives of one-word continents as adjectives of no one country', () => {
    expect(gaz.demonym('European')).toEqual({});
    expect(gaz.demonym('Africans')).toEqual({});
  });

  it('takes the adjective of a territory whose entry is qualified after a comma', () => {
    expect(gaz.demonym('Palestinian')).toEqual({ country: 'PS' });
    expect(gaz.demonym('Palestinians')).toEqual({ country: 'PS' });
  });

  it('gives an ambiguous adjective to its main country', () => {
    expect(gaz.demonym('French')).toEqual({ country: 'FR' }); // not French Guiana
  });

  it('does not inflect words that have no plural', () => {
    expect(gaz.demonym('Chinese')).toEqual({ country: 'CN' });
    expect(gaz.demonym('Chineses')).toBeUndefined();
  });

  it('knows language names as adjectives of no one country', () => {
    for (const word of ['English', 'Latin', 'Hebrew', 'Persian', 'Swahili']) expect(gaz.demonym(word), word).toEqual({});
    // A language named like a country is left to the country.
    expect(gaz.places('Tonga')[0]).toMatchObject({ kind: 'country' });
  });

  it('knows nothing of ordinary words and territory names', () => {
    expect(gaz.demonym('Western')).toBeUndefined();
    expect(gaz.demonym('Bermuda')).toBeUndefined();
    expect(gaz.demonym('Moscow')).toBeUndefined();
  });
});

describe('opensPlaceName (real index)', () => {
  const gaz = loadGazetteer();
  it('is true for words that begin a place name, false for titles that begin none', () => {
    for (const word of ['New', 'Saint', 'St.', 'Rio', 'NEW', 'São', 'Sao', 'U.S.']) expect(gaz.opensPlaceName(word), word).toBe(true);
    for (const word of ['Secretary', 'Senator', 'Chancellor', 'Mr.', 'Gov.']) expect(gaz.opensPlaceName(word), word).toBe(false);
  });
  it('agrees with places(): every name of several words it finds begins with an opener', () => {
    for (const name of ['New York', 'Saint Lucia', 'São Paulo', 'Sao Paulo', 'NEW YORK', 'St. Louis', 'Rio de Janeiro', 'Guinea-Bissau', "Côte d'Ivoire"]) {
      expect(gaz.places(name).length, name).toBeGreaterThan(0);
      expect(gaz.opensPlaceName(name.split(/[ -]/)[0] as string), name).toBe(true);
    }
  });
});

describe('currency (real index)', () => {
  it('knows ISO 4217 codes and nothing else', () => {
    for (const code of ['USD', 'EUR', 'DKK', 'JPY']) expect(gaz.currency(code), code).toBe(true);
    for (const word of ['NATO', 'usd', 'FBI']) expect(gaz.currency(word), word).toBe(false);
  });
});

describe('organization (real index)', () => {
  it('knows organizations and brands by name', () => {
    for (const name of ['Google', 'Wikipedia', 'YouTube', 'Deutsche Bank', 'Goldman Sachs', 'JetBlue', 'Boeing']) expect(gaz.organization(name), name).toBe(true);
  });
  it('knows one-word company names from the company dictionary, but not its words that only make up names', () => {
    for (const name of ['Walmart', 'Exxon', 'Heineken']) expect(gaz.organization(name), name).toBe(true);
    for (const name of ['Holdings', 'Airways', 'Buenos', 'Aberdeen']) expect(gaz.organization(name), name).toBe(false);
  });
  it('knows firms the company dictionary names in the possessive, not a given name’s or a word for people’s', () => {
    for (const name of ["Moody's", 'Moody’s', "Dillard's", "Domino's"]) expect(gaz.organization(name), name).toBe(true);
    for (const name of ["Jerry's", "Casey's", "King's", "Queen's", "People's", 'Moody']) expect(gaz.organization(name), name).toBe(false);
  });
  it('leaves out names that are also common words, given names, places or acronyms of terms', () => {
    for (const name of ['Shell', 'Apple', 'Norton', 'Delphi', 'Guardian', 'WYSIWYG', 'Google Chrome', 'google']) expect(gaz.organization(name), name).toBe(false);
  });

  it('keeps the acronyms and names compromise files as organizations, not its abbreviations of head words', () => {
    for (const name of ['KFC', 'Tesco', 'Unilever', 'Tim Hortons', 'Toronto Raptors']) expect(gaz.organization(name), name).toBe(true);
    // Its curated list keeps a body whose name is also a word, written with its capital.
    for (const name of ['Twitter', 'Sears']) expect(gaz.organization(name), name).toBe(true);
    expect(gaz.organization('twitter')).toBe(false);
    // And a body it lists whole though a brand bears its first word ("Red"), which the rule
    // against a maker's products ("Google Chrome") would otherwise drop.
    expect(gaz.organization('Red Cross')).toBe(true);
    for (const name of ['INC', 'Inc']) expect(gaz.organization(name), name).toBe(false);
    // Two letters only as the acronym, in capitals, with or without stops.
    for (const name of ['EU', 'E.U.', 'BP']) expect(gaz.organization(name), name).toBe(true);
    for (const name of ['Eu', 'Bp', 'E.u.']) expect(gaz.organization(name), name).toBe(false);
  });
});

describe('timeZone (real index)', () => {
  it('knows the abbreviations of time zones as written, from the ICU data read at build time', () => {
    for (const zone of ['EDT', 'EST', 'PST', 'GMT', 'CET', 'AEST']) expect(gaz.timeZone(zone), zone).toBe(true);
    for (const word of ['edt', 'NATO', 'GMT+1', 'USD']) expect(gaz.timeZone(word), word).toBe(false);
  });
});

describe('givenName (real index)', () => {
  it('knows common given names and their gender', () => {
    expect(gaz.givenName('Vladimir')).toEqual({ gender: 'male' });
    expect(gaz.givenName('Angela')).toEqual({ gender: 'female' });
    // Both genders, most who bear it men.
    expect(gaz.givenName('Jordan')).toEqual({ gender: 'both', lean: 'male' });
  });

  it('knows the given names of the German, Spanish, Italian and Turkish lists, but none of two letters from them', () => {
    expect(gaz.givenName('Helmut')).toEqual({ gender: 'male' });
    expect(gaz.givenName('Recep')).toEqual({ gender: 'male' });
    // "Xi Jinping", "Li Keqiang": a surname in English text.
    expect(gaz.givenName('Xi')).toBeUndefined();
  });

  it('marks a rare name that is also a common word, and drops one that names a country or a big city', () => {
    // The long baby-name list has these; a capital seldom means a person by them.
    expect(gaz.givenName('Captain')).toEqual({ gender: 'male', rare: true });
    expect(gaz.givenName('London')).toBeUndefined();
    expect(gaz.givenName('Italy')).toBeUndefined();
    // The shorter lists keep theirs as they are, places or not.
    expect(gaz.givenName('Georgia')).toEqual({ gender: 'female' });
  });

  it('marks a rare name that is also a brand, which the organizations then keep', () => {
    expect(gaz.givenName('Uber')).toEqual({ gender: 'male', rare: true });
    expect(gaz.organization('Uber')).toBe(true);
    // Surnames that firms are named after stay given names: the company dictionary is no brand list.
    expect(gaz.givenName('Johnson')?.rare).toBeUndefined();
  });

  it('ignores lower-case words and non-names', () => {
    expect(gaz.givenName('will')).toBeUndefined();
    expect(gaz.givenName('Western')).toBeUndefined();
    expect(gaz.givenName('Russian')).toBeUndefined();
  });
});
