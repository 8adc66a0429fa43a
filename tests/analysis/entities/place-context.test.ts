import { describe, expect, it } from 'vitest';
import { gazetteerFromData } from '../../../src/gazetteer/gazetteer.js';
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
    { name: 'Denver', kind: 'city', country: 'US', population: 715_000 },
    { name: 'Boulder', kind: 'city', country: 'US', population: 105_000 },
    { name: 'Colorado', kind: 'region', country: 'US' },
  ],
});

function placesIn(text: string): Array<[string, string | undefined]> {
  const d = doc(text);
  const { entities } = linkEntities(d, gazetteer, classifyCandidates(d, gazetteer, findCandidates(d, gazetteer)));
  return entities.filter((e) => e.type === 'place').map((e) => [e.name, e.place?.country]);
}

describe('placeResolver', () => {
  it('reads a homonym in the country of the article’s other places', () => {
    expect(placesIn('Police in Denver said the man lived in Aurora. He was held in Boulder, Colorado.')).toContainEqual(['Aurora', 'US']);
  });

  it('keeps the reference data’s first place without such context', () => {
    expect(placesIn('The festival moved to Aurora this year.')).toContainEqual(['Aurora', 'PH']);
  });

  it('does not take a small namesake for a large city', () => {
    expect(placesIn('Officials in Denver and Boulder, Colorado, flew to Athens for talks.')).toContainEqual(['Athens', 'GR']);
  });
});
