/**
 * Formatters: report → string, one per file, chosen by name. The CLI writes `separator` between
 * two reports so each formatter stays a pure per-report function.
 */
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import { HtmlCollector, formatHtmlPiece } from './html/collector.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export type { HtmlDocument, HtmlFormatOptions } from './html/index.js';
export { formatJson } from './json.js';
export type { JsonFormatOptions } from './json.js';
export { formatSummaryJson, formatSummaryText } from './summary.js';
export { DEFAULT_MAX_QUOTE_WIDTH, formatText } from './text.js';
export type { TextFormatOptions } from './text.js';

/** Names accepted by `--format`. */
export const FORMAT_NAMES = ['text', 'json', 'html'] as const;

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
      return { format: (report) => formatText(report, { chalk: options.chalk }), separator: '\n' };
  }
}
