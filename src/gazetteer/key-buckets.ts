/**
 * Buckets of a sorted section's keys by their first two characters, so that a search looks only
 * among the lines that open as its key does: a third to a half of the steps of a binary search
 * over a whole section of 10,000–40,000 lines, and each name the gazetteer has not memoised yet
 * costs several searches (measured: the search was the analysis's costliest function on a
 * first pass over real news).
 */

/** Number of buckets: a key's end or an ASCII character, twice over, and one for the rest. */
const BUCKETS = 128 * 129 + 1;

/**
 * The bucket of a key from its first two character codes (-1: the key has ended, which sorts
 * before any character). Keys sort by character codes and so do their buckets: a key's end or
 * an ASCII character, then a key's end or another ASCII character, has a bucket of its own; such
 * a first one with any other second one shares one; every key that opens past ASCII, the last.
 */
export function bucketOf(first: number, second: number): number {
  const a = first + 1;
  const b = second + 1;
  return a >= 128 ? 128 * 129 : a * 129 + (b >= 128 ? 128 : b);
}

/**
 * Where each bucket's lines start in a section of `length` lines sorted by key (the text before
 * a line's first tab), the section's first line being `starts[first]` in `text`; one more entry
 * holds `length`. Lines of one bucket stand together because the lines are sorted.
 */
export function bucketStarts(text: string, starts: Int32Array, first: number, length: number): Int32Array {
  const buckets = new Int32Array(BUCKETS + 1);
  // The k-th character of a line's key, or -1 past its end (a tab or the line's end).
  const charAt = (from: number, to: number, k: number): number => {
    const code = from + k < to ? text.charCodeAt(from + k) : 9;
    return code === 9 ? -1 : code;
  };
  // Counts per bucket, then running sums: buckets[b] is the first line of bucket b.
  for (let i = 0; i < length; i++) {
    const from = starts[first + i] as number;
    const to = (starts[first + i + 1] as number) - 1;
    const c0 = charAt(from, to, 0);
    const bucket = bucketOf(c0, c0 < 0 ? -1 : charAt(from, to, 1));
    buckets[bucket + 1] = (buckets[bucket + 1] as number) + 1;
  }
  for (let b = 1; b <= BUCKETS; b++) buckets[b] = (buckets[b] as number) + (buckets[b - 1] as number);
  return buckets;
}
