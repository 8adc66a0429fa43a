/**
 * `--output FILE`: a run's output written to a temporary file and renamed over FILE at the end
 * (src/output/atomic-file.ts), and the rules for when it is kept.
 */
import type { Diagnostics } from './diagnostics.js';
import { ExitCode, exitCodeFor, type RunOutcome } from './exit-code.js';
import { AtomicFile } from '../output/atomic-file.js';
import { StreamWriter } from '../output/stream-writer.js';

/**
 * Runs `body` with a writer on a temporary file next to `target`, then renames it over `target`,
 * also after Ctrl-C (every line in it is whole, so that `--resume` can carry on from there). A
 * run that fails as a whole (exit 2: a fatal error, or nothing analysed) leaves `target` as it
 * was and removes the temporary file.
 */
export async function withOutputFile(
  target: string,
  diagnostics: Diagnostics,
  body: (out: StreamWriter) => Promise<RunOutcome>,
): Promise<RunOutcome> {
  const file = new AtomicFile(target);
  try {
    await file.opened();
  } catch (error) {
    await diagnostics.fatal(`cannot write ${target}: ${systemReason(error)}`);
    return { analysed: 0, skipped: [], fatal: 'OUTPUT' };
  }
  let outcome: RunOutcome | undefined;
  const failed = (result: RunOutcome | undefined): boolean => !result || exitCodeFor(result) === ExitCode.FATAL;
  try {
    outcome = await body(new StreamWriter(file.stream));
  } finally {
    if (failed(outcome)) await file.discard();
  }
  if (failed(outcome)) return outcome;
  try {
    await file.commit();
  } catch (error) {
    await diagnostics.fatal(`cannot write ${target}: ${systemReason(error)}`);
    await file.discard();
    return { ...outcome, fatal: 'OUTPUT' };
  }
  return outcome;
}

/** A short reason for a file-system error, as dossier's messages put it. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
