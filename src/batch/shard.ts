/**
 * `--shard K/N`: a deterministic slice of the inputs, so that N machines (a Kubernetes Indexed
 * Job, a Slurm array, GNU parallel over ssh) can each run `dossier --shard K/N` over the same
 * paths and their outputs together cover every input exactly once.
 *
 * A file's shard depends only on its source (the path as given or found under a given folder,
 * with `\` read as `/`), not on the order of the walk or on what else is in the corpus: adding
 * files never moves the others to another shard.
 */
import { posix } from 'node:path';

/** One slice: `index` from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `K/N` (1 ≤ K ≤ N). Numbering starts at 1, as in `jest --shard` and `playwright
 * --shard`; a zero-based scheduler index (Kubernetes' JOB_COMPLETION_INDEX) needs `+1`.
 *
 * @throws Error with a reason fit for a usage message
 */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match) throw new Error('Expected K/N, e.g. 2/8 for the second of eight slices.');
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new Error(`K must be between 1 and N (got ${index}/${count}).`);
  }
  return { index, count };
}

/** The shard (1 to `count`) that `source` belongs to. */
export function shardOf(source: string, count: number): number {
  // `./a.txt` and `a.txt` are the same file to every shard.
  return (hash32(posix.normalize(source.replaceAll('\\', '/'))) % count) + 1;
}

/** A predicate for the sources of one shard. */
export function inShard(shard: Shard): (source: string) => boolean {
  return (source) => shardOf(source, shard.count) === shard.index;
}

/**
 * FNV-1a over UTF-16 code units, then murmur3's finaliser so that paths differing only in their
 * last characters (`part-1.txt`, `part-2.txt`) spread evenly over any N. Stable across
 * machines, Node versions and runs, unlike anything seeded.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
