import { describe, expect, it } from 'vitest';
import { postalDistrictAfterTown, townAfterStreet } from '../../../src/analysis/mentions/addresses.js';
import { doc } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const facts = fixtureGazetteer({
  ...NEWS_FACTS,
  places: { ...NEWS_FACTS.places, Garrow: { name: 'Garrow', kind: 'city', country: 'GB', population: 120_000 }, University: { name: 'University', kind: 'city', country: 'US', population: 40_000 } },
});
const at = (d: ReturnType<typeof doc>, word: string) => d.tokens.findIndex((t) => t.text === word);

describe('postalDistrictAfterTown', () => {
  it('reads a letter and a number after a known town as its postal district, not elsewhere', () => {
    const d = doc('Lena Ford, 24, Garrow E17 Waheed Zaman. The E17 form was lost.');
    const districts = d.tokens.filter((t) => t.text === 'E17');
    expect(districts.map((t) => postalDistrictAfterTown(d.tokens, t, facts))).toEqual([true, false]);
  });
});

describe('townAfterStreet', () => {
  it('finds a known town alone after a street’s head word, not a head word that goes on with a name', () => {
    const address = doc('Write to One Sullivan Road Garrow, MA 01040.');
    expect(townAfterStreet(address.tokens, at(address, 'Garrow'), facts)).toBe(true);
    const college = doc('She studied at Georgian Court University for a year.');
    expect(townAfterStreet(college.tokens, at(college, 'University'), facts)).toBe(false);
    const person = doc('They met on Sullivan Road Garrow Keane and left.');
    expect(townAfterStreet(person.tokens, at(person, 'Garrow'), facts)).toBe(false);
  });
});
