import { describe, expect, it } from 'vitest';
import { typed } from '../analysis-helpers.js';

describe('typeListMembers', () => {
  it('gives unknown members of a list of places the type of the list', () => {
    const text = 'He pointed to referendums in Crimea, Donetsk, Lugansk, Zaporozhye, and Kherson as evidence.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types).toEqual({ Crimea: 'place', Donetsk: 'place', Lugansk: 'place', Zaporozhye: 'place', Kherson: 'place' });
  });

  it('does not type a pair on the strength of one member', () => {
    const types = Object.fromEntries(typed('They met in Crimea and Zorbatown.').map((c) => [c.text, c.type]));
    expect(types.Zorbatown).toBeUndefined();
  });
});
