/**
 * Loads the CLI's one-file bundle, dist/bundle/dossier.cjs (scripts/build-bundle.mjs), with V8's
 * code cache: the bytecode of the functions a run compiled, saved at build time next to the
 * bundle (scripts/write-code-cache.mjs). V8 then neither parses the 760 KB bundle nor compiles
 * each function when it is first called. Measured on one sample article, whole process, 15
 * alternating runs: 349 ms loading the bundle as an ES module, 271 ms with the cache, bare wink
 * 228 ms. It changes how fast the code starts, never what it computes: the cache holds the
 * bytecode V8 would compile from the same source.
 *
 * The cache is used only when it was made from this very bundle (a SHA-256 of the source heads
 * it: V8 itself checks only the source's length) and by this V8 with the same flags (V8 checks
 * these, and rejects the cache otherwise). Without a usable cache the bundle compiles as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type * as BundleEntry from './entry.js';

/** What the bundle exports (src/bundle/entry.ts). */
export type Bundle = typeof BundleEntry;

/** What became of the code cache when the bundle was loaded. */
export type CodeCacheStatus = 'accepted' | 'rejected' | 'absent' | 'unsupported';

const BUNDLE_FILE = fileURLToPath(new URL('./dossier.cjs', import.meta.url));
const CACHE_FILE = `${BUNDLE_FILE}.cache`;
const DIGEST_BYTES = 32;

/** A CommonJS module's wrapper function, as Node's own loader builds it. */
type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

let loaded: { bundle: Bundle; script?: vm.Script; digest?: Buffer; status: CodeCacheStatus } | undefined;

/** The SHA-256 of a bundle's source, which heads the code cache made from it. */
function digestOf(source: Buffer): Buffer {
  return createHash('sha256').update(source).digest();
}

/** The code cache in `file` when it was made from the source whose digest is `digest`. */
export function cachedDataFor(file: Buffer, digest: Buffer): Buffer | undefined {
  return file.length > DIGEST_BYTES && file.subarray(0, DIGEST_BYTES).equals(digest) ? file.subarray(DIGEST_BYTES) : undefined;
}

/** The saved code cache of the bundle whose digest is `digest`, if there is one. */
function readCodeCache(digest: Buffer): Buffer | undefined {
  try {
    return cachedDataFor(readFileSync(CACHE_FILE), digest);
  } catch {
    return undefined;
  }
}

/**
 * Loads the bundle once per thread, with its code cache when there is a usable one. Node 20
 * before 20.19 runs the separate modules instead (slower to start, the same reports): the
 * bundle `require`s the libraries that are ES modules (the HTML input's and the HTML report's),
 * and a script's own `import()` cannot be used with a code cache (V8 does not restore the
 * options that route it to Node's loader), so the bundle turns its imports into `require`.
 */
export async function loadBundle(): Promise<Bundle> {
  if (loaded) return loaded.bundle;
  if (!process.features.require_module) {
    loaded = { bundle: await import('./entry.js'), status: 'unsupported' };
    return loaded.bundle;
  }
  const source = readFileSync(BUNDLE_FILE);
  const digest = digestOf(source);
  const cachedData = readCodeCache(digest);
  // The wrapper starts on the source's first line, so that line numbers in stack traces hold.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, {
    filename: BUNDLE_FILE,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper)(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, dirname(BUNDLE_FILE));
  const status = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  loaded = { bundle: module.exports as Bundle, script, digest, status };
  return loaded.bundle;
}

/** Whether the loaded bundle's code cache was used (`absent` before {@link loadBundle}). */
export function codeCacheStatus(): CodeCacheStatus {
  return loaded?.status ?? 'absent';
}

/**
 * Saves the code cache of the loaded bundle: the bytecode of every function compiled so far, so
 * call it after a run that used what later runs will use.
 */
export function writeCodeCache(): void {
  if (!loaded?.script || !loaded.digest) throw new Error('load the bundle with loadBundle() before saving its code cache');
  writeFileSync(CACHE_FILE, Buffer.concat([loaded.digest, loaded.script.createCachedData()]));
}
