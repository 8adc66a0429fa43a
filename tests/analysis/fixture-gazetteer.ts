/**
 * A tiny in-memory gazetteer for stage tests: the real index is built from npm data packages,
 * but stage tests should say exactly which reference facts they rely on.
 */
import type { Gazetteer, PlaceRecord } from '../../src/gazetteer/gazetteer.js';

export interface FixtureData {
  places?: Record<string, PlaceRecord>;
  demonyms?: Record<string, string>;
  givenNames?: Record<string, 'female' | 'male' | 'both' | 'mostly-female' | 'mostly-male' | 'rare-female' | 'rare-male'>;
  commonWords?: string[];
  currencies?: string[];
  timeZones?: string[];
  organizations?: string[];
}

/** Builds a Gazetteer answering only from the given facts. */
export function fixtureGazetteer(data: FixtureData): Gazetteer {
  return {
    places: (name) => {
      const record = data.places?.[name];
      return record ? [record] : [];
    },
    demonym: (word) => {
      const country = data.demonyms?.[word];
      return country ? { country } : undefined;
    },
    givenName: (word) => {
      const gender = data.givenNames?.[word];
      if (gender === 'mostly-female' || gender === 'mostly-male') return { gender: 'both', lean: gender === 'mostly-female' ? 'female' : 'male' };
      if (gender === 'rare-female' || gender === 'rare-male') return { gender: gender === 'rare-female' ? 'female' : 'male', rare: true };
      return gender ? { gender } : undefined;
    },
    commonWord: (word) => data.commonWords?.includes(word.toLowerCase()) ?? false,
    currency: (word) => data.currencies?.includes(word) ?? false,
    timeZone: (word) => data.timeZones?.includes(word) ?? false,
    organization: (name) => data.organizations?.includes(name) ?? false,
    // As the real index: a word opens a place's name when some place's name starts with it.
    opensPlaceName: (word) => Object.keys(data.places ?? {}).some((name) => name.toLowerCase() === word.toLowerCase() || name.toLowerCase().startsWith(`${word.toLowerCase()} `) || name.toLowerCase().startsWith(`${word.toLowerCase()}-`)),
  };
}

/** Reference facts most stage tests share. */
export const NEWS_FACTS: FixtureData = {
  places: {
    Russia: { name: 'Russia', kind: 'country', country: 'RU' },
    Ukraine: { name: 'Ukraine', kind: 'country', country: 'UA' },
    China: { name: 'China', kind: 'country', country: 'CN' },
    Jordan: { name: 'Jordan', kind: 'country', country: 'JO' },
    'U.S.': { name: 'United States', kind: 'country', country: 'US' },
    'United States': { name: 'United States', kind: 'country', country: 'US' },
    Moscow: { name: 'Moscow', kind: 'city', country: 'RU', population: 10_000_000 },
    Beijing: { name: 'Beijing', kind: 'city', country: 'CN', population: 18_000_000 },
    Toronto: { name: 'Toronto', kind: 'city', country: 'CA', population: 2_600_000 },
    London: { name: 'London', kind: 'city', country: 'GB', population: 8_000_000 },
    Alaska: { name: 'Alaska', kind: 'region', country: 'US' },
    Ohio: { name: 'Ohio', kind: 'region', country: 'US' },
    'West Virginia': { name: 'West Virginia', kind: 'region', country: 'US' },
    Crimea: { name: 'Crimea', kind: 'region', country: 'UA' },
    Donetsk: { name: 'Donetsk', kind: 'city', country: 'UA', population: 900_000 },
    Kherson: { name: 'Kherson', kind: 'city', country: 'UA', population: 280_000 },
    Ashford: { name: 'Ashford', kind: 'city', country: 'GB', population: 67_000 },
    Westbury: { name: 'Westbury', kind: 'city', country: 'GB', population: 16_000 },
    Boston: { name: 'Boston', kind: 'city', country: 'US', population: 670_000 },
    Wyoming: { name: 'Wyoming', kind: 'region', country: 'US' },
    Kentucky: { name: 'Kentucky', kind: 'region', country: 'US' },
    Nevada: { name: 'Nevada', kind: 'region', country: 'US' },
    Louisville: { name: 'Louisville', kind: 'city', country: 'US', population: 600_000 },
    Athens: { name: 'Athens', kind: 'city', country: 'GR', population: 660_000 },
  },
  demonyms: { Russian: 'RU', Ukrainian: 'UA', American: 'US', Canadian: 'CA' },
  commonWords: ['officials', 'just', 'dropped', 'later', 'cyclone', 'the', 'report', 'grammar', 'frame', 'semantics', 'early', 'life', 'smith', 'young', 'old', 'republican', 'united', 'city', 'world', 'war', 'silent', 'drift', 'two', 'decades', 'of', 'resistance', 'frank', 'agency', 'house', 'white', 'police', 'church', 'free', 'hit', 'very', 'action', 'supporters'],
  currencies: ['USD', 'EUR', 'DKK'],
  organizations: ['Google', 'Wikipedia', 'Deutsche Bank'],
  givenNames: { Frank: 'both', Linda: 'female', David: 'male', Kieran: 'male', Vladimir: 'male', Donald: 'male', Maria: 'female', Jordan: 'both', John: 'male', Mary: 'female', Ky: 'male', Nev: 'male', Harry: 'male', Jean: 'male', Anne: 'female', Peter: 'male', Joshua: 'male', Al: 'male', Sunni: 'male' },
};
