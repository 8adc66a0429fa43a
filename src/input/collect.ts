/**
 * Command-line paths → the list of documents to read, as an async iterable so that a large
 * folder starts producing reports before it has been fully walked.
 */
import { opendir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { DossierError, fromSystemError } from '../errors.js';
import type { CompiledGlob } from './glob.js';

/** The path that means standard input. */
export const STDIN_SOURCE = '-';

/** One thing {@link collectSources} found. */
export type SourceEvent =
  /** A file to read; `source` is the path as the user gave it (or joined under their folder). */
  | { kind: 'file'; source: string; path: string }
  /** Standard input. */
  | { kind: 'stdin'; source: typeof STDIN_SOURCE }
  /** A path that cannot be used; the run goes on without it. */
  | { kind: 'error'; error: DossierError }
  /** Something worth telling the user that is not a failure (an empty folder). */
  | { kind: 'warning'; message: string };

/** Options for {@link collectSources}. */
export interface CollectOptions {
  /** Extensions (without dot, lower case) of the files taken from folders: `['txt', 'md']`. */
  extensions: readonly string[];
  /**
   * Keeps only the files (and the per-path errors) whose source passes; used for `--shard`.
   * Applied before anything is read, so a file left out costs nothing but its name.
   */
  select?: (source: string) => boolean;
  /**
   * Called with each regular file that a folder walk leaves out for its extension (an image, a
   * PDF), so that the run can say how many it did not read. Not called for glob patterns, whose
   * non-matches are the point.
   */
  onIgnored?: (source: string) => void;
}

/**
 * Expands command-line paths, in the order given:
 *
 * - `-` → standard input (once, however often it is given);
 * - a folder → its files with a matching extension, recursively, sorted by name (numbers in
 *   names compare as numbers, so `part-2` comes before `part-10`); hidden entries (`.git`,
 *   `.DS_Store`) are skipped and symbolic links to folders are not followed (no cycles);
 * - a glob pattern that names no existing path (`'news/**\/*.txt'`, quoted so that dossier
 *   expands it, not the shell) → the files it matches, in the same order as a folder walk,
 *   whatever their extension (the pattern says which files); none → a NOT_FOUND error;
 * - anything else → read as a file whatever its extension, because the user named it.
 *
 * The same file reached twice (named twice, or named and inside a named folder) is read once.
 * With `select`, files (and errors about paths) it rejects are left out silently.
 */
export async function* collectSources(
  paths: readonly string[],
  options: CollectOptions,
): AsyncGenerator<SourceEvent> {
  const seen = new Set<string>();
  const select = options.select ?? (() => true);
  let stdinSeen = false;
  for (const given of paths) {
    if (given === STDIN_SOURCE) {
      if (!stdinSeen && select(STDIN_SOURCE)) yield { kind: 'stdin', source: STDIN_SOURCE };
      stdinSeen = true;
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(given)).isDirectory();
    } catch (error) {
      // A literal path wins over a pattern: a file may really be called `draft[1].txt`. The
      // matcher is loaded only here, so that runs without patterns do not pay for it.
      const glob = /[*?[{]/.test(given) ? (await import('./glob.js')).compileGlob(given) : undefined;
      if (glob) yield* expandGlob(given, glob, seen, select);
      else if (select(given)) yield { kind: 'error', error: fromSystemError(error, given) };
      continue;
    }
    if (!isDirectory) {
      if (select(given) && firstTime(seen, given)) yield { kind: 'file', source: given, path: given };
      continue;
    }
    let found = 0;
    const accept = (name: string): boolean => hasExtension(name, options.extensions);
    const ignored = new Map<string, number>();
    const onIgnored = (source: string): void => {
      options.onIgnored?.(source);
      const ext = extname(source).slice(1).toLowerCase();
      ignored.set(ext, (ignored.get(ext) ?? 0) + 1);
    };
    for await (const event of walk(given, { accept, maxDepth: Infinity, onIgnored })) {
      if (event.kind === 'file') {
        found += 1; // before de-duplication and sharding: the folder did have documents
        if (!select(event.source) || !firstTime(seen, event.path)) continue;
      }
      yield event;
    }
    if (found === 0) {
      const message = `no ${describeExtensions(options.extensions)} files in ${given}${extensionHint(ignored, options.extensions)}`;
      yield { kind: 'warning', message };
    }
  }
}

async function* expandGlob(
  pattern: string,
  glob: CompiledGlob,
  seen: Set<string>,
  select: (source: string) => boolean,
): AsyncGenerator<SourceEvent> {
  let found = 0;
  const root = glob.base === '' ? '.' : glob.base;
  const accept = (_name: string, relative: string): boolean => glob.matches(relative);
  // Errors inside the walk (an unreadable sub-folder) are reported; a missing base is not an
  // error of its own: it is the same as a pattern that matches nothing.
  for await (const event of walk(root, { accept, maxDepth: glob.maxDepth, prefix: glob.base })) {
    if (event.kind === 'error' && event.error.file === root) break;
    if (event.kind === 'file') {
      found += 1;
      if (!select(event.source) || !firstTime(seen, event.path)) continue;
    }
    yield event;
  }
  if (found === 0 && select(pattern)) {
    yield { kind: 'error', error: new DossierError('NOT_FOUND', 'no files match this pattern', { file: pattern }) };
  }
}

/** "`.txt` or `.md`" style list for messages. */
export function describeExtensions(extensions: readonly string[]): string {
  const dotted = extensions.map((ext) => `.${ext}`);
  if (dotted.length <= 1) return dotted.join('');
  return `${dotted.slice(0, -1).join(', ')} or ${dotted.at(-1)}`;
}

/** Extensions of documents dossier can read when asked to (`--ext`). */
const READABLE_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'text', 'markdown']);

