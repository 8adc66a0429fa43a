/**
 * One run of `dossier` once the command line is parsed: paths → batch engine (src/batch) →
 * stdout in input order, messages and progress on stderr, the corpus summary at the end. It
 * records what happened for the exit code and never throws for an expected failure.
 */
import type { Readable, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { ProgressBar } from '../batch/progress.js';
import { runBatch, type ThreadPlan } from '../batch/run-batch.js';
import { inShard } from '../batch/shard.js';
import { digestReport, SummaryAggregator } from '../batch/summary.js';
import { toDossierError, type TaskAnalyze, type TaskSettings } from '../batch/task.js';
import type { DossierError, ErrorCode } from '../errors.js';
import { createFormatter, formatSummaryJson, formatSummaryText } from '../format/index.js';
import { collectSources, describeExtensions, type CollectOptions } from '../input/index.js';
import { aliasLookup, applyAliases, type AliasTable } from '../names/aliases.js';
import { writeFileAtomic } from '../output/atomic-file.js';
import { readPreviousReports } from '../output/resume.js';
import type { StreamWriter } from '../output/stream-writer.js';
import { readAliasFile } from './aliases-file.js';
import { resolveColorLevel } from './color.js';
import type { Diagnostics } from './diagnostics.js';
import { ERROR_SEVERITY, type RunOutcome } from './exit-code.js';
import type { CliOptions } from './options.js';
import { systemReason, withOutputFile } from './output-file.js';
import { readVersion } from './version.js';

/** What {@link run} uses besides the options. */
export interface RunContext {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  out: StreamWriter;
  diagnostics: Diagnostics;
  /** Stand-in analysis (tests); forces analysis in the main thread. */
  analyze: TaskAnalyze | undefined;
  /** Aborted on SIGINT: the run stops after the line being written, and reports `interrupted`. */
  interrupt?: AbortSignal;
  /** Told what the engine chose: worker threads (0: the main thread), a single input. */
  onEngineStart?: (plan: ThreadPlan) => void;
}

/**
 * Reads, analyses and writes every input in order; records what happened for the exit code.
 * With `--output`, everything goes to that file instead of stdout, atomically (see
 * {@link withOutputFile}).
 */
export async function run(paths: string[], options: CliOptions, context: RunContext): Promise<RunOutcome> {
  // Read before any output is opened, so that a bad file leaves an --output file untouched.
  const aliases = options.aliases === undefined ? undefined : await readAliasFile(options.aliases, context.diagnostics);
  if (aliases === null) return { analysed: 0, skipped: [], fatal: 'USAGE' };
  if (options.output === undefined) return runTo(context.out, paths, options, context, aliases);
  return withOutputFile(options.output, context.diagnostics, (out) => runTo(out, paths, options, context, aliases));
}

/**
 * Columns to lay text out for: `COLUMNS` when set (as for `ls`), else the terminal's width,
 * else 80 (a pipe or a file).
 */
export function outputWidth(stdout: { isTTY?: boolean; columns?: number }, env: Readonly<Record<string, string | undefined>>): number {
  const columns = Number(env['COLUMNS']);
  if (Number.isInteger(columns) && columns > 0) return columns;
  return stdout.isTTY && stdout.columns ? stdout.columns : 80;
}

/** Unique value {@link untilAborted} resolves to when the signal fires first. */
const STOPPED = Symbol('stopped');

/**
 * `promise`, or {@link STOPPED} as soon as `signal` aborts. Not `Promise.race` against one
 * long-lived promise: that adds a reaction to it on every call, which keeps every result alive
 * and made memory grow with the number of articles.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof STOPPED> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(STOPPED);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(STOPPED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

async function runTo(out: StreamWriter, paths: string[], options: CliOptions, context: RunContext, aliases: AliasTable | undefined): Promise<RunOutcome> {
  const { diagnostics } = context;
  const level = resolveColorLevel({ flag: options.color, env: context.env, isTTY: context.stdout.isTTY === true });
  const chalk = new Chalk({ level });
  const width = outputWidth(context.stdout, context.env);
  const formatter = createFormatter(options.format, { chalk, table: options.table, bom: options.bom, version: readVersion() });
  const { separator, header } = formatter;
  // A whole-run format (HTML) takes the reports here and is written once, at the end.
  const whole = formatter.collect?.();
  const skipped: ErrorCode[] = [];
  let analysed = 0;
  let written = 0;
  const summary = options.summary === 'none' ? undefined : new SummaryAggregator({ mergeNames: options.mergeNames });
  const lookup = aliasLookup(aliases ?? { groups: [] });

  const settingsReports = options.summary !== 'only';
  // --resume: the reports of the earlier run are copied first, and their sources left out.
  const done = new Set<string>();
  if (options.resume && options.output !== undefined) {
    try {
      await readPreviousReports(options.output, async ({ line, report }) => {
        if (done.has(report.source)) return;
        done.add(report.source);
        summary?.add(digestReport(applyAliases(report, lookup)));
        if (settingsReports) written += (await out.write(`${line}\n`)) ? 1 : 0;
      });
    } catch (error) {
      await diagnostics.fatal(`cannot resume from ${options.output}: ${systemReason(error)}`);
      return { analysed, skipped, fatal: 'OUTPUT' };
    }
  }
  // With --shard, every file of the corpus passes through `select`; counting them tells an
  // empty slice (fine) from an empty corpus (an error). Inputs already done count as analysed.
  let corpusSize = 0;
  let resumed = 0;
  const keep = options.shard ? inShard(options.shard) : undefined;
  const notDone = (source: string): boolean => !done.has(source) || (resumed++, false);
  const collect: CollectOptions = {
    extensions: options.extensions,
    onIgnored: summary && ((source) => {
      if (!keep || keep(source)) summary.addIgnored();
    }),
    select:
      keep || done.size > 0
        ? (source) => (keep ? (corpusSize++, keep(source)) : true) && notDone(source)
        : undefined,
  };
  const settings: TaskSettings = {
    format: options.format,
    colorLevel: level,
    includeText: options.includeText,
    explain: options.explain,
    reports: settingsReports,
    summary: summary !== undefined,
    maxBytes: options.maxBytes,
    width,
    full: options.full,
    table: options.table,
    bom: options.bom,
    aliases,
  };
  // CSV and TSV: the header row first, even if no input has a row.
  if (header !== undefined && settingsReports && (await writeOut(out, header, diagnostics)) === 'failed') {
    return { analysed, skipped, fatal: 'OUTPUT' };
  }
  const countSelect = keep || done.size > 0 ? (source: string) => (!keep || keep(source)) && !done.has(source) : undefined;
  const progress = new LazyProgress(paths, options, context, { extensions: options.extensions, select: countSelect });
  diagnostics.beforeWrite = () => progress.clear();

  const { interrupt } = context;
  const events = runBatch(collectSources(paths, collect), {
    jobs: options.jobs,
    workerThreshold: workerThreshold(context.env['DOSSIER_WORKER_THRESHOLD']),
    settings,
    stdin: context.stdin,
    analyze: context.analyze,
    signal: interrupt,
    onStart: context.onEngineStart,
  })[Symbol.asyncIterator]();
  // Ctrl-C: whatever the engine is waiting for (a worker, standard input), stop now. The line
  // being written, if any, is already whole in the stream's buffer.
  let interrupted = false;
  try {
    for (;;) {
      const next = await untilAborted(events.next(), interrupt);
      if (next === STOPPED || interrupt?.aborted) {
        interrupted = true;
        (context.stdin as Readable & { destroy?: () => void }).destroy?.();
        // A whole-run document is written with what was analysed, as a stream keeps its lines.
        if (whole && analysed > 0) await writeOut(out, await whole.finish(), diagnostics);
        await diagnostics.fatal('interrupted');
        return { analysed: analysed + resumed, skipped, fatal: null, interrupted: true };
      }
      if (next.done) break;
      const event = next.value;
      if (event.kind === 'warning') {
        await diagnostics.warning(event.message);
        continue;
      }
      progress.tick();
      const failure = event.kind === 'result' && !event.result.ok ? event.result : undefined;
      if (event.kind === 'error' || failure) {
        const error = failure ? toDossierError(failure.source, failure.error) : (event as { error: DossierError }).error;
        if (ERROR_SEVERITY[error.code] === 'fatal') {
          await diagnostics.fatal(error.message);
          return { analysed, skipped, fatal: error.code };
        }
        skipped.push(error.code);
        summary?.addSkipped();
        await diagnostics.skipped(error);
        whole?.skip(error.file ?? '-', error.message);
        if (options.errorRecords) {
          const record = { type: 'error', source: error.file ?? '-', code: error.code, message: error.message };
          if ((await writeOut(out, `${JSON.stringify(record)}\n`, diagnostics)) === 'failed') {
            return { analysed, skipped, fatal: 'OUTPUT' };
          }
        }
        const stack = failure?.error.stack;
        if (context.env['DOSSIER_DEBUG'] && stack) await diagnostics.debug(stack);
        continue;
      }
      if (!event.result.ok) continue; // (handled above; narrows the type)
      const { digest, chunk: report } = event.result;
      analysed += 1;
      if (digest) summary?.add(digest);
      if (report === '') continue;
      if (whole) {
        whole.add(report);
        continue;
      }
      const chunk = written > 0 ? separator + report : report;
      written += 1;
      const open = await writeOut(out, chunk, diagnostics);
      if (open === 'failed') return { analysed, skipped, fatal: 'OUTPUT' };
      // The reader has gone (`| head`): stop quietly; leaving the loop stops the engine.
      if (!open) return { analysed, skipped, fatal: null };
    }
  } finally {
    progress.stop();
    // The engine stops when told to return; after Ctrl-C it may be waiting for standard input
    // or a worker, so it is told without waiting (its pool closes on the same signal).
    if (interrupted) void events.return(undefined).catch(() => {});
    else await events.return(undefined);
  }

  analysed += resumed;
  if (analysed === 0 && skipped.length === 0) {
    if (options.shard && corpusSize > 0) return { analysed, skipped, fatal: null, emptyShard: true };
    await diagnostics.fatal(`no input: no ${describeExtensions(options.extensions)} files found`);
    return { analysed, skipped, fatal: 'NO_INPUT' };
  }
  if (whole && analysed > 0 && (await writeOut(out, await whole.finish(), diagnostics)) === 'failed') {
    return { analysed, skipped, fatal: 'OUTPUT' };
  }
  if (summary) {
    const result = summary.summary(options.top);
    if (options.summaryOut !== undefined) {
      try {
        await writeFileAtomic(options.summaryOut, formatSummaryJson(result));
      } catch (error) {
        await diagnostics.fatal(`cannot write ${options.summaryOut}: ${systemReason(error)}`);
        return { analysed, skipped, fatal: 'OUTPUT' };
      }
    } else {
      const text = options.format === 'json' ? formatSummaryJson(result) : formatSummaryText(result, chalk, width);
      if ((await writeOut(out, written > 0 ? separator + text : text, diagnostics)) === 'failed') {
        return { analysed, skipped, fatal: 'OUTPUT' };
      }
    }
  }
  return { analysed, skipped, fatal: null };
}

/** Writes to stdout; false once the reader has gone, 'failed' (reported) on a write error. */
async function writeOut(out: StreamWriter, chunk: string, diagnostics: Diagnostics): Promise<boolean | 'failed'> {
  try {
    return await out.write(chunk);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await diagnostics.fatal(`cannot write output: ${reason}`);
    return 'failed';
  }
}

/**
 * The progress bar, shown only where it helps: stderr is a terminal, stdout is not the same
 * terminal (reports scrolling by say enough) unless only the summary is printed, no --quiet,
 * and more than one input. It appears at the second input, and counts the inputs in the
 * background from then on so that it can show a total and an ETA.
 */
class LazyProgress {
  #bar: ProgressBar | undefined;
  #seen = 0;
  readonly #enabled: boolean;

  constructor(
    private readonly paths: string[],
    options: CliOptions,
    private readonly context: RunContext,
    /** How to count the inputs (the run's own options without its corpus counter). */
    private readonly count: CollectOptions,
  ) {
    this.#enabled =
      context.stderr.isTTY === true &&
      !options.quiet &&
      (context.stdout.isTTY !== true || options.summary === 'only');
  }

  tick(): void {
    this.#seen += 1;
    if (this.#bar === undefined && this.#enabled && this.#seen === 2) {
      const bar = new ProgressBar(this.context.stderr);
      this.#bar = bar;
      // A second walk, counting only: cheap next to the analysis, and it spares keeping the
      // whole list of paths in memory to know its length.
      void countInputs(this.paths, this.count).then(
        (total) => bar.setTotal(total),
        () => {},
      );
      bar.tick();
    }
    this.#bar?.tick();
  }

  clear(): void {
    this.#bar?.clear();
  }

  stop(): void {
    this.#bar?.stop();
  }
}

async function countInputs(paths: readonly string[], collect: CollectOptions): Promise<number> {
  let total = 0;
  for await (const event of collectSources(paths, collect)) {
    if (event.kind !== 'warning') total += 1;
  }
  return total;
}

/**
 * `DOSSIER_WORKER_THRESHOLD`: documents an input must hold before worker threads take over from
 * the main thread (docs/batch.md). For machines where a thread starts faster or slower than on
 * the one the default was measured on, and for tests, which run small folders on workers with 2.
 * Anything but a whole number from 1 keeps the default.
 */
function workerThreshold(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : undefined;
}
