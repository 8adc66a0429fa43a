/**
 * The worker thread module of the unbundled build (the library API's batches): the CLI's bundle
 * has its own, src/bundle/worker.ts.
 */
import { startWorker } from './worker-thread.js';

startWorker();
