// Whole-process wall times on real news, as a user runs the tools: `dossier --json <folder>`
// with its output to /dev/null, against bare wink and compromise reading the same files.
// Each figure is the median of several runs, the commands alternating so that a burst of other
// work on the machine falls on all of them alike.
import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const node = process.execPath;

/** Median of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of one run of `node args` from `root`, stdout to /dev/null, in ms. */
function timeRun(root, args) {
  const devNull = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const result = spawnSync(node, args, { cwd: root, stdio: ['ignore', devNull, 'pipe'] });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return ms;
  } finally {
    closeSync(devNull);
  }
}

/**
 * The commands compared for one input (a folder, or for one article the file itself, as
 * `dossier article.txt` is run).
 */
export function commandsFor(root, target, { compromise = true } = {}) {
  const commands = {
    'dossier --jobs 1': ['bin/dossier.js', '--json', '--jobs', '1', target],
    'dossier (default --jobs)': ['bin/dossier.js', '--json', target],
    'bare wink': [join(root, 'bench/bare-wink.mjs'), target],
  };
  if (compromise) commands.compromise = [join(root, 'bench/bare-compromise.mjs'), target];
  return commands;
}

/**
 * Runs every command `runs` times, alternating, and returns `{ name: median ms }`. The files
 * were just written or read, so every command finds them in the file cache.
 */
export function timeCommands(root, commands, runs) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, args] of Object.entries(commands)) times[name].push(timeRun(root, args));
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}
