/**
 * Formatters: report → string, one per file, chosen by name. The CLI writes `separator` between
 * two reports so each formatter stays a pure per-report function.
 */
import type { ChalkInstance } from 'chalk';
import type { Report } from '../report.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

export { formatJson } from './json.js';
export type { JsonFormatOptions } from './json.js';
export { formatSummaryJson, formatSummaryText } from './summary.js';
export { DEFAULT_MAX_QUOTE_WIDTH, formatText } from './text.js';
export type { TextFormatOptions } from './text.js';

/** Names accepted by `--format`. */
export const FORMAT_NAMES = ['text', 'json'] as const;

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
}

/** Options shared by all formatters (each uses what it needs). */
export interface FormatterOptions {
  /** Colours for the text format; JSON never colours. */
  chalk: ChalkInstance;
  /** JSON only: add the analysed text to each report as `text` (`--include-text`). */
  includeText?: boolean;
}

/** The formatter called `name`. */
export function createFormatter(name: FormatName, options: FormatterOptions): Formatter {
  switch (name) {
    case 'json':
      return {
        format: (report, text) => formatJson(report, { text: options.includeText ? text : undefined }),
        separator: '',
      };
    case 'text':
      return { format: (report) => formatText(report, { chalk: options.chalk }), separator: '\n' };
  }
}
