import { describe, expect, it } from 'vitest';
import { gazetteerFromData, type Gazetteer } from '../../../src/gazetteer/gazetteer.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { linkEntities } from '../../../src/analysis/entities/link-entities.js';
import { doc } from '../analysis-helpers.js';

// Homonyms in the order the reference data ranks them: the foreign one first.
const gazetteer = gazetteerFromData({
  places: [
    { name: 'Aurora', kind: 'region', country: 'PH' },
    { name: 'Aurora', kind: 'city', country: 'US', population: 390_000 },
    { name: 'Athens', kind: 'city', country: 'GR', population: 660_000 },
    { name: 'Athens', kind: 'city', country: 'US', population: 127_000 },
    { name: 'Denver', kind: 'city', country: 'US', population: 715_000, lat: 39.74, lon: -104.99 },
    { name: 'Boulder', kind: 'city', country: 'US', population: 105_000, lat: 40.01, lon: -105.27 },
    { name: 'Colorado', kind: 'region', country: 'US' },
    { name: 'Long Island', kind: 'region', country: 'BS' },
    { name: 'Bahamas', kind: 'country', country: 'BS' },
    { name: 'Nassau', kind: 'city', country: 'BS', population: 270_000 },
    { name: 'Derry', kind: 'region', country: 'GB' },
    { name: 'Derry', kind: 'city', country: 'US', population: 33_000 },
    { name: 'Lazio', kind: 'region', country: 'IT' },
    { name: 'Ruritania', kind: 'country', country: 'RU' },
    { name: 'Ruritania', kind: 'region', country: 'US' },
    { name: 'Strelsau', kind: 'city', country: 'RU', population: 400_000 },
    { name: 'Ohio', kind: 'region', country: 'US' },
    { name: 'Florida', kind: 'region', country: 'US' },
    { name: 'Varna', kind: 'region', country: 'MZ' },
    { name: 'Varna', kind: 'city', country: 'PS', population: 410_000 },
    { name: 'Kessel', kind: 'city', country: 'PS', population: 130_000 },
    // A world city abroad, and its namesake near Denver and one far from it.
    { name: 'Novaya', kind: 'city', country: 'RU', population: 5_000_000 },
    { name: 'Novaya', kind: 'city', country: 'US', population: 250_000, lat: 40.0, lon: -105.0 },
    { name: 'Paris', kind: 'city', country: 'FR', population: 2_100_000 },
    { name: 'Paris', kind: 'city', country: 'US', population: 120_000, lat: 33.7, lon: -95.6 },
  ],
  commonWords: ['long', 'island', 'police', 'said'],
});

function placesIn(text: string, data: Gazetteer = gazetteer): Array<[string, string | undefined]> {
  const d = doc(text);
  const { entities } = linkEntities(d, data, classifyCandidates(d, data, findCandidates(d, data)));
  return entities.filter((e) => e.type === 'place').map((e) => [e.name, e.place?.country]);
}

