/**
 * The `dossier` command: parses the command line and wires input → analyze → formatter →
 * output. It returns an exit code and never calls process.exit, so pending output is always
 * flushed and the whole command can be run in-process by tests.
 */
import type { Readable, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { CommanderError } from 'commander';
import { resolveColorLevel } from './cli/color.js';
import { Diagnostics } from './cli/diagnostics.js';
import { ERROR_SEVERITY, exitCodeFor, type RunOutcome } from './cli/exit-code.js';
import { buildProgram, toCliOptions, type CliOptions } from './cli/options.js';
import { readVersion } from './cli/version.js';
import { DossierError, type ErrorCode } from './errors.js';
import { createFormatter } from './format/index.js';
import { describeExtensions, readInputs, STDIN_SOURCE } from './input/index.js';
import { StreamWriter } from './output/stream-writer.js';
import type { Report } from './report.js';

/** The analysis function the CLI calls (the library's `analyze`). */
export type AnalyzeFn = (text: string, options: { source: string }) => Report;

/** The process resources {@link main} uses; tests pass their own. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: Readonly<Record<string, string | undefined>>;
  /** Replaces the real analysis (tests of the shell that should not load the model). */
  analyze?: AnalyzeFn;
}

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Runs `dossier` with `argv` (arguments only, without `node` and the script) and returns the
 * exit code (0 all analysed, 1 some skipped, 2 usage error or nothing analysed).
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdin = io.stdin ?? process.stdin;
  const stdout = io.stdout ?? process.stdout;
  const env = io.env ?? process.env;
  const out = new StreamWriter(stdout);
  const err = new StreamWriter(io.stderr ?? process.stderr);

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

  try {
    const context = { stdin, stdout, env, out, diagnostics, analyze: io.analyze };
    const outcome = await run(paths, options, context);
    return exitCodeFor(outcome);
  } catch (error) {
    // Only bugs get here: expected failures are DossierErrors handled inside run().
    await diagnostics.fatal(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (env['DOSSIER_DEBUG'] && error instanceof Error && error.stack) {
      await diagnostics.debug(error.stack);
    }
    return exitCodeFor({ analysed: 0, skipped: [], fatal: 'INTERNAL' });
  }
}

interface RunContext {
  stdin: Readable;
  stdout: CliIo['stdout'];
  env: CliIo['env'];
  out: StreamWriter;
  diagnostics: Diagnostics;
  analyze: AnalyzeFn | undefined;
}

/** Reads, analyses and writes every input in order; records what happened for the exit code. */
async function run(paths: string[], options: CliOptions, context: RunContext): Promise<RunOutcome> {
  const { out, diagnostics } = context;
  const level = resolveColorLevel({
    flag: options.color,
    env: context.env,
    isTTY: context.stdout.isTTY === true,
  });
  const formatter = createFormatter(options.format, { chalk: new Chalk({ level }) });
  const skipped: ErrorCode[] = [];
  let analysed = 0;
  let analyze = context.analyze;

  const inputs = readInputs(paths, {
    extensions: options.extensions,
    maxBytes: options.maxBytes,
    stdin: context.stdin,
  });
  for await (const event of inputs) {
    if (event.kind === 'warning') {
      await diagnostics.warning(event.message);
      continue;
    }
    if (event.kind === 'error') {
      if (ERROR_SEVERITY[event.error.code] === 'fatal') {
        await diagnostics.fatal(event.error.message);
        return { analysed, skipped, fatal: event.error.code };
      }
      skipped.push(event.error.code);
      await diagnostics.skipped(event.error);
      continue;
    }
    const { source, text } = event.document;
    // Loaded on first use so that --help, --version and usage errors stay instant. A failure
    // here is not about this input: it propagates and ends the run as an internal error.
    analyze ??= (await import('./index.js')).analyze;
    let chunk: string;
    try {
      chunk = formatter.format(analyze(text, { source }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const failure = new DossierError('INTERNAL', `internal error: ${reason}`, {
        file: source,
        cause: error,
      });
      skipped.push(failure.code);
      await diagnostics.skipped(failure);
      if (context.env['DOSSIER_DEBUG'] && error instanceof Error && error.stack) {
        await diagnostics.debug(error.stack);
      }
      continue;
    }
    if (analysed > 0) chunk = formatter.separator + chunk;
    analysed += 1;
    let open: boolean;
    try {
      open = await out.write(chunk);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await diagnostics.fatal(`cannot write output: ${reason}`);
      return { analysed, skipped, fatal: 'OUTPUT' };
    }
    // The reader has gone (`| head`): stop quietly; leaving the loop closes the input iterator.
    if (!open) break;
  }

  if (analysed === 0 && skipped.length === 0) {
    await diagnostics.fatal(`no input: no ${describeExtensions(options.extensions)} files found`);
    return { analysed, skipped, fatal: 'NO_INPUT' };
  }
  return { analysed, skipped, fatal: null };
}
