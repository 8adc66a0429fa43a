import { describe, expect, it } from 'vitest';
import { regionOfTownBefore, territoryAt } from '../../../src/analysis/mentions/comma-places.js';
import { doc } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({
  ...NEWS_FACTS,
  places: {
    ...NEWS_FACTS.places,
    Garrowby: { name: 'Garrowby', kind: 'city', country: 'US', population: 40_000 },
    'Garrowby, West Virginia': { name: 'Garrowby', kind: 'city', country: 'US', population: 40_000 },
  },
});

describe('territoryAt', () => {
  it('reads a region of several words after a comma, not one a name goes on from or a noun or a possessive follows', () => {
    const at = (text: string) => {
      const d = doc(text);
      return territoryAt(gazetteer, d.tokens, d.tokens.findIndex((t) => t.text === ',') + 1);
    };
    expect(at('Garrowby, West Virginia, voted early.')).toBe('West Virginia');
    expect(at('Tom Keane, West Virginia Gazette editor, spoke.')).toBeUndefined();
    expect(at('Tom Keane, West Virginia director for the campaign, spoke.')).toBeUndefined();
    expect(at('Tom Keane, West Virginia’s governor, spoke.')).toBeUndefined();
  });

  it('reads a state as news style abbreviates it, or its postal code ending an address', () => {
    const at = (text: string) => {
      const d = doc(text);
      return territoryAt(gazetteer, d.tokens, d.tokens.findIndex((t) => t.text === ',') + 1);
    };
    expect(at('He bought a condominium in Garrowby, Fla., last year.')).toBe('Florida');
    expect(at('Write to Garrowby, FL 33940 by May.')).toBe('Florida');
    expect(at('The ministers (RG Casey, GA Street and others) met.')).toBeUndefined();
  });
});

describe('regionOfTownBefore', () => {
  it('finds the region a town before the comma lies in, not after a town in a list', () => {
    const region = (text: string, name: string) => {
      const d = doc(text);
      const at = d.tokens.findIndex((t) => t.text === name.split(' ')[0]);
      return regionOfTownBefore(gazetteer, d.tokens, at - 1, name);
    };
    expect(region('A crowd met in Garrowby, West Virginia on Monday.', 'West Virginia')).toMatchObject({ kind: 'region', country: 'US' });
    expect(region('Offices in Boston, Garrowby, West Virginia closed.', 'West Virginia')).toBeUndefined();
  });
});
