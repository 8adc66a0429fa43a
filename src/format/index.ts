/**
 * Formatters: report → string, one per file, chosen by name. The CLI writes `separator` between
 * two reports so each formatter stays a pure per-report function.
 */
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import { csvHeader, formatCsv } from './csv.js';
import { HtmlCollector, formatHtmlPiece } from './html/collector.js';
import { formatJson } from './json.js';
import { DEFAULT_TABLE, type TableName } from './table-rows.js';
import { formatText } from './text.js';
import { formatTsv, tsvHeader } from './tsv.js';

export type { HtmlDocument, HtmlFormatOptions } from './html/index.js';
export { formatJson } from './json.js';
export type { JsonFormatOptions } from './json.js';
export { formatSummaryJson, formatSummaryText } from './summary.js';
export { DEFAULT_WIDTH, formatText } from './text.js';
export type { TextFormatOptions } from './text.js';
export { csvHeader, formatCsv } from './csv.js';
export { formatTsv, tsvHeader } from './tsv.js';
export { DEFAULT_TABLE, TABLE_NAMES, type TableName } from './table-rows.js';

/** Names accepted by `--format`. */
export const FORMAT_NAMES = ['text', 'json', 'csv', 'tsv', 'html'] as const;

/** Formats that print one table (`--table`) with a header row. */
export const TABLE_FORMATS: readonly FormatName[] = ['csv', 'tsv'];

/** A format name. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** A ready-to-use formatter. */
export interface Formatter {
  /**
   * Renders one report, ending in a newline.
   *
   * @param text - the analysed text, which JSON output carries when `includeText` is set
   */
  format(report: Report, text?: string): string;
  /** Written between two consecutive reports (a blank line for text, nothing for NDJSON). */
  separator: string;
  /** Written once before the first report, even when no report has a row (CSV/TSV header). */
  header?: string;
  /**
   * Formats that make one document of the whole run (HTML): a collector that takes each
   * formatted report instead of the output, and renders the document at the end.
   */
  collect?: () => DocumentCollector;
}

/** Gathers a run's formatted reports for a whole-run format; see {@link Formatter.collect}. */
export interface DocumentCollector {
  add(chunk: string): void;
  /** An input that could not be analysed, for the document's list of skipped inputs. */
  skip(source: string, message: string): void;
  /** The document of everything added so far. */
  finish(): Promise<string>;
}

/** Options shared by all formatters (each uses what it needs). */
export interface FormatterOptions {
  /** Colours for the text format; JSON never colours. */
  chalk: ChalkInstance;
  /** JSON only: add the analysed text to each report as `text` (`--include-text`). */
  includeText?: boolean;
  /** Text only: columns to lay out for (default 80), and every quote whole (`--full`). */
  width?: number;
  full?: boolean;
  /** CSV/TSV only: the table to print (`--table`), and a UTF-8 BOM first (`--bom`). */
  table?: TableName;
  bom?: boolean;
  /** dossier's version, which the HTML report names. */
  version?: string;
}

/** The formatter called `name`. */
export function createFormatter(name: FormatName, options: FormatterOptions): Formatter {
  switch (name) {
    case 'json':
      return {
        format: (report, text) => formatJson(report, { text: options.includeText ? text : undefined }),
        separator: '',
      };
    case 'html':
      return { format: (report, text) => formatHtmlPiece(report, text ?? ''), separator: '', collect: () => new HtmlCollector(options.version) };
    case 'text':
      return { format: (report) => formatText(report, { chalk: options.chalk, width: options.width, full: options.full }), separator: '\n' };
    case 'csv': {
      const table = options.table ?? DEFAULT_TABLE;
      return { format: (report) => formatCsv(report, table), separator: '', header: csvHeader(table, options.bom) };
    }
    case 'tsv': {
      const table = options.table ?? DEFAULT_TABLE;
      return { format: (report) => formatTsv(report, table), separator: '', header: tsvHeader(table, options.bom) };
    }
  }
}
