import { describe, expect, it } from 'vitest';
import { joinFragments, type JoinableFragment } from '../../../src/analysis/quotes/join-fragments.js';

/** The fragments of `text`: every stretch from an opening “ to its closing ”. */
function fragments(text: string): JoinableFragment[] {
  const found: JoinableFragment[] = [];
  for (const match of text.matchAll(/“([^”]*)”/gu)) {
    const start = match.index;
    found.push({ start, end: start + match[0].length, inner: { start: start + 1, end: start + match[0].length - 1 } });
  }
  return found;
}

const join = (text: string): string => joinFragments(text, fragments(text));

describe('joinFragments', () => {
  it('gives a single fragment its words without marks, trimmed', () => {
    expect(join('She said: “ We will stay. ”')).toBe('We will stay.');
  });

  it('ends the first sentence where the attribution ended one', () => {
    expect(join('“The direction is clear,” she said. “The pace is not.”')).toBe('The direction is clear. The pace is not.');
  });

  it('keeps the comma when the sentence runs on through the attribution', () => {
    expect(join('“If you have that,” he said, “you now have a crisis.”')).toBe('If you have that, you now have a crisis.');
    expect(join('“We met the mayor,” he said, “Ms. Reyes was kind.”')).toBe('We met the mayor, Ms. Reyes was kind.');
  });

  it('keeps a comma before a part in lower case even after a full stop', () => {
    expect(join('“When it rains,” she said. “and it will, we close.”')).toBe('When it rains, and it will, we close.');
  });

  it('keeps the punctuation of a part that ends its sentence or clause', () => {
    expect(join('“Is it over?” she asked. “Not yet.”')).toBe('Is it over? Not yet.');
    expect(join('“It is done.” He paused. “We go home.”')).toBe('It is done. We go home.');
    expect(join('“First this;” he said, “then that.”')).toBe('First this; then that.');
  });

  it('marks words left out with an ellipsis where a part is cut off', () => {
    expect(join('“We are going” — he paused — “to win.”')).toBe('We are going … to win.');
  });

  it('joins the paragraphs of a long quotation with a space', () => {
    const text = '“The first paragraph ends here.\n\n“The second goes on.”';
    const second = text.lastIndexOf('“');
    const parts: JoinableFragment[] = [
      { start: 0, end: text.indexOf('\n'), inner: { start: 1, end: text.indexOf('\n') } },
      { start: second, end: text.length, inner: { start: second + 1, end: text.length - 1 } },
    ];
    expect(joinFragments(text, parts)).toBe('The first paragraph ends here. The second goes on.');
  });
});
