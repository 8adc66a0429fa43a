/**
 * The batch worker thread of the CLI: the bundled run's pool starts this file, which sits next
 * to the bundle (`new URL('./worker.js', …)` in src/batch/run-batch.ts), and it runs the
 * bundle's worker.
 */
import { loadBundle } from './load.js';

(await loadBundle()).startWorker();
