import { describe, expect, it } from 'vitest';
import { nestedOrganizations } from '../../../src/analysis/mentions/nested-organizations.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc, gazetteer } from '../analysis-helpers.js';

function nested(text: string): { text: string; slice: string; nested: boolean | undefined }[] {
  const d = doc(text);
  const typed = classifyCandidates(d, gazetteer, findCandidates(d, gazetteer));
  return nestedOrganizations(d, gazetteer, typed).map((c) => ({ text: c.text, slice: text.slice(c.start, c.end), nested: c.nested }));
}

describe('nestedOrganizations', () => {
  it('finds the body that runs an event or gives an award', () => {
    expect(nested('Norway drew on day three of the 2030 FIFA World Cup in Spain.')).toEqual([{ text: 'FIFA', slice: 'FIFA', nested: true }]);
    expect(nested('She won a BAFTA Award in 1996.').map((f) => f.text)).toEqual(['BAFTA']);
  });

  it('takes a listed organization opening a name', () => {
    expect(nested('She won the Google Award in 2019.').map((f) => f.text)).toEqual(['Google']);
  });

  it('takes no listed name that is the first half of a compound, but an acronym so written', () => {
    expect(nested('She won the Google-Westbury Cup in 2019.')).toEqual([]);
    expect(nested('He won the FIFA-Westbury Cup in 2019.').map((f) => f.text)).toEqual(['FIFA']);
  });

  it('leaves out places, currencies, numerals and names of organizations', () => {
    expect(nested('He reached the final of the U.S. Open last year.')).toEqual([]);
    expect(nested('The price rose to USD Index highs after World War II ended.')).toEqual([]);
    expect(nested('The IMF Executive Board met on Friday.').map((f) => f.text)).toEqual([]);
  });
});
