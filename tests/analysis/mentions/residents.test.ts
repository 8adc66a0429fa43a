import { describe, expect, it } from 'vitest';
import { residentsOfPlace } from '../../../src/analysis/mentions/residents.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({
  ...NEWS_FACTS,
  places: { ...NEWS_FACTS.places, Garrowby: { name: 'Garrowby', kind: 'city', country: 'US', population: 40_000 } },
});

describe('residentsOfPlace', () => {
  it('reads the people of a region, a country or a large city in the plural', () => {
    expect(['Ohioans', 'Alaskans', 'Kentuckians', 'Bostonians', 'Russians'].map((w) => residentsOfPlace(gazetteer, w))).toEqual([true, true, true, true, true]);
  });

  it('reads no small town’s people, no surname of that shape and no singular', () => {
    expect(['Garrowbyans', 'Rogers', 'Evans', 'Ohioan'].map((w) => residentsOfPlace(gazetteer, w))).toEqual([false, false, false, false]);
  });
});
