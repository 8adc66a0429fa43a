import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../../src/analysis/quotes/pair-marks.js';
import { findParagraphs } from '../../../src/nlp/tokenize.js';
import { slices } from './helpers.js';

const pair = (text: string) => pairQuoteMarks(text, findParagraphs(text));

describe('pairQuoteMarks', () => {
  it('keeps only the outer quotation when single marks are nested inside', () => {
    const text = 'She said, “They call it ‘the people’s house,’ and it is.” Then she left.';
    const quotes = pair(text);
    expect(quotes).toHaveLength(1);
    expect(slices(text, quotes[0]?.fragments ?? [])).toEqual(['“They call it ‘the people’s house,’ and it is.”']);
  });

  it('keeps a curly quotation nested inside straight marks within the outer one', () => {
    const text = '"I read the question: “Do you trust her?” Most said no," Pruitt said.';
    const quotes = pair(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.fragments[0]?.end).toBe(text.indexOf(' Pruitt'));
  });

  it('joins a quotation reopened at the start of the next paragraph', () => {
    const text = 'The senator wrote:\n\n“The first part ends here.\n\n“The second part closes it.”\n\nThe end.';
    const quotes = pair(text);
    expect(quotes).toHaveLength(1);
    expect(slices(text, quotes[0]?.fragments ?? [])).toEqual(['“The first part ends here.', '“The second part closes it.”']);
    expect(quotes[0]?.closed).toBe(true);
  });

  it('ends an unclosed quotation with its paragraph when the next does not reopen it', () => {
    const text = 'He called it “a disaster and left.\n\nThe council met on Friday. “Nothing changed,” she said.';
    const quotes = pair(text);
    expect(quotes).toHaveLength(2);
    expect(slices(text, quotes[0]?.fragments ?? [])).toEqual(['“a disaster and left.']);
    expect(quotes[0]?.closed).toBe(false);
    expect(slices(text, quotes[1]?.fragments ?? [])).toEqual(['“Nothing changed,”']);
  });

  it('pairs twin apostrophes, guillemets and low-high marks', () => {
    const text = "''We are ready,'' he said. «Oui», she said. „Ja“, they said.";
    expect(pair(text).map((q) => slices(text, q.fragments)[0])).toEqual(["''We are ready,''", '«Oui»', '„Ja“']);
  });

  it('accepts a closing mark of the wrong family', () => {
    const text = 'The mayor said, “We are done," and walked out.';
    expect(slices(text, pair(text)[0]?.fragments ?? [])).toEqual(['“We are done,"']);
  });

  it('drops pairs of marks with no words inside and copes with marks alone', () => {
    expect(pair('He typed “” and “ ” by mistake.')).toEqual([]);
    expect(() => pair('"""""\n“““\n”')).not.toThrow();
    expect(pair('')).toEqual([]);
  });
});
