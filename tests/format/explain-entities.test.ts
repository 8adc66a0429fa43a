import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatEntityExplanations } from '../../src/format/explain-entities.js';
import { formatText } from '../../src/format/text.js';
import type { EntityExplanation } from '../../src/report.js';
import { sampleReport } from './fixture.js';

const plain = new Chalk({ level: 0 });

const ortega: EntityExplanation = {
  mention: { start: 4, end: 16, text: 'Maria Ortega' },
  type: 'person',
  features: [
    { name: 'bias', description: 'always fires', weights: { person: 0, place: 0, organization: 0, none: 1 } },
    { name: 'honorificTitle', description: 'an honorific before the name', weights: { person: 8, place: 0, organization: 0, none: 0 } },
    { name: 'theBefore', description: 'after "the"', weights: { person: -1.5, place: 0, organization: 1.5, none: 0 } },
  ],
  scores: { person: 6.5, place: 0, organization: 1.5, none: 1 },
  rule: null,
};
const ortegaAgain: EntityExplanation = { ...ortega, mention: { start: 40, end: 46, text: 'Ortega' }, features: [ortega.features[0]!], scores: { person: 0, place: 0, organization: 0, none: 1 }, rule: 'person-name-part' };
const word: EntityExplanation = { ...ortegaAgain, mention: { start: 60, end: 65, text: 'Early' }, type: null, rule: null };

describe('formatEntityExplanations', () => {
  it('shows each name with its verdict, its scores, the non-zero weights of each feature and the deciding rule', () => {
    const lines = formatEntityExplanations([ortega, ortegaAgain, word], plain).trimEnd().split('\n');
    expect(lines).toEqual([
      'Why these names (3)',
      '  Maria Ortega @4  → person  (person 6.5, place 0, organization 1.5, none 1)',
      '      bias (none +1)',
      '      honorificTitle (person +8)',
      '      theBefore (person −1.5, organization +1.5)',
      '  Ortega @40  → person  (person 0, place 0, organization 0, none 1)',
      '      bias (none +1)',
      '      rule: person-name-part',
      '  Early @60  → not reported  (person 0, place 0, organization 0, none 1)',
      '      bias (none +1)',
    ]);
  });

  it('prints nothing without explanations, and the text report carries them only when present', () => {
    expect(formatEntityExplanations([], plain)).toBe('');
    expect(formatText(sampleReport(), { chalk: plain })).not.toContain('Why these names');
    const explained = formatText({ ...sampleReport(), explain: { entities: [ortega] } }, { chalk: plain });
    expect(explained).toContain('\nWhy these names (1)\n  Maria Ortega @4');
  });
});
