/**
 * Typed errors for everything that can go wrong outside the analysis itself. Each carries a
 * stable `code` so the CLI can decide, in one place (src/cli/exit-code.ts), whether it skips a
 * file or stops the run, without parsing messages.
 */

/** Every kind of failure dossier reports. */
export type ErrorCode =
  /** Bad command line: unknown option, invalid value, nothing to read from a terminal. */
  | 'USAGE'
  /** The paths given contain no document at all (e.g. a folder without .txt or .md files). */
  | 'NO_INPUT'
  /** A path that does not exist. */
  | 'NOT_FOUND'
  /** A path that exists but cannot be read (permissions, I/O error). */
  | 'UNREADABLE'
  /** The bytes are not text (NUL bytes outside UTF-16). */
  | 'BINARY'
  /** The input is over the `--max-bytes` limit. */
  | 'TOO_LARGE'
  /** Writing the output failed for a reason other than the reader going away (disk full). */
  | 'OUTPUT'
  /** A bug: analysis or formatting threw. */
  | 'INTERNAL';

/** Options for {@link DossierError}. */
export interface DossierErrorOptions {
  /** The path (as given, or `-` for standard input) the error concerns. */
  file?: string;
  /** The underlying error, kept for debugging; never printed to users. */
  cause?: unknown;
}

/** An expected failure with a stable code and a message fit to show users as is. */
export class DossierError extends Error {
  /** What went wrong, for the exit-code table and for tests. */
  readonly code: ErrorCode;
  /** The input the error concerns, when it concerns one. */
  readonly file: string | undefined;

  /**
   * @param code - stable error code
   * @param message - short lower-case reason without the file name ("no such file or directory")
   * @param options - the file concerned and the underlying cause
   */
  constructor(code: ErrorCode, message: string, options: DossierErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DossierError';
    this.code = code;
    this.file = options.file;
  }
}

/** True for a {@link DossierError}; narrows `unknown` from a catch clause. */
export function isDossierError(value: unknown): value is DossierError {
  return value instanceof DossierError;
}

/**
 * Turns a Node system error from `fs` (ENOENT, EACCES, ...) into a {@link DossierError} for
 * `file`, with a short reason instead of Node's message, which repeats the syscall and path.
 */
export function fromSystemError(error: unknown, file: string): DossierError {
  if (isDossierError(error)) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new DossierError('NOT_FOUND', 'no such file or directory', { file, cause: error });
    case 'ENOTDIR':
      return new DossierError('NOT_FOUND', 'not a directory', { file, cause: error });
    case 'EACCES':
    case 'EPERM':
      return new DossierError('UNREADABLE', 'permission denied', { file, cause: error });
    case 'EISDIR':
      return new DossierError('UNREADABLE', 'is a directory', { file, cause: error });
    case 'ELOOP':
      return new DossierError('UNREADABLE', 'too many symbolic links', { file, cause: error });
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return new DossierError('UNREADABLE', code ? `cannot read (${code})` : reason, {
        file,
        cause: error,
      });
    }
  }
}
