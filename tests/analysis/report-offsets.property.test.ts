/**
 * Invariants of every report, over arbitrary text: analysis never throws, every mention and
 * quote fragment slices the text it claims, and quote fragments never overlap.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { checkReportInvariants } from '../support/report-invariants.js';

/** Text built from news-like pieces, so names, quotes and marks actually occur. */
const newsPiece = fc.constantFrom(
  'President ', 'Maria Ortega', ' said', ', ', '. ', '“', '”', '"', "'", '’s ', 'Putin', ' in ', 'Moscow',
  'the U.S.', ' NATO', '\n', '\n\n', ' he added.', 'Sen. ', 'Bank of America', '«', '»', "''", '—', ' ', 'Kyiv',
);
const newsText = fc.array(fc.oneof(newsPiece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));


describe('report invariants', () => {
  it('every offset slices the text it claims, fragments never overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReportInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });
});
