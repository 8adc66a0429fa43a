// Small in-memory gazetteers, as other stages' tests build them.
import { describe, expect, it } from 'vitest';
import { createGazetteer, gazetteerFromData } from '../../src/gazetteer/gazetteer.js';
import { encodeIndex, parseIndex } from '../../src/gazetteer/index-format.js';

const data = {
  places: [
    { name: 'Georgia', kind: 'country', country: 'GE', lat: 41.7, lon: 44.8 },
    { name: 'Georgia', kind: 'region', country: 'US' },
    { name: 'United States', kind: 'country', country: 'US', aliases: ['U.S.', 'America'] },
    { name: 'Zürich', kind: 'city', country: 'CH', population: 341730 },
    { name: 'Bern', kind: 'city', country: 'CH', population: 121631, capital: true },
    { name: "Côte d'Ivoire", kind: 'country', country: 'CI' },
  ],
  demonyms: { Georgian: 'GE', Georgians: 'GE' },
  givenNames: { Nino: 'female', Levan: 'male', Sasha: 'both', Dariko: 'mostly-female', Major: 'rare-male' },
  currencies: ['GEL', 'USD'],
  organizations: ['Google', "McDonald's"],
} as const;

describe('gazetteerFromData', () => {
  const gaz = gazetteerFromData(data);

  it('keeps the order of homonyms as given', () => {
    expect(gaz.places('Georgia').map((p) => p.kind)).toEqual(['country', 'region']);
  });

  it('returns only the fields the data has', () => {
    expect(gaz.places('Georgia')[0]).toEqual({ name: 'Georgia', kind: 'country', country: 'GE', lat: 41.7, lon: 44.8 });
    expect(gaz.places('Zürich')[0]).toEqual({ name: 'Zürich', kind: 'city', country: 'CH', population: 341730 });
    expect(gaz.places('Bern')[0]).toEqual({ name: 'Bern', kind: 'city', country: 'CH', population: 121631, capital: true });
  });

  it('resolves aliases with or without dots', () => {
    for (const form of ['U.S.', 'US', 'America', 'United States']) {
      expect(gaz.places(form)[0]?.country, form).toBe('US');
    }
  });

  it('finds names by their ASCII form and with curly apostrophes', () => {
    expect(gaz.places('Zurich')[0]?.name).toBe('Zürich');
    expect(gaz.places('Cote d’Ivoire')[0]?.country).toBe('CI');
  });

  it('un-shouts capitals of four letters or more, but not short acronyms', () => {
    expect(gaz.places('GEORGIA')[0]?.country).toBe('GE');
    expect(gaz.places('ZURICH')[0]?.name).toBe('Zürich');
    expect(gaz.places('AMERICA')[0]?.country).toBe('US');
  });

  it('narrows a qualified name to the qualifier\'s country', () => {
    expect(gaz.places('Georgia, U.S.')).toEqual([gaz.places('Georgia')[1]]);
    expect(gaz.places('Georgia, Narnia')).toEqual(gaz.places('Georgia')); // unknown qualifier
    expect(gaz.places('Tbilisi, Georgia')).toEqual([]);
  });

  it('tells the words that may open a place name of several words, folded and un-shouted as lookups are', () => {
    expect(gaz.opensPlaceName('United')).toBe(true);
    expect(gaz.opensPlaceName('UNITED')).toBe(true);
    expect(gaz.opensPlaceName('Côte')).toBe(true);
    expect(gaz.opensPlaceName('Cote')).toBe(true); // filed under its folded key too
    expect(gaz.opensPlaceName('Zürich')).toBe(false); // a name of one word
    expect(gaz.opensPlaceName('Unit')).toBe(false); // a word, not the start of one
    expect(gaz.opensPlaceName('President')).toBe(false);
    expect(gaz.opensPlaceName('united')).toBe(false); // case kept, as places() keeps it
  });

  it('knows organizations by name as written, curly apostrophes too', () => {
    expect(gaz.organization('Google')).toBe(true);
    expect(gaz.organization('McDonald’s')).toBe(true);
    expect(gaz.organization('google')).toBe(false);
    expect(gaz.organization('Goo')).toBe(false);
  });

  it('knows currency codes as written', () => {
    expect(gaz.currency('GEL')).toBe(true);
    expect(gaz.currency('gel')).toBe(false);
    expect(gaz.currency('NATO')).toBe(false);
  });

  it('answers demonyms and given names', () => {
    expect(gaz.demonym('Georgians')).toEqual({ country: 'GE' });
    expect(gaz.demonym('Georgia')).toBeUndefined();
    expect(gaz.givenName('Nino')).toEqual({ gender: 'female' });
    expect(gaz.givenName('LEVAN')).toEqual({ gender: 'male' });
    expect(gaz.givenName('Sasha')).toEqual({ gender: 'both' });
    // A name of both genders that most who bear it are of one.
    expect(gaz.givenName('Dariko')).toEqual({ gender: 'both', lean: 'female' });
    // A rare name that is also a word.
    expect(gaz.givenName('Major')).toEqual({ gender: 'male', rare: true });
    expect(gaz.givenName('nino')).toBeUndefined();
  });

  it('returns [] or undefined for unknown words', () => {
    expect(gaz.places('Tbilisi')).toEqual([]);
    expect(gaz.demonym('Tbilisian')).toBeUndefined();
    expect(gaz.givenName('Tbilisi')).toBeUndefined();
  });

  it('builds an empty gazetteer from no data', () => {
    const empty = gazetteerFromData({});
    expect(empty.places('Georgia')).toEqual([]);
    expect(empty.demonym('Georgian')).toBeUndefined();
  });
});

describe('createGazetteer on index text', () => {
  it('reads a hand-written index', () => {
    const text = [
      '#dossier-gazetteer 1',
      '@records 2',
      'Kyiv\tt\tUA\t50.45\t30.52\t2797553',
      'Kyiv\tr\tUA',
      '@names 1',
      'Kiev\t0',
      '@demonyms 1',
      'Ukrainian\tUA',
      '@given 1',
      'volodymyr\tm',
      '',
    ].join('\n');
    const gaz = createGazetteer(text);
    expect(gaz.places('Kyiv').map((p) => p.kind)).toEqual(['city', 'region']);
    expect(gaz.places('Kiev')).toEqual([gaz.places('Kyiv')[0]]);
    expect(gaz.demonym('Ukrainian')).toEqual({ country: 'UA' });
    expect(gaz.givenName('Volodymyr')).toEqual({ gender: 'male' });
  });

  it('round-trips through encodeIndex with sorted sections', () => {
    const sections = parseIndex(encodeIndex(data));
    for (const section of Object.values(sections)) {
      const keys = Array.from({ length: section.length }, (_, i) => section.line(i).split('\t')[0] as string);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('rejects text that is not an index, or is cut short', () => {
    expect(() => createGazetteer('Kyiv\tt\tUA')).toThrow(/not a dossier gazetteer index/);
    expect(() => createGazetteer('#dossier-gazetteer 1\n@records 3\nKyiv\tt\n')).toThrow(/truncated/);
    expect(() => createGazetteer('#dossier-gazetteer 1\nstray line\n')).toThrow(/unexpected line/);
  });
});