describe('placeResolver', () => {
  it('reads a homonym in the country of the article’s other places', () => {
    expect(placesIn('Police in Denver said the man lived in Aurora. He was held in Boulder, Colorado.')).toContainEqual(['Aurora', 'US']);
  });

  it('shows a district abroad without a country when the one place sure of its country is elsewhere and has a town of that name', () => {
    expect(placesIn('Lawmakers in Colorado questioned the Derry harbor plan on Monday.')).toContainEqual(['Derry', undefined]);
    // With nothing sure elsewhere, the reference data's first place stands.
    expect(placesIn('The ferry to Derry left late on Monday.')).toContainEqual(['Derry', 'GB']);
  });

  it('reads a country as the region of the same name among other regions of the article’s country', () => {
    expect(placesIn('Voters in Ohio, Florida and Ruritania went to the polls on Tuesday.')).toContainEqual(['Ruritania', 'US']);
    // Not on one other region, nor when the article names a place in that country.
    expect(placesIn('Voters in Ohio and Ruritania went to the polls in Denver.')).toContainEqual(['Ruritania', 'RU']);
    expect(placesIn('Officials from Ohio and Florida flew to Ruritania, landing in Strelsau on Tuesday.')).toContainEqual(['Ruritania', 'RU']);
    // One other region will do where several sure places all lie at home.
    expect(placesIn('The storm hit Ohio, Denver and Boulder on Tuesday and will move into Ruritania on Friday.')).toContainEqual(['Ruritania', 'US']);
    // Nor beside another country abroad.
    expect(placesIn('Voters in Ohio and Florida followed the war in Bahamas and Ruritania closely.')).toContainEqual(['Ruritania', 'RU']);
  });

  it('reads every mention of a name as the place one mention is located in by its region', () => {
    const found = placesIn('Aurora officials agreed on Monday. Police in Aurora, Colorado, had made an arrest.');
    expect(found.filter(([name]) => name === 'Aurora')).toEqual([['Aurora', 'US']]);
  });

  it('reads a dateline’s state or country as the town the story is filed from, and the state’s name elsewhere with it', () => {
    const data = gazetteerFromData({
      places: [
        { name: 'Vostra', kind: 'region', country: 'US' },
        { name: 'Vostra City', kind: 'city', country: 'US', population: 800_000 },
        { name: 'Kessinia', kind: 'country', country: 'KS' },
        { name: 'Kessinia City', kind: 'city', country: 'KS', population: 900_000 },
      ],
      commonWords: ['said', 'shares'],
    });
    const cities = (text: string) => placesIn(text, data).map(([name]) => name);
    expect(cities('VOSTRA (Reuters) - Shares rose on Tuesday, traders in Vostra said.')).toEqual(['Vostra City']);
    // A country speaks as the country elsewhere in the story.
    expect(cities('KESSINIA 1996-12-06\n\nKessinia said on Friday it would raise output.').sort()).toEqual(['Kessinia', 'Kessinia City']);
    // Without a dateline the state stays the state.
    expect(cities('Shares rose on Tuesday, traders in Vostra said.')).toEqual(['Vostra']);
  });

  it('finds a city written with "City" after the name the reference data files it by', () => {
    const data = gazetteerFromData({ places: [{ name: 'Varnao', kind: 'region', country: 'PH' }, { name: 'Varnao', kind: 'city', country: 'PH', population: 1_200_000 }], commonWords: ['was'] });
    expect(placesIn('The president was in Varnao City on Tuesday.', data)).toEqual([['Varnao', 'PH']]);
  });

  it('keeps the reference data’s first place without such context', () => {
    expect(placesIn('The festival moved to Aurora this year.')).toContainEqual(['Aurora', 'PH']);
  });

  it('reads a homonym in a country the article names once, where the first lies in one it never names', () => {
    expect(placesIn('Troops raided homes in Kessel, then entered Varna on Monday.')).toContainEqual(['Varna', 'PS']);
    // Without a place in that country, the first stays.
    expect(placesIn('Troops entered Varna on Monday.')).toContainEqual(['Varna', 'MZ']);
  });

  it('reads a world city’s name as a city of some size near the article’s places, all at home, when its country goes unnamed', () => {
    expect(placesIn('Police in Denver and Boulder, Colorado, said. A reporter in Novaya contributed.')).toContainEqual(['Novaya', 'US']);
    // Far from them, or with its country named, the world city stays.
    expect(placesIn('Police in Denver and Boulder, Colorado, said. A reporter in Paris contributed.')).toContainEqual(['Paris', 'FR']);
    expect(placesIn('Police in Denver and Boulder, Colorado, said. Reporters in Strelsau and Novaya contributed.')).toContainEqual(['Novaya', 'RU']);
  });

  it('does not take a small namesake for a large city', () => {
    expect(placesIn('Officials in Denver and Boulder, Colorado, flew to Athens for talks.')).toContainEqual(['Athens', 'GR']);
  });

  it('gives no country to a district abroad named in common words that nothing vouches for', () => {
    expect(placesIn('Police in Denver and Boulder, Colorado, said the suspect grew up on Long Island.')).toContainEqual(['Long Island', undefined]);
  });

  it('keeps that district when the article names its country or another of its places', () => {
    expect(placesIn('After Denver and Boulder, Colorado, the tour reached Nassau and then Long Island.')).toContainEqual(['Long Island', 'BS']);
  });

  it('gives no country to a district abroad that shares its name with a town at home', () => {
    expect(placesIn('Voters in Denver and Boulder, Colorado, heard the candidate, who then flew to Derry.')).toContainEqual(['Derry', undefined]);
  });

  it('keeps a region abroad with a name of its own', () => {
    expect(placesIn('From Denver and Boulder, Colorado, the delegation went on to Lazio.')).toContainEqual(['Lazio', 'IT']);
  });

  it('counts homonyms that all lie in one country towards it', () => {
    const twoInColorado = gazetteerFromData({ places: [
      { name: 'Aurora', kind: 'region', country: 'PH' },
      { name: 'Aurora', kind: 'city', country: 'US', population: 390_000 },
      { name: 'Springfield', kind: 'city', country: 'US', population: 160_000 },
      { name: 'Springfield', kind: 'city', country: 'US', population: 115_000 },
      { name: 'Denver', kind: 'city', country: 'US', population: 715_000 },
    ] });
    expect(placesIn('Police in Denver and Springfield said the man lived in Aurora.', twoInColorado)).toContainEqual(['Aurora', 'US']);
  });
});
