/**
 * One input, from path to formatted output: read, decode (HTML → article), analyse, format,
 * digest for the summary. The same function runs in the worker threads and, for a single
 * input or `--jobs 1`, in the main thread, so both paths give byte-identical output.
 * Failures are values ({@link TaskResult} with `ok: false`), never exceptions.
 */
import { Chalk } from 'chalk';
import type { ColorLevel } from '../cli/color.js';
import { DossierError, fromSystemError, type ErrorCode } from '../errors.js';
import { createFormatter, type FormatName, type TableName } from '../format/index.js';
import { loadDocument, toDocument, type InputDocument } from '../input/index.js';
import { aliasLookup, applyAliases, type AliasTable } from '../names/aliases.js';
import type { Report } from '../report.js';
import { digestReport, type ReportDigest } from './summary.js';

/** One input to process: a file to read, or bytes already read (standard input). */
export interface BatchTask {
  /** The name in reports and messages. */
  source: string;
  /** The file to read (absent when `bytes` is given). */
  path?: string;
  bytes?: Uint8Array;
}

/** How every task of a run is processed; plain data, so that it can be sent to workers. */
export interface TaskSettings {
  format: FormatName;
  colorLevel: ColorLevel;
  /** JSON only: add the analysed text to each report. */
  includeText: boolean;
  /** Reports carry `explain` (`--explain`). */
  explain?: boolean;
  /** Format the report (false with `--summary-only`). */
  reports: boolean;
  /** Compute a {@link ReportDigest} for the summary. */
  summary: boolean;
  maxBytes: number;
  /** Text: columns to lay out for, and every quote whole (`--full`). */
  width?: number;
  full?: boolean;
  /** CSV and TSV: the table (`--table`) and the byte order mark (`--bom`, in the header). */
  table?: TableName;
  bom?: boolean;
  /** The user's names for people (`--aliases`), applied to every report. */
  aliases?: AliasTable;
}

/** What became of one task. */
export type TaskResult =
  | { ok: true; source: string; chunk: string; digest?: ReportDigest }
  | { ok: false; source: string; error: TaskFailure };

/** A failure in a form that survives the trip between threads (DossierError does not). */
export interface TaskFailure {
  code: ErrorCode;
  message: string;
  /** For `DOSSIER_DEBUG`: the stack of an unexpected error. */
  stack?: string;
}

/** The analysis function tasks call. */
export type TaskAnalyze = (text: string, options: { source: string; explain?: boolean }) => Report;

/** A function that processes tasks with fixed settings. */
export type TaskRunner = (task: BatchTask) => Promise<TaskResult>;

/**
 * Builds the task runner for `settings`, analysing with `analyze`. Worker threads read files
 * with `blockingReads` (see readFileLimited); the main thread must not.
 */
export function createTaskRunner(settings: TaskSettings, analyze: TaskAnalyze, blockingReads = false): TaskRunner {
  const formatter = createFormatter(settings.format, {
    chalk: new Chalk({ level: settings.colorLevel }),
    includeText: settings.includeText,
    width: settings.width,
    full: settings.full,
    table: settings.table,
    bom: settings.bom,
  });
  const aliases = aliasLookup(settings.aliases ?? { groups: [] });
  return async (task) => {
    let document: InputDocument;
    try {
      document = task.bytes
        ? await toDocument(task.source, task.bytes)
        : await loadDocument(task.path ?? task.source, task.source, settings.maxBytes, blockingReads);
    } catch (error) {
      const failure = fromSystemError(error, task.source);
      return { ok: false, source: task.source, error: { code: failure.code, message: failure.message } };
    }
    try {
      const report = applyAliases(analyze(document.text, settings.explain ? { source: document.source, explain: true } : { source: document.source }), aliases);
      const chunk = settings.reports ? formatter.format(report, document.text) : '';
      return settings.summary
        ? { ok: true, source: task.source, chunk, digest: digestReport(report) }
        : { ok: true, source: task.source, chunk };
    } catch (error) {
      return { ok: false, source: task.source, error: internalFailure(error) };
    }
  };
}

/** An unexpected error (a bug in analysis or formatting) as a {@link TaskFailure}. */
export function internalFailure(error: unknown): TaskFailure {
  const reason = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return { code: 'INTERNAL', message: `internal error: ${reason}`, ...(stack ? { stack } : {}) };
}

/** The {@link DossierError} a failed task stands for, to report like any skipped input. */
export function toDossierError(source: string, failure: TaskFailure): DossierError {
  return new DossierError(failure.code, failure.message, { file: source });
}
