/**
 * How a function's time grows with its input, for tests that tell linear from quadratic on a
 * busy, shared machine. Inputs are eight times apart: a linear scan then takes about 8 times as
 * long, a quadratic one about 64 times, and the bound (24, time growing as the 1.5th power of
 * the input) leaves room on both sides. Inputs only twice apart (2 against 4) leave almost none.
 * Linear code is not quite linear in time: once a document's tokens outgrow V8's young
 * generation, they are copied and promoted, and dossier's linear stages were measured growing
 * 8–17.5 times over inputs 8 times apart (4–7.6 over 4 times apart, which a bound of 8 barely
 * admits) on a loaded machine.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each timing, so that no run pays for garbage left by the one before
// (or by other tests in the same process): V8's `gc`, exposed at run time.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Untimed runs of the small input before timing. */
const WARM_UP_RUNS = 5;

/** Ratio of input sizes compared. */
export const SIZE_FACTOR = 8;
/** Largest time ratio accepted as linear: 8^1.5 ≈ 22.6, rounded up; a quadratic scan gives 64. */
export const MAX_LINEAR_RATIO = 24;

/**
 * Time of one run of `run()`, in ms: the lesser of its wall-clock time and the CPU time of this
 * process. Each only ever overstates the time the run itself took: wall-clock time counts waiting
 * for a core that other processes hold, CPU time counts this process's other threads (V8 sweeps
 * and compiles in the background, and after the full collection before each run a sweep of a few
 * milliseconds doubled a small input's time while the large one hardly moved). The best of
 * several runs is the least noisy measure, since other work on the machine only ever adds time.
 */
function runTime(run: () => unknown): number {
  collectGarbage();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  run();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return Math.min(wall, (cpu.user + cpu.system) / 1000);
}

/** Timed runs of each input. */
const TIMED_RUNS = 5;

/** Times of `fn` on `input(size)` and `input(SIZE_FACTOR × size)`, and their ratio. */
export function growth<T>(fn: (input: T) => unknown, input: (size: number) => T, size: number): { small: number; large: number; ratio: number } {
  const smallInput = input(size);
  const largeInput = input(size * SIZE_FACTOR);
  // Untimed runs first, so that both sizes are timed with the same compiled code: a small input
  // timed while V8 still interprets or compiles the function shrinks the ratio (a quadratic
  // control twice measured under the bound in a full, parallel test run, once after one small
  // warm-up run: on a loaded machine V8's background compiler may not have finished by then).
  // The large input runs long enough for the optimised code to be in place.
  // Several small runs, for V8 tiers a function up by how often it is called, not only by how
  // long it loops: after a single one a quadratic control was still measured under the bound
  // about one fresh process in six, its small input timed in unoptimised code.
  for (let i = 0; i < WARM_UP_RUNS; i++) fn(smallInput);
  fn(largeInput);
  // Small and large runs alternate, so that a burst of load (which slows even CPU time, on cores
  // that share caches or a hyperthread) falls on both sizes alike. Timed one after the other, the
  // five small runs fit in a few milliseconds that one burst can cover whole: a quadratic control
  // was measured at 22.5, under the bound, in CI, and a bench of this measure saw a small time
  // doubled while the large one was not.
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < TIMED_RUNS; i++) {
    small = Math.min(small, runTime(() => fn(smallInput)));
    large = Math.min(large, runTime(() => fn(largeInput)));
  }
  return { small, large, ratio: large / Math.max(small, 1e-3) };
}
