import { describe, expect, it } from 'vitest';
import { followersPlural, pluralOfQualifier, qualifyingWords } from '../../../src/analysis/mentions/group-plurals.js';
import { doc, typed } from '../analysis-helpers.js';

describe('qualifyingWords', () => {
  it('collects capitalised words written before a lower-case noun inside a sentence', () => {
    const words = qualifyingWords(doc('Turnout among Latino voters rose. Analysts cite the Hispanic vote. Voters came.'));
    expect([...words].sort()).toEqual(['Hispanic', 'Latino']);
  });
});

describe('pluralOfQualifier', () => {
  it('reads a plural in -s or -es of such a word, not a word in -ss', () => {
    const words = new Set(['Latino', 'Ruritanian', 'Kess']);
    expect(pluralOfQualifier('Latinos', words)).toBe(true);
    expect(pluralOfQualifier('Ruritanians', words)).toBe(true);
    expect(pluralOfQualifier('Kessess', words)).toBe(false);
    expect(pluralOfQualifier('Sanders', words)).toBe(false);
  });
});

describe('the group-plural rule', () => {
  it('types no group named in the plural where the article uses its singular as an adjective, but keeps a surname in -s', () => {
    const text = 'Turnout among Latino voters rose sharply. Latinos said the economy mattered most. Senator Tom Sanders said so too. Sanders won.';
    const found = typed(text);
    expect(found.find((c) => c.text === 'Latinos')?.type).toBeUndefined();
    expect(found.find((c) => c.text === 'Latinos')?.evidence.rule).toBe('group-plural');
    expect(found.filter((c) => c.text === 'Sanders').map((c) => c.type)).toEqual(['person']);
  });
});

describe('followersPlural', () => {
  it('reads followers of a doctrine in the plural as a group, and types them as no entity', () => {
    expect(followersPlural('Islamists')).toBe(true);
    expect(followersPlural('Marxists')).toBe(true);
    expect(followersPlural('Lists')).toBe(false);
    expect(followersPlural('Kessin')).toBe(false);
    expect(typed('Talks failed. Varnickists seized the port on Monday.').find((c) => c.text === 'Varnickists')?.type).toBeUndefined();
  });
});
