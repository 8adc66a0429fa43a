/** The invariants every report must keep, checked by the property tests. */
import { expect } from 'vitest';
import type { Report } from '../../src/index.js';

/**
 * Every mention and speaker mention lies in the text and slices exactly its `text`; quote
 * fragments are non-empty, lie in the text and never overlap.
 */
export function checkReportInvariants(text: string, report: Report): void {
  const spans = [...report.people, ...report.places, ...report.organizations].flatMap((e) => e.mentions);
  for (const q of report.quotes) if (q.speaker?.mention) spans.push(q.speaker.mention);
  for (const m of spans) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  const fragments = report.quotes.flatMap((q) => q.fragments).sort((a, b) => a.start - b.start);
  for (const [i, f] of fragments.entries()) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    const next = fragments[i + 1];
    if (next) expect(next.start).toBeGreaterThanOrEqual(f.end);
  }
  expect(report.stats.characters).toBe(text.length);
}
