import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../../src/analysis/analyze.js';
import { getWink } from '../../../src/nlp/wink.js';
import { gazetteer } from '../analysis-helpers.js';

const resources = { wink: getWink(), gazetteer };
const text = 'Dr. Maria Ortega arrived in London on Monday. Ortega said the talks went well.';

describe('explain', () => {
  it('is absent unless asked for', () => {
    expect(analyzeWith(resources, text).explain).toBeUndefined();
  });

  it('gives each candidate name its features, their weights, its scores and the rule that decided', () => {
    const explained = analyzeWith(resources, text, { explain: true }).explain?.entities ?? [];
    expect(explained.map((e) => e.mention.text)).toEqual(['Maria Ortega', 'London', 'Ortega']);
    const [full, london, surname] = explained;
    expect(full?.type).toBe('person');
    expect(full?.features.map((f) => f.name)).toContain('honorificTitle');
    expect(full?.features.find((f) => f.name === 'honorificTitle')?.weights.person).toBeGreaterThan(0);
    expect(full?.scores.person).toBeGreaterThan(full?.scores.none ?? Infinity);
    expect(london?.type).toBe('place');
    expect(london?.features.some((f) => f.name.startsWith('gazetteer'))).toBe(true);
    expect(surname?.rule).toBe('person-name-part');
    for (const e of explained) expect(text.slice(e.mention.start, e.mention.end)).toBe(e.mention.text);
  });

  it('changes nothing else in the report', () => {
    const { explain: _explain, ...explained } = analyzeWith(resources, text, { explain: true });
    expect(explained).toEqual(analyzeWith(resources, text));
  });
});
