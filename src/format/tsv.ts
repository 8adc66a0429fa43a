/**
 * `--format tsv`: one table of a report (`--table`) as tab-separated values, one record per
 * line, for `cut`, `awk`, `sort` and spreadsheets. Following the IANA text/tab-separated-values
 * form, fields are never quoted: the tabs and line breaks a field could hold become spaces, so
 * every line is one record and every tab a column boundary.
 */
import { stringifyRows } from './stringify-rows.js';
import type { Report } from '../report.js';
import { UTF8_BOM } from './csv.js';
import { TABLE_HEADERS, tableRows, type TableName } from './table-rows.js';

// An empty quote character turns quoting off: fields are written as they are.
const TSV_OPTIONS = { delimiter: '\t', quote: '', record_delimiter: 'unix' } as const;

/** A cell with its tabs and line breaks made spaces. */
function flat(cell: string): string {
  return cell.replace(/[\t\r\n\u2028\u2029]+/gu, ' ');
}

/** The header row, written once before the first report; with `bom`, the BOM first. */
export function tsvHeader(table: TableName, bom = false): string {
  return (bom ? UTF8_BOM : '') + stringifyRows([[...TABLE_HEADERS[table]]], TSV_OPTIONS);
}

/** The rows of `table` for one report, without header; '' when it has none. */
export function formatTsv(report: Report, table: TableName): string {
  const rows = tableRows(report, table).map((row) => row.map(flat));
  return rows.length === 0 ? '' : stringifyRows(rows, TSV_OPTIONS);
}
