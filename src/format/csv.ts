/**
 * `--format csv`: one table of a report (`--table`) as RFC 4180 CSV, for spreadsheets and data
 * tools. Quoting is csv-stringify's (fields with commas, quotes or line breaks quoted, quotes
 * doubled); records end in CRLF as the RFC says, which Excel, LibreOffice, pandas and R all read.
 */
import { stringifyRows } from './stringify-rows.js';
import type { Report } from '../report.js';
import { TABLE_HEADERS, tableRows, type TableName } from './table-rows.js';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (`--bom`). */
export const UTF8_BOM = '\uFEFF';

const CSV_OPTIONS = { record_delimiter: 'windows' } as const;

/** The header row, written once before the first report; with `bom`, the BOM first. */
export function csvHeader(table: TableName, bom = false): string {
  return (bom ? UTF8_BOM : '') + stringifyRows([[...TABLE_HEADERS[table]]], CSV_OPTIONS);
}

/** The rows of `table` for one report, without header; '' when it has none. */
export function formatCsv(report: Report, table: TableName): string {
  const rows = tableRows(report, table);
  return rows.length === 0 ? '' : stringifyRows(rows, CSV_OPTIONS);
}
