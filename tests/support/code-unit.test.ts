import { describe, expect, it } from 'vitest';
import { codeAt, isBlank, startsCapitalised } from '../../src/support/code-unit.js';

describe('codeAt', () => {
  it('reads the code unit as charCodeAt does, whatever the string is made of', () => {
    const article = 'Halvorsen met Łukasz Tolle in Westbury.';
    const sliced = article.slice(14, 20);
    const joined = ['Tol', 'le'].join('');
    for (const word of ['Garrow', sliced, joined, 'Łódź', '']) {
      for (let i = 0; i <= word.length; i++) expect(codeAt(word, i)).toEqual(word.charCodeAt(i));
    }
  });
});

describe('isBlank', () => {
  it('is true for text that trims to nothing, as !text.trim() is', () => {
    for (const text of ['', ' ', '\n', '\t\u00a0', '\ufeff', 'Keane', ' Ford ', '.']) expect(isBlank(text)).toBe(!text.trim());
  });
});

describe('startsCapitalised', () => {
  it('tells a capital first letter, in ASCII and beyond', () => {
    expect(['London', 'Łódź', 'Émile'].map(startsCapitalised)).toEqual([true, true, true]);
    expect(['london', 'ćevapi', '3M', '', '“Quote'].map(startsCapitalised)).toEqual([false, false, false, false, false]);
  });
});
