import { describe, expect, it } from 'vitest';
import { nestedPlaces } from '../../../src/analysis/mentions/nested-places.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({
  ...NEWS_FACTS,
  places: {
    ...NEWS_FACTS.places,
    California: { name: 'California', kind: 'region', country: 'US' },
    'San Francisco': { name: 'San Francisco', kind: 'city', country: 'US', population: 870_000 },
    Lincoln: { name: 'Lincoln', kind: 'city', country: 'US', population: 290_000 },
    Stanford: { name: 'Stanford', kind: 'city', country: 'US', population: 21_000 },
    Southwest: { name: 'Southwest', kind: 'region', country: 'NG' },
    Santiago: { name: 'Santiago', kind: 'city', country: 'CL', population: 5_000_000 },
    Enterprise: { name: 'Enterprise', kind: 'city', country: 'US', population: 210_000 },
    Bay: { name: 'Bay', kind: 'region', country: 'SO' },
    Turkey: { name: 'Turkey', kind: 'country', country: 'TR' },
    'St. Elizabeth': { name: 'Saint Elizabeth', kind: 'region', country: 'JM' },
    'St. Louis': { name: 'St. Louis', kind: 'city', country: 'US', population: 300_000 },
    Sabha: { name: 'Sabha', kind: 'city', country: 'LY', population: 130_000 },
  },
  commonWords: [...(NEWS_FACTS.commonWords ?? []), 'enterprise', 'bay', 'turkey'],
  givenNames: { ...NEWS_FACTS.givenNames, Lincoln: 'male', Santiago: 'male' },
});

function nested(text: string): { text: string; slice: string; place: string | undefined }[] {
  const d = doc(text);
  const typed = classifyCandidates(d, gazetteer, findCandidates(d, gazetteer));
  return nestedPlaces(d, gazetteer, typed).map((c) => ({ text: c.text, slice: text.slice(c.start, c.end), place: c.evidence.place?.name }));
}

describe('nestedPlaces', () => {
  it('finds the place inside "University of X" and "X Bulletin"', () => {
    const found = nested('He taught at the University of California before editing the San Francisco Bulletin.');
    expect(found.map((f) => f.text)).toEqual(['California', 'San Francisco']);
    for (const f of found) expect(f.slice).toBe(f.text);
  });

  it('finds a town closing a name after a small word or the head word, not after another word of the name', () => {
    expect(nested('She was treated at the Clinical Hospital Sabha.').map((f) => f.text)).toEqual(['Sabha']);
    expect(nested('He taught at the Universidad San Francisco.').map((f) => f.text)).toEqual(['San Francisco']);
    expect(nested('The BJP won 240 seats in the Lok Sabha, the lower house.').map((f) => f.text)).toEqual([]);
  });

  it('finds no district or town named by a common word inside a name, but a country still', () => {
    expect(nested('She studies tax policy at the Kessin Enterprise Institute.').map((f) => f.text)).toEqual([]);
    expect(nested('He writes for the Westbury Bay Gazette.').map((f) => f.text)).toEqual([]);
    expect(nested('He chairs the Turkey Football Federation.').map((f) => f.text)).toEqual(['Turkey']);
  });

  it('finds no parish or province named after a saint inside a hospital’s name, but a city still', () => {
    expect(nested('She is a nurse at St. Elizabeth Hospital and a fan of the St. Louis Harbour Club.').map((f) => f.text)).toEqual(['St. Louis']);
  });

  it('finds no place in a name that is a person’s on a building', () => {
    expect(nested('Bellingham headed in at the Santiago Bernabéu Foundation dinner.').map((f) => f.text)).toEqual(['Santiago']);
    expect(nested('Bellingham headed in at the Santiago Bernabéu before the break.').map((f) => f.text)).toEqual([]);
  });

  it('gives an abbreviated country its reference name', () => {
    expect(nested('The bill passed the U.S. Congress on Tuesday.')).toEqual([{ text: 'U.S.', slice: 'U.S.', place: 'United States' }]);
  });

  it('never makes the whole organization name a place', () => {
    expect(nested('The Ohio Company said it would hire.').map((f) => f.text)).toEqual(['Ohio']);
    expect(nested('Officials of Russia met in Moscow.')).toEqual([]);
  });

  it('finds places in the names of events, not of awards', () => {
    expect(nested('She sat on the jury of the Moscow International Piano Festival and took the Boston Medal.').map((f) => f.text)).toEqual(['Moscow']);
  });

  it('finds no place in the name of a party, which claims its country', () => {
    expect(nested('She joined the Liberal Party of California in 2004.')).toEqual([]);
    expect(nested('He led the California Democratic Party for a decade.')).toEqual([]);
  });

  it('finds no place claimed after "of" by a political movement, but keeps a place it names first', () => {
    expect(nested('She chaired the Christian Democratic Union of California until 2010.')).toEqual([]);
    expect(nested('He spoke for the Workers Front for the Liberation of Turkey in exile.')).toEqual([]);
    expect(nested('The San Francisco Democratic Club endorsed her.').map((f) => f.text)).toEqual(['San Francisco']);
    // Such a name opening the document has no word before it.
    expect(nested('California Democratic Alliance said so.').map((f) => f.text)).toEqual(['California']);
  });

  it('leaves teams named after their home whole', () => {
    expect(nested('The Boston Red Sox beat the Ashford Rovers.')).toEqual([]);
  });

  it('skips small towns, cities named like people, and compass words', () => {
    expect(nested('He taught at Stanford University for a decade.')).toEqual([]);
    expect(nested('The concert was held at the Lincoln Center last night.')).toEqual([]);
    expect(nested('She flew with Southwest Airlines to Boston.')).toEqual([]);
  });
});
