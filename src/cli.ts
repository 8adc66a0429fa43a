/**
 * The `dossier` command: parses the command line and wires input → analyze → formatter →
 * output. It returns an exit code and never calls process.exit, so pending output is always
 * flushed and the whole command can be run in-process by tests.
 */
import type { Readable, Writable } from 'node:stream';
import { CommanderError } from 'commander';
import { Diagnostics } from './cli/diagnostics.js';
import { ExitCode, exitCodeFor } from './cli/exit-code.js';
import { buildProgram, toCliOptions, type CliOptions } from './cli/options.js';
import { readVersion } from './cli/version.js';
import { STDIN_SOURCE } from './input/collect.js';
import { StreamWriter } from './output/stream-writer.js';
import type { ThreadPlan } from './batch/run-batch.js';
import type { Report } from './report.js';

/** The analysis function the CLI calls (the library's `analyze`). */
export type AnalyzeFn = (text: string, options: { source: string }) => Report;

/** The process resources {@link main} uses; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  /** Where messages go; the progress bar is drawn there when it is a terminal. */
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  /** Replaces the real analysis (tests of the shell that should not load the model). */
  analyze?: AnalyzeFn;
  /**
   * Stops the run as Ctrl-C does (tests). Without it, {@link main} listens for SIGINT itself
   * while the run lasts.
   */
  interrupt?: AbortSignal;
}

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Runs `dossier` with `argv` (arguments only, without `node` and the script) and returns the
 * exit code (0 all analysed, 1 some skipped, 2 usage error or nothing analysed, 130
 * interrupted).
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin;
  const stdout = io.stdout ?? process.stdout;
  const env = io.env ?? process.env;
  const stderr = io.stderr ?? process.stderr;
  const out = new StreamWriter(stdout);
  const err = new StreamWriter(stderr);

  // commander writes help and version synchronously; collect and write them through `out`.
  let helpText = '';
  const program = buildProgram(readVersion(), {
    writeOut: (text) => (helpText += text),
    writeErr: (text) => (helpText += text),
    helpWidth: stdout.isTTY && stdout.columns ? Math.min(stdout.columns, 100) : 80,
  });
  let options: CliOptions;
  let paths: string[];
  try {
    program.parse([...argv], { from: 'user' });
    options = toCliOptions(program.opts());
    paths = program.args;
  } catch (error) {
    if (error instanceof CommanderError && HELP_CODES.has(error.code)) {
      await out.write(helpText);
      return 0;
    }
    const message = error instanceof Error ? error.message.replace(/^error: /, '') : String(error);
    await new Diagnostics(err, false).usage(message);
    return exitCodeFor({ analysed: 0, skipped: [], fatal: 'USAGE' });
  }

  const diagnostics = new Diagnostics(err, options.quiet);
  if (paths.length === 0) {
    if (stdin.isTTY) {
      await diagnostics.usage('no input: name files or folders, or pipe text to standard input');
      return exitCodeFor({ analysed: 0, skipped: [], fatal: 'USAGE' });
    }
    paths = [STDIN_SOURCE];
  }

  const sigint = io.interrupt ? undefined : listenForSigint();
  try {
    const interrupt = io.interrupt ?? sigint?.signal;
    // A single input is analysed in one go in the main thread, which blocks the event loop, so
    // a SIGINT listener could only run once it is over: there, Ctrl-C keeps its default effect,
    // ending the process. Several inputs give the event loop a turn between two documents.
    const onEngineStart = (plan: ThreadPlan): void => {
      if (plan.single) sigint?.dispose();
    };
    const context = { stdin, stdout, stderr, env, out, diagnostics, analyze: io.analyze, interrupt, onEngineStart };
    // Loaded after parsing, so that --help, --version and usage errors stay instant.
    const { run } = await import('./cli/run.js');
    const outcome = await run(paths, options, context);
    return exitCodeFor(outcome);
  } catch (error) {
    // Only bugs get here: expected failures are DossierErrors handled inside run().
    await diagnostics.fatal(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (env['DOSSIER_DEBUG'] && error instanceof Error && error.stack) {
      await diagnostics.debug(error.stack);
    }
    return exitCodeFor({ analysed: 0, skipped: [], fatal: 'INTERNAL' });
  } finally {
    sigint?.dispose();
  }
}

/**
 * Ctrl-C during a run: the first SIGINT asks the run to stop after the line it is writing (it
 * then exits 130 with only whole lines on stdout); a second one, for a user who will not wait,
 * ends the process at once, still with 130.
 */
function listenForSigint(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(ExitCode.INTERRUPTED);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
