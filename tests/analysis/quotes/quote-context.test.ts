import { describe, expect, it } from 'vitest';
import { endsSentence, leftContext, paragraphAt, quoteEnding, rightContext, tokenIndexAt } from '../../../src/analysis/quotes/quote-context.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import { docOf } from './helpers.js';

const stops = (doc: NlpDocument) => doc.tokens.filter((t) => endsSentence(doc, t.index)).map((t) => `${doc.tokens[t.index - 1]?.text ?? ''}${t.text}`);

describe('endsSentence', () => {
  it('ends a sentence at a full stop, and at a closing mark right after one', () => {
    const doc = docOf('“We won.” She left. Then he spoke.');
    expect(stops(doc)).toEqual(['.”', 'left.', 'spoke.']);
  });

  it('does not end one inside an abbreviation wink split', () => {
    expect(stops(docOf('Rep. Lena Garrow (D-Wis.) said it. Sen. Tom Vickers (D-N.Y.) agreed.'))).toHaveLength(2);
  });
});

describe('contexts', () => {
  it('bounds the words around a quotation by its sentence', () => {
    const text = 'It rained. Smith said, “We won,” and left. Jones stayed.';
    const doc = docOf(text);
    const open = tokenIndexAt(doc, text.indexOf('“'));
    const after = tokenIndexAt(doc, text.indexOf('”') + 1);
    const left = leftContext(doc, open, 0);
    const right = rightContext(doc, after, doc.tokens.length);
    expect(text.slice(doc.tokens[left.start]?.start, doc.tokens[left.end - 1]?.end)).toBe('Smith said,');
    expect(text.slice(doc.tokens[right.start]?.start, doc.tokens[right.end - 1]?.end)).toBe('and left.');
  });

  it('finds the paragraph holding an offset', () => {
    const doc = docOf('First.\n\nSecond one.');
    expect(paragraphAt(doc, 10)?.index).toBe(1);
    expect(paragraphAt(doc, 0)?.index).toBe(0);
  });
});

describe('quoteEnding', () => {
  it('reads the last punctuation inside the marks', () => {
    expect(quoteEnding('“We won.”')).toBe('stop');
    expect(quoteEnding("''Why not?''")).toBe('exclaim');
    expect(quoteEnding('“We won,”')).toBe('open');
    expect(quoteEnding('“deplorables”')).toBe('bare');
    expect(quoteEnding('')).toBe('bare');
  });
});
