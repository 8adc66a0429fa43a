import { describe, expect, it } from 'vitest';
import { CLASS_COUNT, CONTEXT_FEATURES, F, FEATURE_COUNT, FEATURE_LIST, featureName } from '../../../src/analysis/mentions/features.js';
import { PRIOR_WEIGHTS } from '../../../src/analysis/mentions/prior-weights.js';
import { LEARNED_WEIGHTS } from '../../../src/analysis/mentions/learned-weights.js';
import { DEFAULT_MODEL, modelFromTable, scoreFeatures } from '../../../src/analysis/mentions/typing-model.js';
import { bestType } from '../../../src/analysis/mentions/evidence-record.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { DOCUMENT_RULE_NAMES } from '../../../src/analysis/mentions/document-rules.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc, gazetteer } from '../analysis-helpers.js';

describe('feature registry', () => {
  it('gives every feature a distinct name and a dense id', () => {
    const names = FEATURE_LIST.map(([name]) => name);
    expect(new Set(names).size).toBe(FEATURE_COUNT);
    names.forEach((name, id) => {
      expect(F[name]).toBe(id);
      expect(featureName(id)).toBe(name);
    });
  });

  it('names only registered features as context features', () => {
    const names = new Set(FEATURE_LIST.map(([name]) => name));
    for (const name of CONTEXT_FEATURES) expect(names.has(name as (typeof FEATURE_LIST)[number][0])).toBe(true);
    // The name's own evidence is not context.
    expect(CONTEXT_FEATURES.has('gazetteerCountry')).toBe(false);
    expect(CONTEXT_FEATURES.has('subjectOfVerb')).toBe(true);
  });

  it('has a prior and a learned row of four weights for every feature, and no row for anything else', () => {
    for (const table of [PRIOR_WEIGHTS, LEARNED_WEIGHTS]) {
      expect(Object.keys(table).sort()).toEqual(FEATURE_LIST.map(([name]) => name).sort());
      for (const row of Object.values(table)) expect(row).toHaveLength(CLASS_COUNT);
    }
  });
});

describe('typing model', () => {
  it('sums the weights of the features that fired, a feature fired twice counting twice', () => {
    const model = modelFromTable({ bias: [0, 0, 0, 1], acronym: [0, 0, 3, 0], theBefore: [-1.5, 0, 1.5, 0] });
    expect(scoreFeatures(model, [F.bias, F.acronym, F.theBefore, F.theBefore])).toEqual({ person: -3, place: 0, organization: 6, none: 1 });
  });

  it('reports a type only when it reaches the score of none; ties go to the type', () => {
    expect(bestType({ person: 1, place: 0, organization: 0, none: 1 })).toBe('person');
    expect(bestType({ person: 0.5, place: 0.9, organization: 0, none: 1 })).toBeUndefined();
    expect(bestType({ person: 2, place: 3, organization: 3, none: 1 })).toBe('place');
  });

  it('types with a table it is given: zero weights report nothing', () => {
    const d = doc('Dr. Maria Ortega said the plan would pass.');
    const typedWith = (model = DEFAULT_MODEL) => classifyCandidates(d, gazetteer, findCandidates(d, gazetteer), model).find((c) => c.text === 'Maria Ortega');
    expect(typedWith()?.type).toBe('person');
    expect(typedWith()?.evidence.fired).toContain(F.honorificTitle);
    expect(typedWith(modelFromTable({ bias: [0, 0, 0, 1] }))?.type).toBeUndefined();
  });

  it('switches document rules off by name', () => {
    const text = 'Maria Ortega arrived on Monday. Later, Ortega left.';
    const d = doc(text);
    const ortega = (disabled: string[]) =>
      classifyCandidates(d, gazetteer, findCandidates(d, gazetteer), modelFromTable(LEARNED_WEIGHTS, disabled)).find((c) => c.text === 'Ortega');
    expect(ortega([])?.evidence.rule).toBe('person-name-part');
    expect(ortega(['person-name-part'])?.evidence.rule).not.toBe('person-name-part');
    expect(DOCUMENT_RULE_NAMES).toContain('person-name-part');
    expect(new Set(DOCUMENT_RULE_NAMES).size).toBe(DOCUMENT_RULE_NAMES.length);
  });
});
