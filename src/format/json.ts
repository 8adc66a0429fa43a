/**
 * The machine-readable form: one report per line (NDJSON), so that a consumer can stream a
 * folder's reports and `head -1` or `jq -c` them without parsing a whole array.
 */
import type { Report } from '../report.js';

/**
 * One report as a single line of JSON ending in a newline. `JSON.stringify` escapes the line
 * breaks inside strings, so the document's own newlines never split a record.
 */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}
