/**
 * The one place where outcomes become exit codes. Everything else in the CLI records what
 * happened; only {@link exitCodeFor} decides what the shell sees.
 */
import type { ErrorCode } from '../errors.js';

/** dossier's exit codes. */
export const ExitCode = {
  /** Every input was analysed. */
  OK: 0,
  /** Some inputs failed (each reported on stderr); the others were analysed. */
  SOME_FAILED: 1,
  /** Usage error, or nothing could be analysed at all. */
  FATAL: 2,
  /** Interrupted (SIGINT, Ctrl-C): 128 + 2, as shells report it. Every line written is whole. */
  INTERRUPTED: 130,
} as const;

/** One of {@link ExitCode}'s values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * How each error affects the run: `fatal` stops it before any analysis (bad command line, no
 * documents at all); `skip` loses one input and the run goes on.
 */
export const ERROR_SEVERITY: Readonly<Record<ErrorCode, 'fatal' | 'skip'>> = {
  USAGE: 'fatal',
  NO_INPUT: 'fatal',
  NOT_FOUND: 'skip',
  UNREADABLE: 'skip',
  BINARY: 'skip',
  TOO_LARGE: 'skip',
  OUTPUT: 'fatal',
  // A bug while analysing one input: skip it, keep going. (A bug elsewhere is fatal; the CLI
  // records that as a fatal INTERNAL directly.)
  INTERNAL: 'skip',
};

/** What happened in a run, as far as the exit code cares. */
export interface RunOutcome {
  /** Inputs analysed and reported. */
  analysed: number;
  /** Codes of the inputs skipped. */
  skipped: readonly ErrorCode[];
  /** The fatal error that ended the run, if any. */
  fatal: ErrorCode | null;
  /**
   * True when there was nothing for this run to do although the inputs exist: a `--shard`
   * whose slice is empty. Not an error (exit 0), so that a scheduler does not retry it.
   */
  emptyShard?: boolean;
  /** The run was stopped by SIGINT (Ctrl-C) before it had handled every input. */
  interrupted?: boolean;
}

/**
 * The exit code for a run:
 *
 * | fatal error | analysed | skipped | exit |
 * |-------------|----------|---------|------|
 * | yes         | any      | any     | 2    |
 * | no          | ≥ 1      | 0       | 0    |
 * | no          | ≥ 1      | ≥ 1     | 1    |
 * | no          | 0        | any     | 2    |
 *
 * (A `--shard` run with an empty slice, `emptyShard`, exits 0. An interrupted run exits 130,
 * whatever it did before, unless a fatal error came first.)
 * A run that stopped early because the reader closed the pipe is judged on what it did before.
 */
export function exitCodeFor(outcome: RunOutcome): ExitCodeValue {
  if (outcome.fatal !== null) return ExitCode.FATAL;
  if (outcome.interrupted) return ExitCode.INTERRUPTED;
  if (outcome.emptyShard && outcome.skipped.length === 0) return ExitCode.OK;
  if (outcome.analysed === 0) return ExitCode.FATAL;
  return outcome.skipped.length > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}
