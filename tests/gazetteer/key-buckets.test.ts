// Searches narrowed to the bucket of a key's first two characters find what a search of the
// whole section finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeIndex, parseIndex } from '../../src/gazetteer/index-format.js';
import { bucketOf } from '../../src/gazetteer/key-buckets.js';

/** Characters around the buckets' edges: a key's end, ASCII, the last ASCII one, past ASCII. */
const CHARS = ['a', 'b', 'z', 'A', 'Z', ' ', "'", '-', '.', '0', '\u007f', '\u0080', 'é', 'ü', 'Ł', '中', '\uffff'];
const key = fc.array(fc.constantFrom(...CHARS), { maxLength: 4 }).map((chars) => chars.join(''));

/** The section of organizations, which keeps its lines as written, sorted. */
function sectionOf(names: readonly string[]) {
  return parseIndex(encodeIndex({ organizations: names.filter((n) => n !== '') })).organizations;
}

describe('searches by bucket', () => {
  it('find and hasPrefix answer as a search of every line would', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), fc.array(key, { maxLength: 20 }), (names, probes) => {
        const section = sectionOf(names);
        const lines = Array.from({ length: section.length }, (_, i) => section.line(i));
        for (const probe of [...probes, ...names, '']) {
          expect(section.find(probe) >= 0).toBe(lines.includes(probe));
          expect(section.hasPrefix(probe)).toBe(lines.some((line) => line.startsWith(probe)));
        }
      }),
    );
  });

  it('numbers buckets in the order of the keys that fall in them', () => {
    const codes = [-1, 0, 32, 97, 127, 128, 233, 0xffff];
    const pairs = codes.flatMap((a) => codes.map((b) => [a, b] as const)).filter(([a, b]) => !(a === -1 && b !== -1));
    const sorted = [...pairs].sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2);
    const buckets = sorted.map(([a, b]) => bucketOf(a, b));
    expect(buckets).toEqual([...buckets].sort((x, y) => x - y));
  });
});
