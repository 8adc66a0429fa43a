/**
 * The batch engine: the inputs the paths name → processed results, in input order, on all
 * cores. A small input is analysed in the main thread alone: a worker thread costs a start-up
 * (it loads its own model and compiles dossier's code anew) that a few dozen articles do not
 * repay. A longer one goes to `--jobs` worker threads, even `--jobs 1`, while the main thread
 * walks folders and writes: a worker's heap can be capped, the main thread's cannot, and
 * uncapped, V8 lets it grow with the garbage of thousands of articles (measured over 20,000
 * articles: the main thread analysing beside one capped worker, 368 MB of RSS; two capped
 * workers, 275 MB).
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
  /** Worker threads to analyse with when the input is long enough (≥ 1; `--jobs`). */
  jobs: number;
  /** Documents the input must hold before workers start (default {@link WORKER_THRESHOLD}). */
  workerThreshold?: number;
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
  /**
   * Called once the engine has chosen: the number of worker threads (0: the main thread
   * analyses), and whether the input is a single document (whose analysis then holds the main thread
   * from start to end, with no turn of the event loop in between).
   */
  onStart?: (plan: ThreadPlan) => void;
}

/** What {@link chooseThreads} decided. */
export interface ThreadPlan {
  /** Worker threads started (0: the main thread analyses). */
  workers: number;
  /** Only one document: analysed in one go in the main thread. */
  single: boolean;
}

/**
 * Documents the input must hold before worker threads start. A worker takes about half a
 * second to load the model, and its first documents run about twice as slowly as later ones
 * while V8 compiles dossier's code in it; two workers also compete for the cores with V8's own
 * compiler threads. Measured on real news on a 2-core machine (`npm run bench`): one or two
 * workers were no faster than the main thread alone on 20 to 84 articles; on 840, two workers
 * took 0.94× (quiet machine) to 0.8× (busy) the time of one, and on 2,000 generated ones 0.74×.
 * Below this many documents `--jobs` therefore changes nothing.
 */
export const WORKER_THRESHOLD = 100;

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
  // Look ahead just far enough to know whether workers would have work enough to repay them.
  const ahead: SourceEvent[] = [];
  let documents = 0;
  let exhausted = false;
  const threshold = options.workerThreshold ?? WORKER_THRESHOLD;
  while (documents < Math.max(2, threshold)) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    ahead.push(next.value);
    if (next.value.kind === 'file' || next.value.kind === 'stdin') documents += 1;
  }
  const workers = chooseThreads({ jobs: options.jobs, documents, inProcess: options.analyze !== undefined, threshold });
  options.onStart?.({ workers, single: exhausted && documents <= 1 });

  // The main thread analyses alone (a small input), or not at all: then it is where an input
  // too large for a worker's heap is analysed again, as its own heap has no such limit (and it
  // loads the model only if that ever happens).
  const local = lazyRunner(options);
  const pool = new WorkerPool<BatchTask, TaskResult>({
    url: options.workerUrl ?? new URL('./worker.js', import.meta.url),
    size: workers,
    workerData: options.settings,
    resourceLimits: WORKER_HEAP_LIMITS,
    ...(workers === 0 ? { local } : {}),
  });
  options.signal?.addEventListener('abort', () => void pool.close(), { once: true });
  const run: TaskRunner = (task) =>
    pool.run(task).catch((error: unknown) =>
      isOutOfMemory(error) ? local(task) : { ok: false as const, source: task.source, error: internalFailure(error) },
    );

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
  // Enough tasks in flight to keep every worker's inbox full and the main thread busy.
  const window = IN_PROCESS_WINDOW + workers * TASKS_PER_WORKER * 2;
  try {
    yield* orderedMap(all, handle, window);
  } finally {
    await pool.close();
  }
}

/**
 * How many worker threads to start: none when the analysis is a stand-in function (which cannot
 * be sent to a worker), for a single document, or when the input holds fewer than `threshold`
 * documents ({@link WORKER_THRESHOLD} by default): the main thread analyses those alone.
 * Otherwise `jobs` workers.
 *
 * @param documents - documents seen so far, counting up to the threshold (the engine looks no further)
 */
export function chooseThreads(input: { jobs: number; documents: number; inProcess: boolean; threshold?: number }): number {
  const { jobs, documents, inProcess, threshold = WORKER_THRESHOLD } = input;
  return inProcess || documents < Math.max(2, threshold) ? 0 : jobs;
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
