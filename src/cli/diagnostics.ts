/**
 * Everything dossier says on stderr, in one style: `dossier: <message>`, no stack traces.
 * `--quiet` silences all of it except fatal errors; the exit code still tells what happened.
 */
import type { DossierError } from '../errors.js';
import type { StreamWriter } from '../output/stream-writer.js';

/** The hint printed after a usage error. */
export const HELP_HINT = "Try 'dossier --help'.";

/** Writes dossier's messages to stderr. */
export class Diagnostics {
  readonly #stderr: StreamWriter;
  readonly #quiet: boolean;
  /** Called before each message: the progress bar erases itself so that lines stay whole. */
  beforeWrite: (() => void) | undefined;

  /**
   * @param stderr - where messages go
   * @param quiet - drop warnings and skipped-file messages
   */
  constructor(stderr: StreamWriter, quiet: boolean) {
    this.#stderr = stderr;
    this.#quiet = quiet;
  }

  /** A bad command line: the message, then {@link HELP_HINT}. Printed even when quiet. */
  async usage(message: string): Promise<void> {
    await this.#write(`dossier: ${oneLine(message)}\n${HELP_HINT}\n`);
  }

  /** An error that ends the run. Printed even when quiet. */
  async fatal(message: string): Promise<void> {
    await this.#write(`dossier: ${oneLine(message)}\n`);
  }

  /** An input that was skipped; the run goes on. */
  async skipped(error: DossierError): Promise<void> {
    if (this.#quiet) return;
    await this.#write(`dossier: skipped ${quotePath(oneLine(error.file ?? '-'))}: ${oneLine(error.message)}\n`);
  }

  /** Something worth knowing that is not a failure. */
  async warning(message: string): Promise<void> {
    if (this.#quiet) return;
    await this.#write(`dossier: warning: ${oneLine(message)}\n`);
  }

  /** Extra detail for developers (a stack trace), shown only when asked for. */
  async debug(detail: string): Promise<void> {
    await this.#write(`${detail}\n`);
  }

  async #write(text: string): Promise<void> {
    // A closed stderr is not worth failing over; the exit code still carries the outcome.
    try {
      this.beforeWrite?.();
      await this.#stderr.write(text);
    } catch {
      /* nowhere left to report it */
    }
  }
}

/**
 * A path as a shell would need it: as it is when it has only safe characters, otherwise in
 * single quotes (as GNU tools do), so that a glob pattern or a name with spaces reads as one.
 */
export function quotePath(path: string): string {
  if (/^[\p{L}\p{N}_./@%+=:,~-]+$/u.test(path)) return path;
  return `'${path.replaceAll("'", "'\\''")}'`;
}

// File names and commander messages can contain line breaks or control characters; one
// message is one line, so scripts can grep stderr.
function oneLine(text: string): string {
  return text.replace(/[\r\n\t\p{Cc}]+/gu, ' ').trim();
}
