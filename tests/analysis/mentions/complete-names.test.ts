import { describe, expect, it } from 'vitest';
import { isCompleteName, ownerIsPerson, placeAfterOf } from '../../../src/analysis/mentions/complete-names.js';
import type { Context } from '../../../src/analysis/mentions/name-words.js';
import { gazetteer, nameContext } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const context = (text: string): Context => nameContext(text, gazetteer);

/** Token range of the first occurrence of `words` in the context's document. */
function rangeOf(ctx: Context, words: string): [number, number] {
  const parts = words.split(' ');
  const start = ctx.doc.tokens.findIndex((_t, i) => parts.every((p, k) => ctx.doc.tokens[i + k]?.text === p));
  return [start, start + parts.length];
}

describe('isCompleteName', () => {
  it('reads a given name and a surname, or an honorific and a surname, as a whole name', () => {
    const ctx = context('John Vickers of Fox News and Mr. Vickers of the club spoke to the Harbor Bank of Ohio.');
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'John Vickers'))).toBe(true);
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'Mr. Vickers'))).toBe(true);
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'Harbor Bank'))).toBe(false);
  });

  it('reads a given name that is also a word as opening a full name after a title or before an initial', () => {
    // "frank" and "king" are common words here, and "king" a title word too.
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'king'] });
    const ctx = nameContext('Rep. Frank King of Ohio and Frank T. King of Ohio spoke.', facts);
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'Rep. Frank King'))).toBe(true);
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'Frank T. King'))).toBe(true);
  });

  it('reads a chamber before "of" and a place as part of a longer name, not a whole one', () => {
    const ctx = context('She sat in the House of Commons of Ohio, and Ann Grove of Ohio did not.');
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'House of Commons'))).toBe(false);
    expect(isCompleteName(ctx, ...rangeOf(ctx, 'Ann Grove'))).toBe(true);
  });
});

describe('ownerIsPerson', () => {
  it('reads a person before a possessive, not an institution', () => {
    const ctx = context('John Vickers’s seat and Boston Children’s Hospital.');
    expect(ownerIsPerson(ctx, ...rangeOf(ctx, 'John Vickers'))).toBe(true);
    expect(ownerIsPerson(ctx, ...rangeOf(ctx, 'Boston Children'))).toBe(false);
  });

  it('reads one word as a person when the text named someone in full by it before', () => {
    const ctx = context('John Vickers runs a fund. Vickers’s Harbor Capital Group gave, as did Keane’s Harbor Bank.');
    const owner = (word: string): [number, number] => {
      const at = ctx.doc.tokens.findIndex((t, i) => t.text === word && ctx.doc.tokens[i + 1]?.text === '’s');
      return [at, at + 1];
    };
    expect(ownerIsPerson(ctx, ...owner('Vickers'))).toBe(true);
    expect(ownerIsPerson(ctx, ...owner('Keane'))).toBe(false);
  });
});

describe('placeAfterOf', () => {
  it('finds a region after "of", and only a country or region when told so', () => {
    const ctx = context('Ann Grove of West Virginia met Tom Keane of Boston.');
    expect(placeAfterOf(ctx, rangeOf(ctx, 'West Virginia')[0])).toBe(true);
    expect(placeAfterOf(ctx, rangeOf(ctx, 'Boston')[0])).toBe(true);
    expect(placeAfterOf(ctx, rangeOf(ctx, 'Boston')[0], true)).toBe(false);
  });
});
