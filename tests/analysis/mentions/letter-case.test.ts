import { describe, expect, it } from 'vitest';
import { isAllCaps, startsCapitalised, titleCase } from '../../../src/analysis/mentions/letter-case.js';

describe('letter case', () => {
  it('tells a capital first letter, in ASCII and beyond', () => {
    expect(['London', 'Łódź', 'Émile'].map(startsCapitalised)).toEqual([true, true, true]);
    expect(['london', 'ćevapi', '3M', '', '“Quote'].map(startsCapitalised)).toEqual([false, false, false, false, false]);
  });

  it('tells words without lower-case letters', () => {
    expect(['NATO', 'U.S.', 'ŁÓDŹ', 'AT&T'].map(isAllCaps)).toEqual([true, true, true, true]);
    expect(['Nato', 'ŁÓDź', '1999', '-', 'iPHONE'].map(isAllCaps)).toEqual([false, false, false, false, false]);
  });

  it('title-cases words written in capitals', () => {
    expect(titleCase('NEW-YORK')).toBe('New-York');
  });
});
