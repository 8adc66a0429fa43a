import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES, analyzeWith, type AnalysisStage } from '../../src/analysis/analyze.js';
import { getWink } from '../../src/nlp/wink.js';
import { gazetteer } from './analysis-helpers.js';

const TEXT = '“The bridge opens in May,” said Dana Garrow, the mayor of Westbury.';

describe('analyzeWith', () => {
  it('names each stage as it ends, in order, when asked', () => {
    const seen: AnalysisStage[] = [];
    analyzeWith({ wink: getWink(), gazetteer }, TEXT, { onStage: (stage) => seen.push(stage) });
    expect(seen).toEqual([...ANALYSIS_STAGES]);
  });

  it('reports the same with or without the stage hook', () => {
    const resources = { wink: getWink(), gazetteer };
    const plain = analyzeWith(resources, TEXT, { source: 'a' });
    const timed = analyzeWith(resources, TEXT, { source: 'a', onStage: () => undefined });
    expect(timed).toEqual(plain);
  });
});
