/**
 * What the one-file bundle (scripts/build-bundle.mjs) holds: the CLI for the main thread and the
 * batch worker for worker threads. One bundle for both, so that one code cache serves both
 * (src/bundle/load.ts): a worker finds the analysis already compiled by the run that made it.
 */
export { main } from '../cli.js';
export { startWorker } from '../batch/worker-thread.js';
