import { describe, expect, it } from 'vitest';
import { isNameWord, type Context } from '../../../src/analysis/mentions/name-words.js';
import { nameContext as context } from '../analysis-helpers.js';

/** Whether the first token spelled `text` in `ctx`'s document reads as a name word. */
const nameWordIn = (ctx: Context) => (text: string) => isNameWord(ctx, ctx.doc.tokens.find((t) => t.text === text));

describe('isNameWord', () => {
  it('takes capitalised words inside a sentence, not dates or contractions', () => {
    const ctx = context('On Monday they met Kowalski in Toronto. I’m sure.');
    const word = nameWordIn(ctx);
    expect([word('Kowalski'), word('Toronto'), word('Monday'), word('I’m')]).toEqual([true, true, false, false]);
  });
});

describe('isNameWord at the start of the story, after its dateline', () => {
  it('reads a plural common word before "of" as a description, as at the start of a sentence', () => {
    const ctx = context('WESTBURY — Supporters of Lena Ford and John Varga met on Wednesday.');
    expect(nameWordIn(ctx)('Supporters')).toBe(false);
    // A dash inside running text opens no story.
    const mid = context('They came for one reason — Supporters of the plan said so.');
    expect(nameWordIn(mid)('Supporters')).toBe(true);
  });
});

describe('isNameWord at the start of a sentence', () => {
  it('takes a word the tagger misreads when a head word follows, not an adverb', () => {
    const ctx = context('Downing Street said the vote would go ahead. Once Congress acts, it will be law.');
    const word = nameWordIn(ctx);
    expect([word('Downing'), word('Once')]).toEqual([true, false]);
  });

  it('takes no word joined to an underscore, part of a file’s name', () => {
    const ctx = context('Please find Linda_resume.doc attached, from Linda Reyes.');
    const words = ctx.doc.tokens.filter((t) => t.text === 'Linda');
    expect(words.map((t) => isNameWord(ctx, t))).toEqual([false, true]);
  });

  it('takes no word a file’s extension is written onto', () => {
    const ctx = context('See attached file: CrudeStocks.pdf from Linda Reyes, and HarborBudget.xlsx too.');
    const word = nameWordIn(ctx);
    expect([word('CrudeStocks'), word('HarborBudget'), word('Linda')]).toEqual([false, false, true]);
  });

  it('takes no word made with a prefix and a hyphen, unless a name goes on after it', () => {
    const ctx = context('Ex-teammates remember him. Anti-war protesters marched. The Co-operative Harbour Federation won.');
    const word = nameWordIn(ctx);
    expect([word('Ex-teammates'), word('Anti-war'), word('Co-operative')]).toEqual([false, false, true]);
  });

  it('takes no greeting before a name', () => {
    const ctx = context('Hi Frank, can you call me?');
    const word = nameWordIn(ctx);
    expect([word('Hi'), word('Frank')]).toEqual([false, true]);
  });

  it('reads a capital after a colon as a clause start: a quantifier is no name, a proper noun still is', () => {
    const ctx = context('Another snag: Most states have passed the deadline. One witness: Kowalski.');
    const word = nameWordIn(ctx);
    expect([word('Most'), word('Kowalski')]).toEqual([false, true]);
  });

  it('takes no common noun before "of" that heads no body, place, event or office', () => {
    const ctx = context('Life of Canadians in the north changed. Bank of Canada data came later.');
    const word = nameWordIn(ctx);
    expect([word('Life'), word('Bank')]).toEqual([false, true]);
  });
});
