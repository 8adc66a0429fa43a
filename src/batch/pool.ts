/**
 * A small pool of worker threads (node's own worker_threads: the pool needs nothing beyond
 * "send a task, get its result", and a dependency such as piscina would not make the output
 * order or the back-pressure simpler, which {@link orderedMap} handles), or a lane in the
 * calling thread itself. Each worker gets up to {@link TASKS_PER_WORKER} tasks at a time, so it
 * never waits for the main thread between two.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Tasks sent ahead to each worker: one being analysed, the next ones waiting in its inbox, so
 * that it never idles while the main thread is busy (writing a long report, walking a folder).
 */
export const TASKS_PER_WORKER = 2;

/** Failed starts tolerated per thread before the pool stops replacing workers. */
const MAX_CRASHES_PER_WORKER = 3;

interface Job<TIn, TOut> {
  id: number;
  task: TIn;
  resolve: (value: TOut) => void;
  reject: (reason: unknown) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  jobs: Map<number, Job<TIn, TOut>>;
  /** Tasks it has finished: a worker that finished none when it died could not start. */
  finished: number;
}

/** Options for {@link WorkerPool}. */
export interface WorkerPoolOptions<TIn = unknown, TOut = unknown> {
  /** The worker's module (compiled JavaScript). */
  url: URL;
  /** Number of worker threads (0 is allowed when there is a {@link local} lane). */
  size: number;
  /** Sent to every worker as `workerData`. */
  workerData?: unknown;
  /** V8 heap limits of each worker (see {@link Worker}'s `resourceLimits`). */
  resourceLimits?: ResourceLimits;
  /**
   * Runs tasks in the calling thread too, one at a time, whenever it is free (with `size` 0:
   * only there). Each local task starts in a turn of the event loop of its own, so that
   * workers' messages, output and signals are handled between two documents.
   */
  local?: (task: TIn) => Promise<TOut>;
}

/**
 * Worker threads that answer `{ id, task }` with `{ id, result }` (see src/batch/worker.ts).
 * A worker that crashes fails the tasks it held and is replaced, so one bad input cannot stop
 * the run.
 */
export class WorkerPool<TIn, TOut> {
  readonly #options: WorkerPoolOptions<TIn, TOut>;
  readonly #slots: Slot<TIn, TOut>[] = [];
  readonly #queue: Job<TIn, TOut>[] = [];
  #nextId = 0;
  #closed = false;
  #crashes = 0;
  #localBusy = false;

  constructor(options: WorkerPoolOptions<TIn, TOut>) {
    const least = options.local ? 0 : 1;
    if (!(options.size >= least)) throw new RangeError(`pool size must be at least ${least}, got ${options.size}`);
    this.#options = options;
    for (let i = 0; i < options.size; i++) this.#slots.push(this.#spawn());
  }

  /** Runs `task` on some worker; resolves with its result. */
  run(task: TIn): Promise<TOut> {
    if (this.#closed) return Promise.reject(new Error('worker pool is closed'));
    if (this.#slots.length === 0 && !this.#options.local) return Promise.reject(new Error('every worker thread has crashed'));
    return new Promise<TOut>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, task, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; tasks not finished are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const error = new Error('worker pool closed');
    for (const job of this.#queue.splice(0)) job.reject(error);
    await Promise.all(
      this.#slots.map(async (slot) => {
        for (const job of slot.jobs.values()) job.reject(error);
        slot.jobs.clear();
        await slot.worker.terminate();
      }),
    );
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      // Whoever is free takes the oldest task: output waits for it first.
      const { local } = this.#options;
      if (local && !this.#localBusy) {
        this.#runLocally(this.#queue.shift()!, local);
        continue;
      }
      // The least busy worker, so that work spreads evenly from the start.
      let best: Slot<TIn, TOut> | undefined;
      for (const slot of this.#slots) {
        if (slot.jobs.size < TASKS_PER_WORKER && (!best || slot.jobs.size < best.jobs.size)) best = slot;
      }
      if (!best) return;
      const job = this.#queue.shift()!;
      best.jobs.set(job.id, job);
      best.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  #runLocally(job: Job<TIn, TOut>, local: (task: TIn) => Promise<TOut>): void {
    this.#localBusy = true;
    setImmediate(() => {
      const done = (): void => {
        this.#localBusy = false;
        this.#dispatch();
      };
      if (this.#closed) {
        job.reject(new Error('worker pool closed'));
        done();
        return;
      }
      local(job.task).then(job.resolve, job.reject).finally(done);
    });
  }

  #spawn(): Slot<TIn, TOut> {
    const worker = new Worker(this.#options.url, {
      workerData: this.#options.workerData,
      ...(this.#options.resourceLimits ? { resourceLimits: this.#options.resourceLimits } : {}),
    });
    const slot: Slot<TIn, TOut> = { worker, jobs: new Map(), finished: 0 };
    worker.on('message', (message: { id: number; result: TOut }) => {
      const job = slot.jobs.get(message.id);
      if (!job) return;
      slot.jobs.delete(message.id);
      slot.finished += 1;
      job.resolve(message.result);
      this.#dispatch();
    });
    const fail = (reason: unknown): void => {
      if (this.#closed) return;
      for (const job of slot.jobs.values()) job.reject(reason);
      slot.jobs.clear();
      const index = this.#slots.indexOf(slot);
      if (index < 0) return; // already handled ('error' is followed by 'exit')
      // A worker that cannot even start (missing model, broken build) would die again and
      // again: past a few such deaths per thread, give up and fail what is waiting. (A worker
      // that had been working, and died on one input, is simply replaced.)
      if (slot.finished === 0) this.#crashes += 1;
      if (this.#crashes > MAX_CRASHES_PER_WORKER * this.#options.size) {
        this.#slots.splice(index, 1);
        if (this.#slots.length === 0 && !this.#options.local) for (const job of this.#queue.splice(0)) job.reject(reason);
        return;
      }
      this.#slots[index] = this.#spawn();
      this.#dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker stopped with exit code ${code}`)));
    // Not unref'd: a main thread awaiting a result has nothing else keeping it alive. The
    // caller closes the pool when done.
    return slot;
  }
}
