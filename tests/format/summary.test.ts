import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { CorpusSummary } from '../../src/batch/summary.js';
import { formatSummaryJson, formatSummaryText } from '../../src/format/summary.js';

const plain = new Chalk({ level: 0 });

function summary(overrides: Partial<CorpusSummary> = {}): CorpusSummary {
  return {
    type: 'summary',
    articles: 1204,
    skipped: 2,
    ignored: 0,
    people: [
      { name: 'Maria Ortega', articles: 40, mentions: 310 },
      { name: 'Paul Johnson', articles: 9, mentions: 12 },
    ],
    places: [
      { name: 'Paris', kind: 'city', country: 'FR', articles: 12, mentions: 30 },
      { name: 'France', kind: 'country', country: 'FR', articles: 8, mentions: 9 },
    ],
    organizations: [{ name: 'Canadian Institutes of Health Research and Innovation', articles: 3, mentions: 4 }],
    speakers: [{ name: 'Maria Ortega', quotes: 95, articles: 38 }],
    withoutAttributedQuote: { count: 12, sources: Array.from({ length: 12 }, (_, i) => `corpus/brief-${i + 1}.txt`) },
    ...overrides,
  };
}

describe('formatSummaryJson', () => {
  it('is one line that parses back to the summary', () => {
    const text = formatSummaryJson(summary());
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(summary());
  });
});

describe('formatSummaryText', () => {
  const text = formatSummaryText(summary(), plain);
  const lines = text.split('\n');

  it('opens with the counts, thousands separated', () => {
    expect(lines.slice(0, 2)).toEqual(['Corpus summary', '1,204 articles · 2 skipped']);
  });

  it('lines counts up under their headings, and names the country of a city', () => {
    const at = lines.indexOf('Most mentioned places');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '          articles  mentions',
      '  Paris         12        30  city · France',
      '  France         8         9  country',
    ]);
  });

  it('cuts long names so that the columns stay narrow', () => {
    const row = lines.find((l) => l.startsWith('  Canadian'))!;
    expect(row).toMatch(/^  Canadian Institutes of Health…\s+3\s+4$/);
  });

  it('lists the most quoted, and the first ten articles without an attributed quote', () => {
    const quoted = lines.indexOf('Most quoted');
    expect(lines[quoted + 2]).toMatch(/^  Maria Ortega\s+95\s+38$/);
    expect(text).toContain('Articles with no attributed quote (12)\n  corpus/brief-1.txt\n');
    expect(text).toContain('  corpus/brief-10.txt\n  … and 2 more (all of them with --json)\n');
    expect(text).not.toContain('brief-11');
  });

  it('says when nothing was found, and colours only with colour on', () => {
    const empty = summary({ people: [], places: [], organizations: [], speakers: [] });
    expect(formatSummaryText(empty, plain)).toContain('No people, places or organizations found.');
    expect(text).not.toContain('\u001b');
    expect(formatSummaryText(summary(), new Chalk({ level: 1 }))).toContain('\u001b[1m');
  });
});

describe('ignored files', () => {
  it('counts files not read for their extension in the heading', () => {
    expect(formatSummaryText(summary({ ignored: 3 }), plain)).toContain('3 other files not read');
    expect(formatSummaryText(summary(), plain)).not.toContain('not read');
  });
});

describe('formatSummaryText: names and width', () => {
  it('lists the other names of a person, dimmed after the counts, and counts files in the singular', () => {
    const people = [{ name: 'Barack Obama', articles: 40, mentions: 310, aliases: ['Obama', 'Barack H. Obama'] }];
    const text = formatSummaryText(summary({ people, ignored: 1 }), plain);
    expect(text).toContain('1 other file not read');
    expect(text).toMatch(/^ {2}Barack Obama\s+40\s+310 {2}also Obama, Barack H\. Obama$/m);
  });

  it('fits the width: long names cut, the rest wrapped', () => {
    const people = [{ name: 'Maria Ortega', articles: 40, mentions: 310, aliases: ['Ortega', 'Maria Elena Ortega', 'Sen. Maria Ortega'] }];
    const text = formatSummaryText(summary({ people }), plain, 50);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(text).toContain('Canadian Institutes…');
    expect(text).toMatch(/also Ortega,\n {36}Maria Elena\n/);
  });
});
