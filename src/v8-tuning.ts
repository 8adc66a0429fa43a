/**
 * V8 settings for a dossier process, applied by the CLI's entry point (bin/dossier.js) before
 * any of dossier's code runs; worker threads share them (V8 flags are per process).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Makes V8 optimise fewer functions, and inline less into each. dossier has many mid-sized
 * functions, and a run over a folder spent about as much CPU compiling them (on V8's background
 * threads) as analysing; every worker thread compiles them anew.
 *
 * - A smaller inlining budget: measured on 840 real articles, 12–18% less CPU for the whole
 *   run, no slower once warm.
 * - A larger interrupt budget (the bytecode a function runs before V8 considers optimising it;
 *   Node 20's default is 132 KB): functions that run only now and then stay in the baseline
 *   tiers instead of being compiled, and often compiled again after a deoptimisation. Measured
 *   on 840 real articles, whole process, three to four alternating runs each: `--jobs 2` 6.6 →
 *   5.2–5.5 s and 11.4–12.6 → 9.3–11.0 s of CPU; `--jobs 1` 7.1 → 6.3–6.9 s; 84 articles
 *   1.36 → 1.36 s, 20 articles 0.72 → 0.65 s; the third pass in one process (steady state)
 *   unchanged within the machine's noise. 30000 (more optimising) cost 25% more; 600000 to
 *   1200000 gained nothing more.
 *
 * Neither changes a report: flags change how fast code runs, not what it computes.
 */
export function tuneV8(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
  setFlagsFromString('--interrupt-budget=300000');
}
