import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { csvHeader, formatCsv, UTF8_BOM } from '../../src/format/csv.js';
import { createFormatter } from '../../src/format/index.js';
import { TABLE_HEADERS, TABLE_NAMES } from '../../src/format/table-rows.js';
import { formatTsv, tsvHeader } from '../../src/format/tsv.js';
import { emptyReport, PASSAGE, sampleReport } from './fixture.js';

/** A small RFC 4180 reader, to check that what is written reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('writes the quotes table: source first, speaker kind, whole text, offsets of the whole quote', () => {
    const rows = readCsv(csvHeader('quotes') + formatCsv(sampleReport(), 'quotes'));
    expect(rows).toEqual([
      ['source', 'speaker', 'speaker_kind', 'cue', 'kind', 'text', 'start', 'end'],
      ['news/berlin-aid.txt', 'Olaf Scholz', 'person', 'told', 'direct', 'We will not waver', String(PASSAGE.indexOf('“We will')), String(PASSAGE.indexOf(' Scholz told'))],
      ['news/berlin-aid.txt', 'Ingrid Halvorsen', 'person', 'called', 'partial', 'a turning point', expect.any(String), expect.any(String)],
      ['news/berlin-aid.txt', 'a spokeswoman for the European Commission', 'description', 'said', 'direct', 'It matters', expect.any(String), expect.any(String)],
    ]);
  });

  it('quotes commas, quotation marks and line breaks as RFC 4180 says, records ending in CRLF', () => {
    const report = sampleReport();
    report.source = 'odd, "name".txt';
    report.quotes = [{ ...report.quotes[0]!, text: 'He said "no",\nthen left' }];
    const output = formatCsv(report, 'quotes');
    expect(output).toContain('"odd, ""name"".txt"');
    expect(output).toContain('"He said ""no"",\nthen left"');
    expect(output.endsWith('\r\n')).toBe(true);
    expect(readCsv(output)[0]![5]).toBe('He said "no",\nthen left');
  });

  it('writes every table with its header, one row per item', () => {
    const report = sampleReport();
    for (const table of TABLE_NAMES) {
      const rows = readCsv(csvHeader(table) + formatCsv(report, table));
      expect(rows[0]).toEqual(TABLE_HEADERS[table]);
      for (const row of rows) expect(row).toHaveLength(TABLE_HEADERS[table].length);
    }
    expect(readCsv(formatCsv(report, 'people'))).toEqual([
      ['news/berlin-aid.txt', 'Olaf Scholz', 'Scholz', 'Chancellor', '2', '1'],
      ['news/berlin-aid.txt', 'Ingrid Halvorsen', '', 'NATO Secretary-General', '1', '1'],
    ]);
    expect(readCsv(formatCsv(report, 'places'))[1]).toEqual(['news/berlin-aid.txt', 'Germany', '', 'country', 'DE', '', '', '1']);
    const mentions = readCsv(formatCsv(report, 'mentions'));
    expect(mentions).toHaveLength(9);
    expect(mentions.map((r) => Number(r[4]))).toEqual([...mentions.map((r) => Number(r[4]))].sort((a, b) => a - b));
    expect(mentions[0]).toEqual(['news/berlin-aid.txt', 'place', 'Berlin', 'BERLIN', '0', '6', '']);
  });

  it('writes nothing for a report without rows, and the BOM only in the header', () => {
    expect(formatCsv(emptyReport(), 'quotes')).toBe('');
    expect(csvHeader('quotes', true).startsWith(UTF8_BOM)).toBe(true);
    expect(formatCsv(sampleReport(), 'quotes')).not.toContain(UTF8_BOM);
  });

  it('is what createFormatter gives for csv, without colour and with no separator', () => {
    const formatter = createFormatter('csv', { chalk: new Chalk({ level: 3 }), table: 'people', bom: true });
    expect(formatter.header).toBe(csvHeader('people', true));
    expect(formatter.format(sampleReport())).toBe(formatCsv(sampleReport(), 'people'));
    expect(formatter.separator).toBe('');
  });
});

describe('TSV', () => {
  it('writes one record per line, tabs between fields, tabs and line breaks in a field as spaces', () => {
    const report = sampleReport();
    report.quotes = [{ ...report.quotes[0]!, text: 'one\ttwo\r\nthree "four"' }];
    const lines = (tsvHeader('quotes') + formatTsv(report, 'quotes')).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(TABLE_HEADERS.quotes.join('\t'));
    const cells = lines[1]!.split('\t');
    expect(cells).toHaveLength(TABLE_HEADERS.quotes.length);
    expect(cells[5]).toBe('one two three "four"');
  });

  it('starts with a BOM when asked', () => {
    expect(tsvHeader('people', true)).toBe(`${UTF8_BOM}source\tname\taliases\ttitles\tmentions\tquotes\n`);
  });
});
