import { describe, expect, it } from 'vitest';
import { isNameWord } from '../../../src/analysis/mentions/name-words.js';
import { nameContext as context } from '../analysis-helpers.js';

describe('isNameWord', () => {
  it('takes capitalised words inside a sentence, not dates or contractions', () => {
    const ctx = context('On Monday they met Kowalski in Toronto. I’m sure.');
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Kowalski'), word('Toronto'), word('Monday'), word('I’m')]).toEqual([true, true, false, false]);
  });
});

describe('isNameWord at the start of the story, after its dateline', () => {
  it('reads a plural common word before "of" as a description, as at the start of a sentence', () => {
    const ctx = context('WESTBURY — Supporters of Lena Ford and John Varga met on Wednesday.');
    expect(isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === 'Supporters'))).toBe(false);
    // A dash inside running text opens no story.
    const mid = context('They came for one reason — Supporters of the plan said so.');
    expect(isNameWord(mid, mid.doc.tokens.find((t) => t.text === 'Supporters'))).toBe(true);
  });
});

describe('isNameWord at the start of a sentence', () => {
  it('takes a word the tagger misreads when a head word follows, not an adverb', () => {
    const ctx = context('Downing Street said the vote would go ahead. Once Congress acts, it will be law.');
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Downing'), word('Once')]).toEqual([true, false]);
  });

  it('takes no word joined to an underscore, part of a file’s name', () => {
    const ctx = context('Please find Linda_resume.doc attached, from Linda Reyes.');
    const words = ctx.doc.tokens.filter((t) => t.text === 'Linda');
    expect(words.map((t) => isNameWord(ctx, t))).toEqual([false, true]);
  });

  it('takes no word a file’s extension is written onto', () => {
    const ctx = context('See attached file: CrudeStocks.pdf from Linda Reyes, and HarborBudget.xlsx too.');
    expect(isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === 'CrudeStocks'))).toBe(false);
    expect(isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === 'HarborBudget'))).toBe(false);
    expect(isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === 'Linda'))).toBe(true);
  });

  it('takes no greeting before a name', () => {
    const ctx = context('Hi Frank, can you call me?');
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Hi'), word('Frank')]).toEqual([false, true]);
  });

  it('reads a capital after a colon as a clause start: a quantifier is no name, a proper noun still is', () => {
    const ctx = context('Another snag: Most states have passed the deadline. One witness: Kowalski.');
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Most'), word('Kowalski')]).toEqual([false, true]);
  });

  it('takes no common noun before "of" that heads no body, place, event or office', () => {
    const ctx = context('Life of Canadians in the north changed. Bank of Canada data came later.');
    const word = (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));
    expect([word('Life'), word('Bank')]).toEqual([false, true]);
  });
});
