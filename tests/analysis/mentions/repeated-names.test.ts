import { describe, expect, it } from 'vitest';
import { addRepeatedNames } from '../../../src/analysis/mentions/repeated-names.js';
import type { Candidate } from '../../../src/analysis/mentions/candidate.js';
import { doc } from '../analysis-helpers.js';

/** A candidate over the first occurrence of `name` in the document. */
function candidateFor(d: ReturnType<typeof doc>, name: string): Candidate {
  const start = d.text.indexOf(name);
  const tokenStart = d.tokens.findIndex((t) => t.start === start);
  const tokenEnd = d.tokens.findIndex((t) => t.end === start + name.length) + 1;
  return { start, end: start + name.length, text: name, tokenStart, tokenEnd, inCapsLine: false };
}

describe('addRepeatedNames', () => {
  it('finds a known name again at the start of a sentence', () => {
    const d = doc('Mario founded Heaven Sent Gaming in 2008. Heaven Sent Gaming is basically two people.');
    const found = addRepeatedNames(d, [candidateFor(d, 'Heaven Sent Gaming')]);
    expect(found.map((c) => [c.text, d.text.slice(c.start, c.end)])).toEqual([
      ['Heaven Sent Gaming', 'Heaven Sent Gaming'],
      ['Heaven Sent Gaming', 'Heaven Sent Gaming'],
    ]);
    expect(found[1]?.start).toBe(d.text.lastIndexOf('Heaven Sent Gaming'));
  });

  it('ignores occurrences inside longer words or already covered', () => {
    const d = doc('Red Sox fans met Red Soxers. The Red Sox won.');
    const first = candidateFor(d, 'Red Sox');
    const found = addRepeatedNames(d, [first]);
    expect(found.map((c) => c.start)).toEqual([first.start, d.text.lastIndexOf('Red Sox')]);
    expect(addRepeatedNames(d, found)).toHaveLength(2);
  });

  it('leaves one-word names to the first pass', () => {
    const d = doc('Putin spoke. Putin left.');
    const one = candidateFor(d, 'Putin');
    expect(addRepeatedNames(d, [one])).toEqual([one]);
  });
});
