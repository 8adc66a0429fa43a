/**
 * `--output FILE`: the output is written to a temporary file next to FILE and renamed over it
 * at the end. A rename within one folder is atomic, so FILE is always either the previous
 * complete output or the new complete one, never half of one, whatever happens to the run
 * (a crash, `kill -9`, a full disk).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

/** A file being written under a temporary name; see {@link AtomicFile.commit}. */
export class AtomicFile {
  /** Where the output goes: a write stream on the temporary file. */
  readonly stream: WriteStream;
  /** The temporary file: hidden, in the same folder (a rename across file systems is a copy). */
  readonly tempPath: string;
  readonly #target: string;
  readonly #opened: Promise<void>;

  /** @param target - the file that will hold the output once {@link commit} has run */
  constructor(target: string) {
    this.#target = target;
    this.tempPath = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.tempPath, { flags: 'w' });
    this.#opened = once(this.stream, 'open').then(() => undefined);
    // Caught here so that an unopenable path surfaces through opened(), not as an unhandled error.
    this.#opened.catch(() => {});
  }

  /**
   * Resolves once the temporary file exists.
   *
   * @throws the system error when it cannot be created (missing folder, permissions)
   */
  opened(): Promise<void> {
    return this.#opened;
  }

  /** Flushes and closes the temporary file, then renames it to the target. */
  async commit(): Promise<void> {
    await this.#close();
    await rename(this.tempPath, this.#target);
  }

  /** Closes and removes the temporary file, leaving the target as it was. Never throws. */
  async discard(): Promise<void> {
    try {
      await this.#close();
    } catch {
      /* removing it is what matters */
    }
    await unlink(this.tempPath).catch(() => {});
  }

  async #close(): Promise<void> {
    if (this.stream.closed) return;
    const closed = once(this.stream, 'close');
    this.stream.end();
    await closed;
    if (this.stream.errored) throw this.stream.errored;
  }
}

/** Writes `text` to `target` through an {@link AtomicFile} (`--summary-out`). */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const file = new AtomicFile(target);
  try {
    await file.opened();
    file.stream.write(text);
    await file.commit();
  } catch (error) {
    await file.discard();
    throw error;
  }
}
