import { describe, expect, it } from 'vitest';
import { creditedName, creditLineAt } from '../../../src/analysis/mentions/credit-lines.js';
import { doc } from '../analysis-helpers.js';

const CREDITS = 'SEOUL (Reuters) - Talks went on.\n(Reporting by Ju-min Park and Hyonhee Shin in Seoul; Additional reporting by Kiyoshi Takenaka; Editing by Gerry Doyle)';

/** Whether the name opening at the first token written `word` is credited. */
function credited(text: string, word: string): boolean {
  const d = doc(text);
  return creditedName(d.tokens, d.tokens.findIndex((t) => t.text === word));
}

describe('creditedName', () => {
  it('reads every name a credit line lists, after its "by" or joined to a credited name', () => {
    for (const name of ['Ju', 'Hyonhee', 'Kiyoshi', 'Gerry']) expect(credited(CREDITS, name)).toBe(true);
    expect(credited('Reporting by Dasha Afanasieva; editing by Jason Neely', 'Jason')).toBe(true);
  });

  it('reads no journalist’s town, nor a source of reporting in a sentence', () => {
    expect(credited(CREDITS, 'Seoul')).toBe(false);
    expect(credited('The plan, according to reporting by Bloomberg Law, stalled.', 'Bloomberg')).toBe(false);
    expect(credited('The talks were led by Gerry Doyle.', 'Gerry')).toBe(false);
  });
});

describe('creditLineAt', () => {
  it('knows a credit line in brackets or opening with a credit', () => {
    const lineOf = (text: string) => {
      const d = doc(text);
      return creditLineAt(d.tokens, 0, d.tokens.length);
    };
    expect(lineOf('(Reporting by Ju-min Park; Editing by Gerry Doyle)')).toBe(true);
    expect(lineOf('Additional reporting by Kiyoshi Takenaka in Tokyo')).toBe(true);
    expect(lineOf('Apple Unveils Cheaper Vision Headset As Sales Stall')).toBe(false);
  });
});

describe('creditedName, places', () => {
  it('reads no town or state after "in", but a journalist after "and" past one', () => {
    const line = '-- Reporting by Dana Whitfield in Reno, Nev.; editing by Mark Olsen';
    expect(credited(line, 'Nev.')).toBe(false);
    expect(credited(line, 'Reno')).toBe(false);
    expect(credited(line, 'Mark')).toBe(true);
    expect(credited('(Reporting by Tim Kelly in Tokyo and Soo-hyang Choi in Seoul)', 'Soo')).toBe(true);
  });
});
