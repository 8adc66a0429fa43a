/**
 * Invariants of every report, over arbitrary text: analysis never throws, every mention and
 * quote fragment slices the text it claims, and quote fragments never overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../src/index.js';

/** Text built from news-like pieces, so names, quotes and marks actually occur. */
const newsPiece = fc.constantFrom(
  'President ', 'Maria Ortega', ' said', ', ', '. ', '“', '”', '"', "'", '’s ', 'Putin', ' in ', 'Moscow',
  'the U.S.', ' NATO', '\n', '\n\n', ' he added.', 'Sen. ', 'Bank of America', '«', '»', "''", '—', ' ', 'Kyiv',
);
const newsText = fc.array(fc.oneof(newsPiece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

function checkOffsets(text: string, report: Report): void {
  for (const entity of [...report.people, ...report.places, ...report.organizations]) {
    for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  const fragments = report.quotes.flatMap((q) => q.fragments).sort((a, b) => a.start - b.start);
  for (const [i, f] of fragments.entries()) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    const next = fragments[i + 1];
    if (next) expect(next.start).toBeGreaterThanOrEqual(f.end);
  }
  for (const q of report.quotes) {
    const m = q.speaker?.mention;
    if (m) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('report invariants', () => {
  it('every offset slices the text it claims, fragments never overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkOffsets(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });
});
