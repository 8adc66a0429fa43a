import { describe, expect, it } from 'vitest';
import { bracketedAcronyms, sameInitial, spelledOutSomewhere, unitAcronyms, writtenAsKind } from '../../../src/analysis/mentions/acronym-terms.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc, gazetteer } from '../analysis-helpers.js';

function typedDoc(text: string) {
  const d = doc(text);
  return { d, typed: classifyCandidates(d, gazetteer, findCandidates(d, gazetteer)) };
}

describe('bracketedAcronyms', () => {
  it('gives an acronym its long form’s type, or none for a lower-case term', () => {
    const { d, typed } = typedDoc('The World Health Organization (WHO) warned that iodine deficiency disorders (IDD) are rising.');
    const types = bracketedAcronyms(typed, d);
    expect(types.get('WHO')).toBe('organization');
    expect(types.get('IDD')).toBeNull();
  });

  it('reads an acronym spelled by capitalised words that name no entity as a term, in capitals or not', () => {
    const { d, typed } = typedDoc('Loads peak in a Peak Load Window (PLW) before the rate of climb (RoC) was measured.');
    const types = bracketedAcronyms(typed, d);
    expect(types.get('PLW')).toBeNull();
    expect(types.get('RoC')).toBeNull();
  });
});

describe('bracketedAcronyms after a place', () => {
  it('takes an agency in brackets after a dateline for no abbreviation of the place', () => {
    const { d, typed } = typedDoc('WEST VIRGINIA (AP) — The vote was held on Monday.');
    expect(bracketedAcronyms(typed, d).has('AP')).toBe(false);
  });

  it('reads a body’s acronym from another language, whatever its initial', () => {
    expect(sameInitial('World Health Organization', 'WHO')).toBe(true);
    expect(sameInitial('the West Virginia Party', 'WVP')).toBe(true);
    expect(sameInitial('West Virginia', 'AP')).toBe(false);
  });
});

describe('unitAcronyms', () => {
  it('finds acronyms written after a number, but not after a year or before a noun', () => {
    const { d, typed } = typedDoc('He hit .203 with 11 RBI. In 2016 NATO agreed. Three CIA officers met.');
    expect([...unitAcronyms(typed, d)]).toEqual(['RBI']);
  });
});

describe('spelledOutSomewhere', () => {
  it('finds the lower-case nouns and adjectives an acronym abbreviates', () => {
    const d = doc('Firms use artificial intelligence to cut costs; gross domestic product fell.');
    expect(spelledOutSomewhere(d, 'AI')).toBe(true);
    expect(spelledOutSomewhere(d, 'GDP')).toBe(true);
    expect(spelledOutSomewhere(doc('They used some new rules.'), 'US')).toBe(false);
  });
});

describe('writtenAsKind', () => {
  it('finds an acronym in the plural, or heading a phrase after "a" and words qualifying it', () => {
    expect(writtenAsKind(doc('Two super PACs spent heavily.'), 'PAC')).toBe(true);
    expect(writtenAsKind(doc('A conservative super PAC ran ads against him.'), 'PAC')).toBe(true);
    expect(writtenAsKind(doc('It was a pro-Garrow super PAC, backed by donors.'), 'PAC')).toBe(true);
  });

  it('finds no kind where the acronym qualifies what follows, stands alone after "a", or only after "the"', () => {
    expect(writtenAsKind(doc('An FBI agent and a new NATO-led force arrived.'), 'FBI')).toBe(false);
    expect(writtenAsKind(doc('An FBI agent and a new NATO-led force arrived.'), 'NATO')).toBe(false);
    expect(writtenAsKind(doc('A recent KVTN national poll and a KVTN/ORC poll agree.'), 'KVTN')).toBe(false);
    expect(writtenAsKind(doc('Whether there is a GOP, as we know it, is unclear.'), 'GOP')).toBe(false);
    expect(writtenAsKind(doc('The terrorist group ISIS said so.'), 'ISIS')).toBe(false);
  });
});