/**
 * What to do about a folder with no file of the extensions read: "(it has 12 .html files: add
 * --ext txt,md,html)" when it holds readable documents of another extension, the most common
 * first; '' otherwise.
 */
function extensionHint(ignored: ReadonlyMap<string, number>, extensions: readonly string[]): string {
  const readable = [...ignored].filter(([ext]) => READABLE_EXTENSIONS.has(ext)).sort((a, b) => b[1] - a[1]);
  if (readable.length === 0) return '';
  const files = readable.map(([ext, n]) => `${n} .${ext} ${n === 1 ? 'file' : 'files'}`).join(', ');
  return ` (it has ${files}: add --ext ${[...extensions, ...readable.map(([ext]) => ext)].join(',')})`;
}

function firstTime(seen: Set<string>, path: string): boolean {
  const key = resolve(path);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

// Numeric collation so that chapter-2 sorts before chapter-10; ties broken by code units so the
// order never depends on the machine's locale. Made on first use: a run over files named one by
// one sorts nothing, and making a collator loads ICU's collation data.
let collator: Intl.Collator | undefined;
function byName(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** How {@link walk} chooses files. */
interface WalkOptions {
  /** Takes a file by its name and its path relative to the walk's root. */
  accept: (name: string, relative: string) => boolean;
  /** Deepest level of files taken (1 = the root's own files); sub-folders below are not opened. */
  maxDepth: number;
  /** What a file's source starts with: the root as given ('' for the current folder). */
  prefix?: string;
  /** Called with the files not accepted. */
  onIgnored?: ((source: string) => void) | undefined;
}

async function* walk(
  dir: string,
  options: WalkOptions,
  relativeDir = '',
  depth = 1,
): AsyncGenerator<SourceEvent> {
  let entries;
  try {
    entries = [];
    // opendir streams entries; we still sort each folder, which needs that folder in memory.
    for await (const entry of await opendir(dir)) entries.push(entry);
  } catch (error) {
    yield { kind: 'error', error: fromSystemError(error, dir) };
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (depth < options.maxDepth) yield* walk(path, options, relative, depth + 1);
    } else if (options.accept(entry.name, relative)) {
      // Regular files and symbolic links to files; a broken link fails when read, and is
      // reported then, like any unreadable file.
      if (entry.isFile() || (entry.isSymbolicLink() && !(await isDirectoryLink(path)))) {
        const source = options.prefix === undefined ? path : options.prefix === '' ? relative : join(options.prefix, relative);
        yield { kind: 'file', source, path };
      }
    } else if (entry.isFile()) {
      options.onIgnored?.(path);
    }
  }
}

async function isDirectoryLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(`.${ext}`) && lower.length > ext.length + 1);
}
