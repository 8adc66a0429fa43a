/**
 * The input layer: command-line paths → decoded documents, one at a time, in input order.
 * Failures are values in the stream, not exceptions, so one bad file never stops the rest.
 */
import { DossierError, fromSystemError } from '../errors.js';
import { collectSources, STDIN_SOURCE, type SourceEvent } from './collect.js';
import { decode, type TextEncoding } from './decode.js';
import { readFileLimited, readStreamLimited } from './read.js';

export { collectSources, describeExtensions, STDIN_SOURCE } from './collect.js';
export type { CollectOptions, SourceEvent } from './collect.js';
export { decode } from './decode.js';
export type { DecodedText, TextEncoding } from './decode.js';
export { formatBytes, readFileLimited, readStreamLimited } from './read.js';

/** One document ready for analysis. */
export interface InputDocument {
  /** The path as given (or found under a given folder), `-` for standard input. */
  source: string;
  text: string;
  encoding: TextEncoding;
}

/** One step of {@link readInputs}. */
export type InputEvent =
  | { kind: 'document'; document: InputDocument }
  | { kind: 'error'; error: DossierError }
  | { kind: 'warning'; message: string };

/** Options for {@link readInputs}. */
export interface ReadInputsOptions {
  /** Extensions taken from folders, without dots: `['txt', 'md']`. */
  extensions: readonly string[];
  /** Inputs over this many bytes are skipped with `TOO_LARGE`. */
  maxBytes: number;
  /** Where `-` reads from. */
  stdin: AsyncIterable<Uint8Array | string>;
}

/**
 * Reads and decodes every document the paths name (see {@link collectSources} for how paths
 * expand), yielding each as soon as it is read. Empty files are documents (with empty text).
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions,
): AsyncGenerator<InputEvent> {
  for await (const event of collectSources(paths, options)) {
    if (event.kind === 'file' || event.kind === 'stdin') {
      yield await load(event, options);
    } else {
      yield event;
    }
  }
}

async function load(
  event: Extract<SourceEvent, { kind: 'file' | 'stdin' }>,
  options: ReadInputsOptions,
): Promise<InputEvent> {
  try {
    const bytes =
      event.kind === 'stdin'
        ? await readStreamLimited(options.stdin, options.maxBytes, STDIN_SOURCE)
        : await readFileLimited(event.path, options.maxBytes, event.source);
    const { text, encoding } = decode(bytes, event.source);
    return { kind: 'document', document: { source: event.source, text, encoding } };
  } catch (error) {
    return { kind: 'error', error: fromSystemError(error, event.source) };
  }
}
