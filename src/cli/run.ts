/**
 * One run of `dossier` once the command line is parsed: paths → batch engine (src/batch) →
 * stdout in input order, messages and progress on stderr, the corpus summary at the end. It
 * records what happened for the exit code and never throws for an expected failure.
 */
import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { ProgressBar } from '../batch/progress.js';
import { runBatch } from '../batch/run-batch.js';
import { inShard } from '../batch/shard.js';
import { SummaryAggregator } from '../batch/summary.js';
import { toDossierError, type TaskAnalyze, type TaskSettings } from '../batch/task.js';
import type { DossierError, ErrorCode } from '../errors.js';
import { createFormatter, formatSummaryJson, formatSummaryText } from '../format/index.js';
import { collectSources, describeExtensions, type CollectOptions } from '../input/index.js';
import type { StreamWriter } from '../output/stream-writer.js';
import { resolveColorLevel } from './color.js';
import type { Diagnostics } from './diagnostics.js';
import { ERROR_SEVERITY, type RunOutcome } from './exit-code.js';
import type { CliOptions } from './options.js';

/** What {@link run} uses besides the options. */
export interface RunContext {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  out: StreamWriter;
  diagnostics: Diagnostics;
  /** Stand-in analysis (tests); forces analysis in the main thread. */
  analyze: TaskAnalyze | undefined;
}

/** Reads, analyses and writes every input in order; records what happened for the exit code. */
export async function run(paths: string[], options: CliOptions, context: RunContext): Promise<RunOutcome> {
  const { out, diagnostics } = context;
  const level = resolveColorLevel({ flag: options.color, env: context.env, isTTY: context.stdout.isTTY === true });
  const chalk = new Chalk({ level });
  const { separator } = createFormatter(options.format, { chalk });
  const skipped: ErrorCode[] = [];
  let analysed = 0;
  let written = 0;
  const summary = options.summary === 'none' ? undefined : new SummaryAggregator();

  // With --shard, every file of the corpus passes through `select`; counting them tells an
  // empty slice (fine) from an empty corpus (an error).
  let corpusSize = 0;
  const keep = options.shard ? inShard(options.shard) : undefined;
  const collect: CollectOptions = {
    extensions: options.extensions,
    select: keep && ((source) => (corpusSize++, keep(source))),
  };
  const settings: TaskSettings = {
    format: options.format,
    colorLevel: level,
    includeText: options.includeText,
    reports: options.summary !== 'only',
    summary: summary !== undefined,
    maxBytes: options.maxBytes,
  };
  const progress = new LazyProgress(paths, options, context, { extensions: options.extensions, select: keep });
  diagnostics.beforeWrite = () => progress.clear();

  const events = runBatch(collectSources(paths, collect), {
    jobs: options.jobs,
    settings,
    stdin: context.stdin,
    analyze: context.analyze,
  });
  try {
    for await (const event of events) {
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
        const stack = failure?.error.stack;
        if (context.env['DOSSIER_DEBUG'] && stack) await diagnostics.debug(stack);
        continue;
      }
      if (!event.result.ok) continue; // (handled above; narrows the type)
      const { digest, chunk: report } = event.result;
      analysed += 1;
      if (digest) summary?.add(digest);
      if (report === '') continue;
      const chunk = written > 0 ? separator + report : report;
      written += 1;
      const open = await writeOut(out, chunk, diagnostics);
      if (open === 'failed') return { analysed, skipped, fatal: 'OUTPUT' };
      // The reader has gone (`| head`): stop quietly; leaving the loop stops the engine.
      if (!open) return { analysed, skipped, fatal: null };
    }
  } finally {
    progress.stop();
  }

  if (analysed === 0 && skipped.length === 0) {
    if (options.shard && corpusSize > 0) return { analysed, skipped, fatal: null, emptyShard: true };
    await diagnostics.fatal(`no input: no ${describeExtensions(options.extensions)} files found`);
    return { analysed, skipped, fatal: 'NO_INPUT' };
  }
  if (summary) {
    const result = summary.summary(options.top);
    if (options.summaryOut !== undefined) {
      try {
        await writeFile(options.summaryOut, formatSummaryJson(result));
      } catch (error) {
        await diagnostics.fatal(`cannot write ${options.summaryOut}: ${(error as Error).message}`);
        return { analysed, skipped, fatal: 'OUTPUT' };
      }
    } else {
      const text = options.format === 'json' ? formatSummaryJson(result) : formatSummaryText(result, chalk);
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
