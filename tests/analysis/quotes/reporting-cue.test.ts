import { describe, expect, it } from 'vitest';
import { cueSpan, isCue } from '../../../src/analysis/quotes/reporting-cue.js';
import { docOf } from './helpers.js';

/** Whether the first token written `word` is a cue, and the cue's text as its span gives it. */
function cueOf(text: string, word: string): { cue: boolean; span: string } {
  const doc = docOf(text);
  const at = doc.tokens.findIndex((t) => t.text === word);
  const span = cueSpan(doc, at, doc.tokens.length);
  return { cue: isCue(doc, at), span: text.slice(span.start, span.end) };
}

describe('reporting cues', () => {
  it('reads reporting verbs, their particles and "told reporters"', () => {
    expect(cueOf('“No,” Smith said on Monday.', 'said')).toEqual({ cue: true, span: 'said' });
    expect(cueOf('“No,” Smith shot back.', 'shot')).toEqual({ cue: true, span: 'shot back' });
    expect(cueOf('“No,” Smith told reporters.', 'told')).toEqual({ cue: true, span: 'told reporters' });
    expect(cueOf('Sales fell, according to the company.', 'according')).toEqual({ cue: true, span: 'according to' });
  });

  it('does not read a word wink tags a verb after a determiner as a cue', () => {
    expect(cueOf('Carlton left the following comment: “It works.”', 'comment').cue).toBe(false);
  });
});
