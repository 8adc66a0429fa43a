/**
 * The machine-readable form: one report per line (NDJSON), so that a consumer can stream a
 * folder's reports and `head -1` or `jq -c` them without parsing a whole array.
 */
import type { Report } from '../report.js';

/** Options for {@link formatJson}. */
export interface JsonFormatOptions {
  /**
   * The analysed text, added as a last field `text` (`--include-text`): the text the offsets
   * refer to, which for an HTML page is the extracted article, not the file.
   */
  text?: string;
}

/**
 * One report as a single line of JSON ending in a newline. `JSON.stringify` escapes the line
 * breaks inside strings, so the document's own newlines never split a record.
 */
export function formatJson(report: Report, options: JsonFormatOptions = {}): string {
  const value = options.text === undefined ? report : { ...report, text: options.text };
  return `${JSON.stringify(value)}\n`;
}
