import { describe, expect, it } from 'vitest';
import { addRepeatedNames } from '../../../src/analysis/mentions/repeated-names.js';
import type { Candidate } from '../../../src/analysis/mentions/candidate.js';
import { doc, gazetteer } from '../analysis-helpers.js';

/** A candidate over the first occurrence of `name` in the document. */
function candidateFor(d: ReturnType<typeof doc>, name: string): Candidate {
  const start = d.text.indexOf(name);
  const tokenStart = d.tokens.findIndex((t) => t.start === start);
  const tokenEnd = d.tokens.findIndex((t) => t.end === start + name.length) + 1;
  return { start, end: start + name.length, text: name, tokenStart, tokenEnd, inCapsLine: false };
}

describe('addRepeatedNames', () => {
  it('finds a known name again at the start of a sentence', () => {
    const d = doc('Lena started Silver Kettle Games in 2011. Silver Kettle Games is really three people.');
    const found = addRepeatedNames(d, gazetteer, [candidateFor(d, 'Silver Kettle Games')]);
    expect(found.map((c) => [c.text, d.text.slice(c.start, c.end)])).toEqual([
      ['Silver Kettle Games', 'Silver Kettle Games'],
      ['Silver Kettle Games', 'Silver Kettle Games'],
    ]);
    expect(found[1]?.start).toBe(d.text.lastIndexOf('Silver Kettle Games'));
  });

  it('finds every repeat in a text of many names, as in one of few', () => {
    // Past 32 names the pairs of words are indexed instead of searching the text for each name.
    const names = Array.from({ length: 40 }, (_, i) => `Kestrel ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[Math.floor(i / 26)]}ova`);
    const text = `${names.join(' met them. ')} met them. ${names[39]} left. Later ${names[39]} came back.`;
    const d = doc(text);
    const found = addRepeatedNames(d, gazetteer, names.map((name) => candidateFor(d, name)));
    expect(found.filter((c) => c.text === names[39]).map((c) => c.start)).toEqual([text.indexOf(names[39] as string), text.indexOf(`${names[39]} left`), text.lastIndexOf(names[39] as string)]);
  });

  it('ignores occurrences inside longer words or already covered', () => {
    const d = doc('Red Sox fans met Red Soxers. The Red Sox won.');
    const first = candidateFor(d, 'Red Sox');
    const found = addRepeatedNames(d, gazetteer, [first]);
    expect(found.map((c) => c.start)).toEqual([first.start, d.text.lastIndexOf('Red Sox')]);
    expect(addRepeatedNames(d, gazetteer, found)).toHaveLength(2);
  });

  it('finds the surname of a person named in full alone, a common word only before a possessive or ", who"', () => {
    const d = doc('John Varga spoke first. Varga campaigned hard. Maria Smith spoke. Smith left early. Smith’s aides stayed.');
    const found = addRepeatedNames(d, gazetteer, [candidateFor(d, 'John Varga'), candidateFor(d, 'Maria Smith')]);
    expect(found.map((c) => c.text)).toEqual(['John Varga', 'Varga', 'Maria Smith', 'Smith']);
    expect(found[3]?.start).toBe(d.text.indexOf('Smith’s'));
  });

  it('leaves one-word names to the first pass', () => {
    const d = doc('Putin spoke. Putin left.');
    const one = candidateFor(d, 'Putin');
    expect(addRepeatedNames(d, gazetteer, [one])).toEqual([one]);
  });
});
