import { describe, expect, it } from 'vitest';
import { reportedSpeakers } from '../../../src/analysis/quotes/reported-speakers.js';
import { docOf } from './helpers.js';

/** The words of `text` marked as reported speakers (no quotations in the text). */
function speakers(text: string): string[] {
  const doc = docOf(text);
  const marked = reportedSpeakers(doc, new Uint8Array(doc.tokens.length).fill(1));
  return doc.tokens.filter((_, i) => marked[i]).map((t) => t.text);
}

describe('reportedSpeakers', () => {
  it('marks the subject of a reporting verb, before it or after an appositive', () => {
    expect(speakers('The mill will reopen, Keane said on Monday.')).toEqual(['Keane']);
    expect(speakers('Lena Ford, a councilwoman, told reporters the mill would reopen.')).toEqual(['Lena', 'Ford']);
  });

  it('leaves out the object of a verb and a possessor before a noun', () => {
    expect(speakers('Garrow, who ran in 2012, blasted Keane on Monday.')).toEqual(['Garrow']);
    expect(speakers('Keane’s comments drew a rebuke.')).toEqual([]);
  });

  it('marks the speaker after an inverted cue after a quotation', () => {
    const doc = docOf('“The mill will reopen,” said Lena Ford on Monday.');
    const narrator = new Uint8Array(doc.tokens.length).fill(1);
    const close = doc.tokens.findIndex((t) => t.text === '”');
    narrator.fill(0, 0, close + 1);
    const marked = reportedSpeakers(doc, narrator);
    expect(doc.tokens.filter((_, i) => marked[i]).map((t) => t.text)).toEqual(['Lena', 'Ford']);
  });

  it('leaves out the subject of a clause inside another', () => {
    expect(speakers('Garrow did not hesitate when Keane asked about the seat.')).toEqual([]);
  });
});
