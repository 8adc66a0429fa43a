/**
 * `--resume`: reads back the NDJSON of an earlier (possibly interrupted) run, so that the reports
 * it already holds are kept and their articles not analysed again.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Report } from '../report.js';

/** One report found in an earlier output. */
export interface PreviousReport {
  /** The line as it was (without its newline), to copy into the new output unchanged. */
  line: string;
  report: Report;
}

/**
 * Calls `onReport` for every report line of `file`, in order, and returns how many there were.
 * Only reports are kept: error records (`"type":"error"`) are dropped so that those inputs are
 * tried again, the summary line is dropped because the new run writes a new one, and a line
 * that is not whole JSON (the end of an output cut short by something other than dossier) is
 * dropped so that its input is analysed again. A missing file is an empty one.
 *
 * @throws the system error when the file exists but cannot be read
 */
export async function readPreviousReports(
  file: string,
  onReport: (previous: PreviousReport) => Promise<void> | void,
): Promise<number> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let count = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    const report = parseReport(line);
    if (!report) continue;
    count += 1;
    await onReport({ line, report });
  }
  return count;
}

/** The report on `line`, or undefined for anything else (error record, summary, broken line). */
export function parseReport(line: string): Report | undefined {
  if (!line.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const record = value as Partial<Report> | null;
  if (typeof record !== 'object' || record === null) return undefined;
  if (typeof record.schemaVersion !== 'number' || typeof record.source !== 'string') return undefined;
  return record as Report;
}
