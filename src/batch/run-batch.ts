/**
 * The batch engine: the inputs the paths name → processed results, in input order, on all
 * cores. The main thread walks folders and writes; worker threads read, analyse and format.
 * One input (the common `dossier article.txt`) or an injected analysis run in the main thread
 * instead: a worker costs a thread start-up, which one article does not repay. Several inputs
 * go to workers even with `--jobs 1` (one worker): a worker's heap can be capped, the main
 * thread's cannot, and uncapped, V8 lets it grow with the garbage of thousands of articles.
 */
import type { DossierError } from '../errors.js';
import { readStreamLimited, STDIN_SOURCE, type SourceEvent } from '../input/index.js';
import { orderedMap } from './ordered-map.js';
import { TASKS_PER_WORKER, WorkerPool } from './pool.js';
import {
  createTaskRunner,
  internalFailure,
  type BatchTask,
  type TaskAnalyze,
  type TaskResult,
  type TaskRunner,
  type TaskSettings,
} from './task.js';

/** One step of {@link runBatch}, in input order. */
export type BatchEvent =
  | { kind: 'warning'; message: string }
  /** A path that could not be used (missing, unreadable folder); nothing was analysed for it. */
  | { kind: 'error'; error: DossierError }
  /** One input processed, or failed (read error, binary, analysis error). */
  | { kind: 'result'; result: TaskResult };

/** Options for {@link runBatch}. */
export interface BatchOptions {
  /** Threads to analyse with (≥ 1). */
  jobs: number;
  settings: TaskSettings;
  /** Where `-` reads from. */
  stdin: AsyncIterable<Uint8Array | string>;
  /**
   * Analysis in the main thread: either a function (tests' stand-in, which also forces the
   * main thread), or, by default, the library's `analyze`, imported on first use.
   */
  analyze?: TaskAnalyze;
  /** The worker module; defaults to the compiled src/batch/worker.ts next to this file. */
  workerUrl?: URL;
  /** Aborting it closes the worker pool at once (Ctrl-C): tasks in flight are dropped. */
  signal?: AbortSignal;
  /** Called with the number of worker threads once the engine has chosen (0 = main thread). */
  onStart?: (threads: number) => void;
}

/**
 * Heap limits of each worker thread. Without them V8 lets every thread's heap grow with the
 * garbage of thousands of articles (measured: 2 threads over 20,000 articles climbed past 450
 * MB of RSS); with them collections come sooner and memory stays flat. The young generation
 * sets the peak more than the old one does (measured over 20,000 articles on 2 threads, peak
 * RSS: young 8 MB → 290 MB, 12 → 273–282, 16 → 299–306; old 64–128 MB changed little), and
 * 12 MB was no slower than 16. An article of a megabyte or more may not fit the old
 * generation: that one is retried in the main thread.
 */
export const WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 12 } as const;

/** In-process read-ahead: the next files are read while one is analysed. */
const IN_PROCESS_WINDOW = 4;

/**
 * Processes every file and stdin event of `sources`, passing warnings and errors through at
 * their place, and yields one event per source event, in order. At most a few inputs per
 * thread are in memory at once, however many there are.
 */
export async function* runBatch(
  sources: AsyncIterable<SourceEvent>,
  options: BatchOptions,
): AsyncGenerator<BatchEvent> {
  const iterator = sources[Symbol.asyncIterator]();
  // Look ahead just far enough to know whether a pool would have work for more than one thread.
  const ahead: SourceEvent[] = [];
  let documents = 0;
  let exhausted = false;
  while (documents < Math.max(2, options.jobs)) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    ahead.push(next.value);
    if (next.value.kind === 'file' || next.value.kind === 'stdin') documents += 1;
  }
  const threads = chooseThreads({ jobs: options.jobs, documents, inProcess: options.analyze !== undefined });
  options.onStart?.(threads);
  const inProcess = threads === 0;

  let pool: WorkerPool<BatchTask, TaskResult> | undefined;
  let run: TaskRunner;
  if (inProcess) {
    run = lazyRunner(options);
  } else {
    const url = options.workerUrl ?? new URL('./worker.js', import.meta.url);
    const workers = new WorkerPool<BatchTask, TaskResult>({
      url,
      size: threads,
      workerData: options.settings,
      resourceLimits: WORKER_HEAP_LIMITS,
    });
    pool = workers;
    options.signal?.addEventListener('abort', () => void workers.close(), { once: true });
    // An input too large for a worker's heap is analysed again in the main thread, which has
    // no such limit (and loads the model only if that ever happens).
    const fallback = lazyRunner(options);
    run = (task) =>
      workers.run(task).catch((error: unknown) =>
        isOutOfMemory(error) ? fallback(task) : { ok: false as const, source: task.source, error: internalFailure(error) },
      );
  }

  const all = chain(ahead, exhausted ? undefined : iterator);
  const handle = async (event: SourceEvent): Promise<BatchEvent> => {
    switch (event.kind) {
      case 'warning':
      case 'error':
        return event;
      case 'file':
        return { kind: 'result', result: await run({ source: event.source, path: event.path }) };
      case 'stdin':
        return { kind: 'result', result: await runStdin(run, options) };
    }
  };
  const window = inProcess ? IN_PROCESS_WINDOW : threads * TASKS_PER_WORKER * 2;
  try {
    yield* orderedMap(all, handle, window);
  } finally {
    await pool?.close();
  }
}

/**
 * How many worker threads to analyse on: none (the main thread) for a single document, or when
 * the analysis is a stand-in function (which cannot be sent to a worker); otherwise `jobs`, but
 * no more threads than documents.
 *
 * @param documents - documents seen so far, counting up to `jobs` (the engine looks no further)
 */
export function chooseThreads(input: { jobs: number; documents: number; inProcess: boolean }): number {
  const { jobs, documents, inProcess } = input;
  return inProcess || documents <= 1 ? 0 : Math.max(1, Math.min(jobs, documents));
}

/** Reads standard input in the main thread (only it has stdin), then processes the bytes. */
async function runStdin(run: TaskRunner, options: BatchOptions): Promise<TaskResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readStreamLimited(options.stdin, options.settings.maxBytes, STDIN_SOURCE);
  } catch (error) {
    const failure = error as DossierError;
    return { ok: false, source: STDIN_SOURCE, error: { code: failure.code, message: failure.message } };
  }
  return run({ source: STDIN_SOURCE, bytes });
}

/** A main-thread runner that imports the analysis on first use (no model load for errors only). */
function lazyRunner(options: BatchOptions): TaskRunner {
  let runner: Promise<TaskRunner> | undefined;
  return async (task) => {
    runner ??= (async () => {
      // A failure to load is not about one input: it propagates and ends the run.
      const analyze = options.analyze ?? (await import('../index.js')).analyze;
      return createTaskRunner(options.settings, analyze);
    })();
    return (await runner)(task);
  };
}

function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

async function* chain<T>(first: readonly T[], rest: AsyncIterator<T> | undefined): AsyncGenerator<T> {
  yield* first;
  if (!rest) return;
  try {
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}
