import { describe, expect, it } from 'vitest';
import { courtCaseParty, datedElection } from '../../../src/analysis/mentions/event-names.js';
import { doc } from '../analysis-helpers.js';

/** Token range of the first occurrence of `words`. */
function rangeIn(text: string, words: string): { tokens: ReturnType<typeof doc>['tokens']; start: number; end: number } {
  const d = doc(text);
  const parts = words.split(' ');
  const start = d.tokens.findIndex((_t, i) => parts.every((p, k) => d.tokens[i + k]?.text === p));
  return { tokens: d.tokens, start, end: start + parts.length };
}

describe('datedElection', () => {
  it('reads a place between a year and an election, or ending an election’s title after "in", as part of the vote', () => {
    const between = rangeIn('She won the 1992 Westria general election easily.', 'Westria');
    expect(datedElection(between.tokens, between.start, between.end)).toBe(true);
    const title = rangeIn('She won the 2004 Ruritania State Senate election in Westria easily.', 'Westria');
    expect(datedElection(title.tokens, title.start, title.end)).toBe(true);
  });

  it('leaves a place where a vote described in a few words is held', () => {
    const described = rangeIn('She lost the 2010 Senate election in Westria narrowly.', 'Westria');
    expect(datedElection(described.tokens, described.start, described.end)).toBe(false);
  });
});

describe('courtCaseParty', () => {
  it('reads the parties on either side of "v." as a court case’s', () => {
    const left = rangeIn('The ruling in Garrow v. Vickers stands.', 'Garrow');
    const right = rangeIn('The ruling in Garrow v. Vickers stands.', 'Vickers');
    expect(courtCaseParty(left.tokens, left.start, left.end)).toBe(true);
    expect(courtCaseParty(right.tokens, right.start, right.end)).toBe(true);
    const race = rangeIn('The race is Garrow vs. Vickers now.', 'Garrow');
    expect(courtCaseParty(race.tokens, race.start, race.end)).toBe(false);
  });
});
