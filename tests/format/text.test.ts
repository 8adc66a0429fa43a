import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/layout.js';
import { formatText, QUOTE_LINES } from '../../src/format/text.js';
import type { Report } from '../../src/report.js';
import { emptyReport, mentionsOf, sampleReport } from './fixture.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
const text = (report: Report, width?: number, full?: boolean): string => formatText(report, { chalk: plain, width, full });
const columns = (line: string): number => displayWidth(line);

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
      ['Ingrid Halvorsen', '1 mention', '1 quote', 'NATO Secretary-General'],
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
    report.people[1]!.mentions = Array.from({ length: 12 }, () => mentionsOf('Ingrid Halvorsen')[0]!);
    const people = sectionLines(text(report), 'People');
    expect(people[0]).toContain(' 2 mentions');
    expect(people[0]!.indexOf('2 mentions')).toBe(people[1]!.indexOf('2 mentions'));
  });

  it('lists direct quotes with speaker and cue, and partial quotes apart', () => {
    const output = text(sampleReport());
    expect(sectionLines(output, 'Quotations').map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Olaf Scholz', 'told', '“We will not waver”'],
      ['a spokeswoman for the…', 'said', '“It matters”'],
    ]);
    expect(sectionLines(output, 'Partial quotations').map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['Ingrid Halvorsen', 'called', '“a turning point”'],
    ]);
  });

  it('marks a quote without speaker as unattributed', () => {
    const report = sampleReport();
    report.quotes = [{ ...report.quotes[0]!, speaker: null, cue: null }];
    expect(sectionLines(text(report), 'Quotations')).toEqual(['  unattributed  “We will not waver”']);
  });

  const LONG =
    'We will keep sending aid for as long as it takes, whatever the cost, because the alternative is far worse ' +
    'for Ukraine, for Europe and for everyone who believes that borders cannot be moved by force, and we say so ' +
    'to our partners in every capital we visit this winter, in every meeting, and in every vote that the ' +
    'parliament holds on the budget before the summer recess begins.';

  it('wraps a long quote at words beside its speaker, with a hanging indent, within the width', () => {
    const report = sampleReport();
    report.quotes = [{ ...report.quotes[0]!, text: LONG }];
    const lines = sectionLines(text(report, 120), 'Quotations');
    expect(lines).toHaveLength(QUOTE_LINES);
    const open = lines[0]!.indexOf('“');
    for (const line of lines.slice(1)) expect(line.search(/\S/)).toBe(open + 1);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(120);
    expect(lines.at(-1)).toMatch(/\p{L}…”$/u);
    // Lines break between words: joined again, they are the quote's own words.
    const words = lines.map((l, i) => (i === 0 ? l.slice(open + 1) : l.trim())).join(' ').replace(/…”$/, '');
    expect(LONG.startsWith(words)).toBe(true);
  });

  it('puts the quote below its speaker when the terminal is narrow', () => {
    const report = sampleReport();
    report.quotes = [{ ...report.quotes[0]!, text: LONG }];
    const lines = sectionLines(text(report, 48), 'Quotations');
    expect(lines[0]!.trim().split(/\s{2,}/)).toEqual(['Olaf Scholz', 'told']);
    expect(lines.slice(1)).toHaveLength(QUOTE_LINES);
    expect(lines[1]).toMatch(/^ {6}“We will keep/);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(48);
  });

  it('prints every quote whole with full', () => {
    const report = sampleReport();
    report.quotes = [{ ...report.quotes[0]!, text: LONG }];
    const lines = sectionLines(text(report, 80, true), 'Quotations');
    expect(lines.length).toBeGreaterThan(QUOTE_LINES);
    const open = lines[0]!.indexOf('“');
    const joined = lines.map((l, i) => (i === 0 ? l.slice(open + 1) : l.trim())).join(' ');
    expect(joined).toBe(`${LONG}”`);
  });

  it('cuts long names so that the columns stay in line', () => {
    const report = sampleReport();
    report.organizations[1]!.name = 'Hale Agricultural Holdings Incorporated of Yuma County';
    const output = text(report, 60);
    const rows = ['People', 'Places', 'Organizations'].flatMap((title) => sectionLines(output, title)).filter((row) => /\d+ mentions?/.test(row));
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((row) => row.search(/\d+ mentions?/))).size).toBe(1);
    // A title too long for its room wraps under itself, after its hyphen.
    const people = sectionLines(output, 'People');
    expect(people[1]).toMatch(/1 quote  NATO$/);
    expect(people.slice(2).map((l) => [l.trim(), l.indexOf('S')])).toEqual([['Secretary-', people[1]!.indexOf('NATO')], ['General', -1]]);
    expect(sectionLines(output, 'Organizations')[1]).toMatch(/^ {2}Hale Agricultural…\s+1 mention$/);
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
    type: fc.constant('report' as const),
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

  it('never ends a line in spaces, fits every line but the source in the width, and colour never moves text', () => {
    fc.assert(
      fc.property(report, fc.constantFrom(60, 80, 120), fc.boolean(), (r, width, full) => {
        const out = text(r, width, full);
        expect(out.endsWith('\n')).toBe(true);
        const lines = out.split('\n');
        for (const line of lines) expect(line).not.toMatch(/[ \t]$/);
        for (const line of lines.slice(1)) expect(columns(line)).toBeLessThanOrEqual(width);
        expect(stripVTControlCharacters(formatText(r, { chalk: colour, width, full }))).toBe(out);
      }),
      { numRuns: 200 },
    );
  });
});
