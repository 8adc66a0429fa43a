import { describe, expect, it } from 'vitest';
import { totalScores, typesByForm } from '../../../src/analysis/mentions/document-scores.js';
import { DEFAULT_MODEL, weightOf } from '../../../src/analysis/mentions/typing-model.js';
import { F } from '../../../src/analysis/mentions/features.js';
import { typed } from '../analysis-helpers.js';

describe('totalScores', () => {
  it('counts a kind of context once, however often it recurs', () => {
    const once = totalScores(typed('Varnosco said profits rose.'), DEFAULT_MODEL).get('Varnosco');
    const thrice = totalScores(typed('Varnosco said profits rose. Varnosco said costs fell. Varnosco said more.'), DEFAULT_MODEL).get('Varnosco');
    expect(thrice).toEqual(once);
    // The context does count: "said" adds to the person the bare name would be.
    const bare = totalScores(typed('We met Varnosco.'), DEFAULT_MODEL).get('Varnosco');
    expect(once?.person).toBeGreaterThan(bare?.person ?? Infinity);
  });

  it('adds each different context to the name’s own evidence, and keeps the threshold', () => {
    const said = totalScores(typed('Varnosco said profits rose.'), DEFAULT_MODEL).get('Varnosco');
    const both = totalScores(typed('Varnosco said profits rose. Investors bought shares of Varnosco.'), DEFAULT_MODEL).get('Varnosco');
    expect(both?.organization).toBeGreaterThan(said?.organization ?? Infinity);
    // "shares of" counts once, with its own weight for a person (a company's shares are no one's).
    expect(both?.person).toBe((said?.person ?? NaN) + weightOf(DEFAULT_MODEL, F.stockOf, 0));
    expect(both?.none).toBe(said?.none);
  });
});

describe('typesByForm', () => {
  it('gathers the types each written form takes on its own, untyped mentions as undefined', () => {
    const found = typed('Vladimir Putin spoke in Beijing. We ordered the Kravelo and waited.');
    const types = typesByForm(found);
    expect(types.get('Beijing')).toEqual(new Set(['place']));
    expect(types.get('Kravelo')).toEqual(new Set([undefined]));
  });
});
