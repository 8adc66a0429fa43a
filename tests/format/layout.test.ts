import { describe, expect, it } from 'vitest';
import { displayWidth, plural, renderTable, singleLine, truncate, wrapLines, wrapWords } from '../../src/format/layout.js';

describe('displayWidth', () => {
  it.each([
    ['Scholz', 6],
    ['Zoë', 3],
    ['Zoe\u0308', 3], // e + combining diaeresis
    ['習近平', 6],
    ['👍', 2],
    ['Acme™', 5],
    ['', 0],
    // The punctuation of news copy, one column each (the fast path).
    ['“We won’t — ever…” €5', 21],
    // Joined or invisible characters go through grapheme segmentation.
    ['Zoe\u0308 “Ok”', 8],
    ['a\u200bb', 3],
  ])('%j → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('We will not waver', 17)).toBe('We will not waver');
  });

  it('cuts at a word boundary when one is close', () => {
    expect(truncate('We will not waver in our support', 20)).toBe('We will not waver…');
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(truncate('as long as it takes', 12)).toBe('as long as…');
  });

  it('cuts mid-word rather than losing most of the room', () => {
    expect(truncate('Extraordinarily-long-hyphenated-compound', 12)).toBe('Extraordina…');
  });

  it('never splits a grapheme and respects wide characters', () => {
    const cut = truncate('習近平主席が述べた', 7);
    expect(cut).toBe('習近平…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(7);
  });
});

describe('wrapWords and wrapLines', () => {
  it('breaks at spaces, and a word longer than a line after a hyphen or at the width', () => {
    expect(wrapWords('the quick brown fox', 9)).toEqual(['the quick', 'brown fox']);
    expect(wrapWords('NATO Secretary-General', 12)).toEqual(['NATO', 'Secretary-', 'General']);
    expect(wrapWords('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapWords('', 10)).toEqual([]);
  });

  it('ends the last line kept with an ellipsis after a whole word', () => {
    expect(wrapLines('one two three four five six seven', 10, 2)).toEqual(['one two', 'three…']);
    expect(wrapLines('one two', 10, 2)).toEqual(['one two']);
  });
});

describe('singleLine', () => {
  it('collapses whitespace and control characters', () => {
    expect(singleLine('  “We\r\n\twill\u001b[0m  go” ')).toBe('“We will [0m go”');
  });
});

describe('plural', () => {
  it.each([
    [0, 'mentions'],
    [1, 'mention'],
    [2, 'mentions'],
  ])('%i → %s', (n, word) => {
    expect(plural(n, 'mention')).toBe(`${n} ${word}`);
  });
});

describe('renderTable', () => {
  it('aligns columns, right-aligns when asked, leaves no trailing spaces', () => {
    const lines = renderTable([
      [{ text: 'Olaf Scholz' }, { text: '2', align: 'right' }, { text: '' }],
      [{ text: 'Ingrid Halvorsen' }, { text: '12', align: 'right' }, { text: 'NATO' }],
    ]);
    expect(lines).toEqual(['  Olaf Scholz        2', '  Ingrid Halvorsen  12  NATO']);
  });

  it('cuts a cell over the column maximum rather than widen the column or push the row out', () => {
    const lines = renderTable(
      [
        [{ text: 'A very long organization name' }, { text: 'x' }],
        [{ text: 'Short' }, { text: 'y' }],
      ],
      { maxWidths: [10] },
    );
    expect(lines).toEqual(['  A very lo…  x', '  Short       y']);
  });

  it('wraps the last cell within the width, under its own column, each line styled', () => {
    const lines = renderTable([[{ text: 'Name' }, { text: 'one two three four five', style: (s) => `<${s}>` }]], { width: 20 });
    expect(lines).toEqual(['  Name  <one two>', '        <three four>', '        <five>']);
  });

  it('gives a column that is empty in every row no room', () => {
    const lines = renderTable([[{ text: 'unattributed' }, { text: '' }, { text: '“No comment.”' }]]);
    expect(lines).toEqual(['  unattributed  “No comment.”']);
  });

  it('pads before styling so escape codes do not count', () => {
    const lines = renderTable([
      [{ text: 'a', style: (s) => `<${s}>` }, { text: 'b' }],
      [{ text: 'ccc' }, { text: 'd' }],
    ]);
    expect(lines).toEqual(['  <a>    b', '  ccc  d']);
  });
});
