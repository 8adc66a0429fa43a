/**
 * The input layer: command-line paths → decoded documents, one at a time, in input order.
 * Failures are values in the stream, not exceptions, so one bad file never stops the rest.
 */
import { DossierError, fromSystemError } from '../errors.js';
import { collectSources, STDIN_SOURCE, type SourceEvent } from './collect.js';
import { decode, type TextEncoding } from './decode.js';
import { extractArticle, isHtml } from './html.js';
import { readFileLimited, readStreamLimited } from './read.js';

export { collectSources, describeExtensions, STDIN_SOURCE } from './collect.js';
export type { CollectOptions, SourceEvent } from './collect.js';
export { decode } from './decode.js';
export type { DecodedText, TextEncoding } from './decode.js';
export type { CompiledGlob } from './glob.js';
export { extractArticle, HTML_EXTENSIONS, isHtml } from './html.js';
export type { ExtractedArticle } from './html.js';
export { formatBytes, readFileLimited, readStreamLimited } from './read.js';

/** One document ready for analysis. */
export interface InputDocument {
  /** The path as given (or found under a given folder), `-` for standard input. */
  source: string;
  /** The text to analyse: the file's text, or for an HTML page the article extracted from it. */
  text: string;
  encoding: TextEncoding;
  /** `html` when `text` was extracted from a page (offsets then refer to `text`, not the file). */
  format: 'text' | 'html';
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
  /** Keeps only the sources that pass (see {@link CollectOptions.select}). */
  select?: (source: string) => boolean;
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
    return { kind: 'document', document: await toDocument(event.source, bytes) };
  } catch (error) {
    return { kind: 'error', error: fromSystemError(error, event.source) };
  }
}

/**
 * Reads one file into a document: the same steps as {@link readInputs}, for callers that
 * schedule files themselves (the batch workers, which pass `blocking`: see {@link readFileLimited}).
 *
 * @throws DossierError (NOT_FOUND, UNREADABLE, BINARY, TOO_LARGE)
 */
export async function loadDocument(path: string, source: string, maxBytes: number, blocking = false): Promise<InputDocument> {
  return await toDocument(source, await readFileLimited(path, maxBytes, source, blocking));
}

/**
 * Bytes → document: decodes them, and reduces an HTML page to its article.
 *
 * @throws DossierError('BINARY') for bytes that are not text
 */
export async function toDocument(source: string, bytes: Uint8Array): Promise<InputDocument> {
  const { text, encoding } = decode(bytes, source);
  if (!isHtml(source, text)) return { source, text, encoding, format: 'text' };
  return { source, text: (await extractArticle(text)).text, encoding, format: 'html' };
}
