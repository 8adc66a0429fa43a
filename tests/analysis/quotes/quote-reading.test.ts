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

describe('readingForQuote: the pronoun’s own clause', () => {
  it('does not take the person "he" speaks to for the speaker', () => {
    const text = 'Tom Garrow met Paul Vickers on Monday.\n\n“We will build it,” he told Garrow.';
    expect(speakers(text, men)).toEqual(['Paul Vickers']);
  });
});

describe('readingForQuote: a person just reported as speaking', () => {
  it('goes on speaking, rather than the person their words were about', () => {
    const text = 'Tom Garrow will win the seat, Paul Vickers said.\n\n“He has the votes,” he said.';
    expect(speakers(text, men)).toEqual(['Paul Vickers']);
  });

  it('is not one who only asked, in a clause setting the scene', () => {
    const text = 'Tom Garrow did not hesitate when Paul Vickers asked about the seat.\n\n“I have the votes,” he said.';
    expect(speakers(text, men)).toEqual(['Tom Garrow']);
  });
});
