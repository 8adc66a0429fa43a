import { describe, expect, it } from 'vitest';
import { scanQuoteMarks } from '../../../src/analysis/quotes/quote-marks.js';

const marks = (text: string) => scanQuoteMarks(text).map((m) => ({ mark: text.slice(m.start, m.end), family: m.family, open: m.canOpen, close: m.canClose }));

describe('scanQuoteMarks', () => {
  it('tells opening and closing curly marks apart', () => {
    expect(marks('He said, “We will win.”')).toEqual([
      { mark: '“', family: 'curly', open: true, close: false },
      { mark: '”', family: 'curly', open: false, close: true },
    ]);
  });

  it('reads the direction of straight marks from the characters around them', () => {
    const found = marks('The mayor called it "a mess," and left.');
    expect(found.map((m) => [m.open, m.close])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('takes two apostrophes as one double mark', () => {
    const found = marks("''We are ready,'' the governor said.");
    expect(found).toHaveLength(2);
    expect(found.every((m) => m.mark === "''" && m.family === 'twin')).toBe(true);
    expect(found[0]?.open).toBe(true);
    expect(found[1]?.close).toBe(true);
  });

  it('finds the twin mark on the outside of a closing run of three apostrophes', () => {
    const text = "''They call it the 'wrong track.''' he said.";
    const found = scanQuoteMarks(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.end).toBe(text.indexOf("''' he") + 3);
  });

  it('finds guillemets and low-high marks', () => {
    expect(marks('Il a dit «non» hier.').map((m) => m.family)).toEqual(['guillemet', 'guillemet']);
    expect(marks('Er sagte „nein“ gestern.').map((m) => [m.open, m.close])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('never takes an apostrophe for a quotation mark', () => {
    expect(scanQuoteMarks('It’s O’Brien’s view of the ’90s and the students’ union; it\'s Bob\'s.')).toEqual([]);
  });

  it('returns nothing for empty text and copes with marks alone', () => {
    expect(scanQuoteMarks('')).toEqual([]);
    expect(scanQuoteMarks('"""“”')).toHaveLength(5);
  });
});
