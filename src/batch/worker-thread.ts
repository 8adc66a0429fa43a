/**
 * A batch worker thread: loads the analysis resources once (its own wink instance: one per
 * thread, never two), then processes the tasks the pool sends, one at a time.
 *
 * Protocol: the pool posts `{ id, task }`; the worker answers `{ id, result }`. Tasks may
 * overlap while a file is being read; the analysis itself runs one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, loadResources } from '../index.js';
import { createTaskRunner, type BatchTask, type TaskSettings } from './task.js';

/** A message from the pool. */
export interface WorkerRequest {
  id: number;
  task: BatchTask;
}

/**
 * Runs this thread as a batch worker. A function, not a module's side effect, so that the CLI's
 * one-file bundle (src/bundle/) can hold it beside the CLI and each thread runs only its part.
 */
export function startWorker(): void {
  if (!parentPort) throw new Error('a batch worker runs only as a worker thread');
  const port = parentPort;
  // Loading eagerly: the pool starts workers before the first task, so the model loads while the
  // main thread is still walking folders.
  loadResources();
  // Blocking reads: this thread has nothing to do while a file is read (see readFileLimited).
  const run = createTaskRunner(workerData as TaskSettings, analyze, true);
  port.on('message', (message: WorkerRequest) => {
    void run(message.task).then((result) => port.postMessage({ id: message.id, result }));
  });
}
