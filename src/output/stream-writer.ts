/**
 * Writing to stdout/stderr the way a pipeline expects: waiting for 'drain' so a slow reader is
 * never flooded (and a long report is never cut short), and treating a reader that went away
 * (`dossier --json … | head -1` → EPIPE) as the end of the run rather than a crash.
 */
import type { Writable } from 'node:stream';

/** Error codes that mean "nobody is reading any more". */
const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** True when `error` says the reading end of the stream has gone. */
export function isClosedPipeError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CLOSED_CODES.has(code);
}

/** A writer over one stream; see {@link StreamWriter.write}. */
export class StreamWriter {
  readonly #stream: Writable;
  #closed = false;
  #failure: Error | undefined;

  /** @param stream - the stream to write to; the writer listens for its errors from now on */
  constructor(stream: Writable) {
    this.#stream = stream;
    // The listener stays for the life of the process: an EPIPE can be emitted after our last
    // write, and an 'error' with no listener would crash with a stack trace.
    stream.on('error', (error: Error) => {
      if (isClosedPipeError(error)) this.#closed = true;
      else this.#failure ??= error;
    });
  }

  /** True once the reader has gone; later writes are dropped. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Writes `chunk`, waiting for the stream to drain when its buffer is full.
   *
   * @returns false when the reader has gone (stop producing output); true otherwise
   * @throws the stream's error for failures other than a closed pipe (disk full, ...)
   */
  async write(chunk: string): Promise<boolean> {
    if (this.#failure) throw this.#failure;
    if (this.#closed || this.#stream.destroyed) {
      this.#closed = true;
      return false;
    }
    if (!this.#stream.write(chunk)) await this.#drained();
    if (this.#failure) throw this.#failure;
    return !this.#closed;
  }

  #drained(): Promise<void> {
    const stream = this.#stream;
    return new Promise((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  }
}
