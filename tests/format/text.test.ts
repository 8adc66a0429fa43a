import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/format/text.js';
import type { Report } from '../../src/report.js';
import { emptyReport, mentionsOf, sampleReport } from './fixture.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
const text = (report: Report, maxQuoteWidth?: number): string => formatText(report, { chalk: plain, maxQuoteWidth });

/** The lines of the section titled `title`, without its heading. */
function sectionLines(output: string, title: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${title} (`));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('formatText', () => {
  it('starts with the source and the counts', () => {
    const [source, counts] = text(sampleReport()).split('\n');
    expect(source).toBe('news/berlin-aid.txt');
    expect(counts).toBe('4 sentences · 46 words · 1 paragraph');
  });

  it('lists people with mention count, quote count and titles, in report order', () => {
    const people = sectionLines(text(sampleReport()), 'People');
    expect(people.map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Olaf Scholz', '2 mentions', '1 quote', 'Chancellor'],
      ['Jens Stoltenberg', '1 mention', '1 quote', 'NATO Secretary-General'],
    ]);
  });

  it('gives places their kind and country name when known', () => {
    const places = sectionLines(text(sampleReport()), 'Places').map((line) => line.trim().split(/\s{2,}/));
    expect(places).toEqual([
      ['Berlin', '1 mention', 'city · Germany'],
      ['Germany', '1 mention', 'country'],
      ['Reichstag', '1 mention'],
      ['Brussels', '1 mention', 'city · Belgium'],
    ]);
  });

  it('lines up the count column across people, places and organizations', () => {
    const output = text(sampleReport());
    const rows = ['People', 'Places', 'Organizations'].flatMap((title) => sectionLines(output, title));
    const columns = new Set(rows.map((row) => row.search(/\d+ mentions?/)));
    expect(rows.length).toBe(8);
    expect(columns.size).toBe(1);
  });

  it('right-aligns counts of different widths', () => {
    const report = sampleReport();
    report.people[1]!.mentions = Array.from({ length: 12 }, () => mentionsOf('Jens Stoltenberg')[0]!);
    const people = sectionLines(text(report), 'People');
    expect(people[0]).toContain(' 2 mentions');
    expect(people[0]!.indexOf('2 mentions')).toBe(people[1]!.indexOf('2 mentions'));
  });

  it('lists direct quotes with speaker and cue, and partial quotes apart', () => {
    const output = text(sampleReport());
    expect(sectionLines(output, 'Quotations').map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Olaf Scholz', 'told', '“We will not waver”'],
      ['a spokeswoman for the Europea…', 'said', '“It matters”'],
    ]);
    expect(sectionLines(output, 'Partial quotations').map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Jens Stoltenberg', 'called', '“a turning point”'],
    ]);
  });

  it('marks a quote without speaker as unattributed', () => {
    const report = sampleReport();
    report.quotes = [{ ...report.quotes[0]!, speaker: null, cue: null }];
    expect(sectionLines(text(report), 'Quotations')).toEqual(['  unattributed  “We will not waver”']);
  });

  it('cuts long quotes at a word with an ellipsis', () => {
    const report = sampleReport();
    const long = 'We will keep sending aid for as long as it takes, whatever the cost, because the alternative is far worse';
    report.quotes = [{ ...report.quotes[0]!, text: long }];
    const [line] = sectionLines(text(report, 40), 'Quotations');
    const quoted = line!.slice(line!.indexOf('“') + 1, line!.lastIndexOf('”'));
    expect(quoted).toBe('We will keep sending aid for as long as…');
    expect(quoted.length).toBeLessThanOrEqual(40);
  });

  it('puts quotes with line breaks or control characters on one clean line', () => {
    const report = sampleReport();
    report.source = 'evil\u001b[31mname.txt';
    report.quotes = [{ ...report.quotes[0]!, text: 'We will\r\nnot\u001b[2J waver' }];
    const output = text(report);
    expect(output).not.toContain('\u001b');
    expect(sectionLines(output, 'Quotations')[0]).toMatch(/“We will not \[2J waver”$/);
  });

  it('says what was not found instead of printing empty sections', () => {
    expect(text(emptyReport())).toBe(
      'empty.txt\n0 sentences · 0 words · 0 paragraphs\n\nNo people, places, organizations or quotations found.\n',
    );
    const report = sampleReport();
    report.organizations = [];
    report.quotes = report.quotes.filter((q) => q.kind === 'partial');
    const output = text(report);
    expect(output).not.toContain('Organizations (');
    expect(output).toContain('No organizations or direct quotations found.');
  });

  it('colours without changing the layout', () => {
    const coloured = formatText(sampleReport(), { chalk: colour });
    expect(coloured).toContain('\u001b[');
    expect(stripVTControlCharacters(coloured)).toBe(text(sampleReport()));
  });
});

describe('formatText on arbitrary reports', () => {
  const mention = fc.record({ start: fc.nat(), end: fc.nat(), text: fc.string() });
  const name = fc.string({ minLength: 1, maxLength: 50, unit: 'grapheme' });
  const report: fc.Arbitrary<Report> = fc.record({
    schemaVersion: fc.constant(1 as const),
    source: fc.string({ minLength: 1 }),
    stats: fc.record({ characters: fc.nat(), words: fc.nat(), sentences: fc.nat(), paragraphs: fc.nat() }),
    people: fc.array(
      fc.record({ name, aliases: fc.constant([]), titles: fc.array(name, { maxLength: 2 }), mentions: fc.array(mention, { maxLength: 12 }), quoteCount: fc.nat(20) }),
      { maxLength: 4 },
    ),
    places: fc.array(
      fc.record({ name, aliases: fc.constant([]), kind: fc.constantFrom('country', 'region', 'city', 'continent', 'place'), country: fc.constantFrom('FR', 'us', 'XX', '??'), mentions: fc.array(mention, { maxLength: 3 }) }),
      { maxLength: 3 },
    ),
    organizations: fc.array(fc.record({ name, aliases: fc.constant([]), mentions: fc.array(mention, { maxLength: 3 }) }), { maxLength: 3 }),
    quotes: fc.array(
      fc.record({
        text: fc.string({ maxLength: 300, unit: 'grapheme' }),
        kind: fc.constantFrom('direct', 'partial'),
        fragments: fc.constant([]),
        speaker: fc.option(fc.record({ name, mention: fc.constant(null) })),
        cue: fc.option(name),
      }),
      { maxLength: 4 },
    ),
  });

  it('never ends a line in spaces, keeps quotes within the limit, and colour never moves text', () => {
    fc.assert(
      fc.property(report, (r) => {
        const out = text(r, 60);
        expect(out.endsWith('\n')).toBe(true);
        for (const line of out.split('\n')) expect(line).not.toMatch(/[ \t]$/);
        for (const line of sectionLines(out, 'Quotations')) {
          expect(line.length - line.indexOf('“')).toBeLessThanOrEqual(60 * 2 + 2);
        }
        expect(stripVTControlCharacters(formatText(r, { chalk: colour, maxQuoteWidth: 60 }))).toBe(out);
      }),
      { numRuns: 200 },
    );
  });
});
