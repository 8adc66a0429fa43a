import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHighlights, type HighlightNode, type HighlightSpan } from '../../../src/format/html/segments.js';

type Node = HighlightNode<string>;

/** The tree as bracketed text: `[q:“We [p:Scholz]”]`. */
function show(text: string, nodes: Node[]): string {
  return nodes.map((n) => (n.kind === 'text' ? text.slice(n.start, n.end) : `[${n.value}:${show(text, n.children)}]`)).join('');
}

/** Every text leaf in order. */
function leaves(nodes: Node[]): { start: number; end: number }[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [n] : leaves(n.children)));
}

/** Each span piece with its enclosing pieces' ranges (to check nesting). */
function pieces(nodes: Node[], parent = { start: -Infinity, end: Infinity }): { value: string; start: number; end: number; parent: { start: number; end: number } }[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [] : [{ value: n.value, start: n.start, end: n.end, parent }, ...pieces(n.children, n)]));
}

const span = (start: number, end: number, value: string, rank = 0): HighlightSpan<string> => ({ start, end, rank, value });

describe('layoutHighlights', () => {
  it('nests mentions inside a quotation and keeps the text around them', () => {
    const text = '“We will not waver,” Scholz told reporters.';
    const tree = layoutHighlights(text.length, [span(21, 27, 'p', 4), span(0, 20, 'q', 0), span(1, 3, 'x', 4)]);
    expect(show(text, tree)).toBe('[q:“[x:We] will not waver,”] [p:Scholz] told reporters.');
  });

  it('puts a name inside the longer name that holds it (University of California)', () => {
    const text = 'at the University of California today';
    const tree = layoutHighlights(text.length, [span(21, 31, 'place', 3), span(7, 31, 'org', 2)]);
    expect(show(text, tree)).toBe('at the [org:University of [place:California]] today');
  });

  it('encloses by rank when two spans cover the same words', () => {
    const text = 'Holm said';
    expect(show(text, layoutHighlights(text.length, [span(0, 4, 'person', 4), span(0, 4, 'speaker', 1)]))).toBe('[speaker:[person:Holm]] said');
  });

  it('cuts a span that crosses the end of another into two pieces', () => {
    const text = 'abcdefghij';
    const tree = layoutHighlights(text.length, [span(0, 5, 'A'), span(3, 8, 'B')]);
    expect(show(text, tree)).toBe('[A:abc[B:de]][B:fgh]ij');
  });

  it('ignores empty spans and clips spans to the text', () => {
    const text = 'abc';
    expect(show(text, layoutHighlights(text.length, [span(1, 1, 'E'), span(2, 9, 'C'), span(-4, 1, 'A')]))).toBe('[A:a]b[C:c]');
  });

  it('for any spans: the leaves are the whole text, every span is covered exactly, pieces nest', () => {
    const spanArb = fc.record({ start: fc.nat(60), length: fc.integer({ min: 1, max: 25 }), rank: fc.nat(4) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), fc.array(spanArb, { maxLength: 25 }), (length, raw) => {
        const spans = raw.map((s, i) => span(s.start, s.start + s.length, `s${i}`, s.rank));
        const tree = layoutHighlights(length, spans);
        // Leaves: contiguous, from 0 to the end of the text.
        let at = 0;
        for (const leaf of leaves(tree)) {
          expect(leaf.start).toBe(at);
          expect(leaf.end).toBeGreaterThan(leaf.start);
          at = leaf.end;
        }
        expect(at).toBe(length);
        const all = pieces(tree);
        for (const piece of all) {
          expect(piece.start).toBeGreaterThanOrEqual(piece.parent.start);
          expect(piece.end).toBeLessThanOrEqual(piece.parent.end);
        }
        // Each span's pieces cover exactly its part inside the text, once.
        spans.forEach((s) => {
          const start = Math.max(0, s.start);
          const end = Math.min(length, s.end);
          const own = all.filter((p) => p.value === s.value).sort((a, b) => a.start - b.start);
          if (end <= start) return expect(own).toEqual([]);
          let cursor = start;
          for (const piece of own) {
            expect(piece.start).toBe(cursor);
            cursor = piece.end;
          }
          expect(cursor).toBe(end);
        });
      }),
    );
  });
});
