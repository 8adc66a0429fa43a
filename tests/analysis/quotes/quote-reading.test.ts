import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../../src/analysis/quotes/attribute-speakers.js';
import { findQuotes } from '../../../src/analysis/quotes/find-quotes.js';
import { docOf, entitiesOf, type Named } from './helpers.js';

/** The speaker name of each direct quotation of `text`. */
function speakers(text: string, named: readonly Named[]): (string | null)[] {
  const doc = docOf(text);
  return attributeSpeakers(doc, findQuotes(doc), entitiesOf(doc, named))
    .filter((q) => q.kind === 'direct')
    .map((q) => q.speaker?.name ?? null);
}

const men: Named[] = [
  { name: 'Tom Garrow', gender: 'male' },
  { name: 'Paul Vickers', gender: 'male' },
];

describe('readingForQuote: a person the quotation names', () => {
  it('is not who "he" stands for, even as the most salient', () => {
    const text = 'Tom Garrow met Paul Vickers on Monday.\n\n“Garrow has no plan for the harbor,” he said.';
    expect(speakers(text, men)).toEqual(['Paul Vickers']);
  });

  it('is still chosen with no one else in reach (a speaker recalls words said to them)', () => {
    const text = 'Tom Garrow spoke on Monday.\n\n“My coach told me, ‘Garrow, you will win,’” he said.';
    expect(speakers(text, men.slice(0, 1))).toEqual(['Tom Garrow']);
  });

  it('does not change a pronoun whose quotation names nobody', () => {
    const text = 'Tom Garrow met Paul Vickers on Monday.\n\n“Nobody has a plan for the harbor,” he said.';
    expect(speakers(text, men)).toEqual(['Tom Garrow']);
  });
});
