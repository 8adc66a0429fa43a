import { describe, expect, it } from 'vitest';
import { rankMentions } from '../../../src/analysis/mentions/rank-mentions.js';
import { doc, gazetteer } from '../analysis-helpers.js';
import { linkEntities } from '../../../src/analysis/entities/link-entities.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';

function ranks(text: string): [string, string][] {
  const d = doc(text);
  return rankMentions(d, classifyCandidates(d, gazetteer, findCandidates(d, gazetteer))).map((r) => [r.text, r.holder.text]);
}

describe('rankMentions', () => {
  it('reads a title of rank in apposition, with its ordinal', () => {
    expect(ranks('She sailed with Thomas Halvorsen, 3rd Earl of Westbury, to Portugal.')).toEqual([['3rd Earl of Westbury', 'Thomas Halvorsen']]);
  });

  it('reads a title a person gives himself, quoted or not', () => {
    expect(ranks('In 1871 Silas Garrow declared himself "Emperor of the United States".')).toEqual([['Emperor of the United States', 'Silas Garrow']]);
  });

  it('leaves job titles and titles without a holder alone', () => {
    expect(ranks('Ann Garrow, the Secretary of State, spoke.')).toEqual([]);
    expect(ranks('Mary Smith, Professor of Linguistics, spoke.')).toEqual([]);
    expect(ranks('Nobody has held the office of Emperor of the United States.')).toEqual([]);
  });
});

describe('rank mentions in entities', () => {
  it('are mentions and titles of the holder, never their name', () => {
    const text = 'Thomas Halvorsen, 3rd Earl of Westbury, met him. Halvorsen wrote back.';
    const d = doc(text);
    const typed = classifyCandidates(d, gazetteer, findCandidates(d, gazetteer));
    const { entities } = linkEntities(d, gazetteer, typed, rankMentions(d, typed));
    const person = entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Thomas Halvorsen');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Thomas Halvorsen', '3rd Earl of Westbury', 'Halvorsen']);
    expect(person?.titles).toContain('3rd Earl of Westbury');
    expect(person?.aliases).toEqual(['Halvorsen']);
  });
});
