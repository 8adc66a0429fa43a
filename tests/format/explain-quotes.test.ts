import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatQuoteExplanations } from '../../src/format/explain-quotes.js';
import { formatText } from '../../src/format/text.js';
import type { Report } from '../../src/report.js';
import { analyze } from '../../src/index.js';

const plain = new Chalk({ level: 0 });

const ARTICLE = [
  'Mayor Ann Lee opened the new bridge in Dayton on Monday.',
  '',
  '“It took eleven years, but it is finally done,” she said.',
  '',
  'Tom Reyes, the city engineer, was more cautious. “We will watch the joints all winter,” he said.',
].join('\n');

describe('explain.quotes', () => {
  it('is in the report only when asked for', () => {
    expect(analyze(ARTICLE).explain).toBeUndefined();
    const report = analyze(ARTICLE, { explain: true });
    expect(report.explain?.quotes).toHaveLength(report.quotes.length);
  });

  it('tells the clause, its place and the sieve that chose each speaker, with the referents weighed', () => {
    const report = analyze(ARTICLE, { explain: true });
    const [first, second] = report.explain?.quotes ?? [];
    expect(report.quotes.map((q) => q.speaker?.name)).toEqual(['Ann Lee', 'Tom Reyes']);
    expect(first).toMatchObject({ quote: 0, source: 'clause', sieve: 'pronoun-salience', clause: { text: 'she said', place: 'after' } });
    expect(ARTICLE.slice(first?.clause?.start, first?.clause?.end)).toBe('she said');
    expect(second?.candidates?.[0]?.name).toBe('Tom Reyes');
  });

  it('renders one line per quotation under its own heading in the text format', () => {
    const report: Report = analyze(ARTICLE, { source: 'bridge.txt', explain: true });
    const lines = formatQuoteExplanations(report, plain);
    expect(lines[1]).toBe('Speakers explained (2)');
    expect(lines[2]).toContain('→ Ann Lee');
    expect(lines[2]).toContain('after «she said»');
    expect(lines[2]).toContain('sieve pronoun-salience');
    expect(formatText(report, { chalk: plain })).toContain('Speakers explained (2)');
    expect(formatText(analyze(ARTICLE), { chalk: plain })).not.toContain('Speakers explained');
  });
});
