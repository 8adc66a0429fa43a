// Preloaded into a measured command (`node --import ./bench/rss-probe.mjs bin/dossier.js …`):
// on exit, writes the process's peak resident memory and CPU time (worker threads included:
// they share the process) as JSON to the file named by BENCH_RSS_OUT. Worker threads inherit
// the preload; only the main thread writes.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_RSS_OUT;
if (out && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ rssMB: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
