/**
 * Lays highlights over a text: quotations, and mentions inside them (and names inside names,
 * "California" in "University of California"), as a tree that HTML elements can follow. Spans
 * that cross instead of nesting are cut where the outer one ends, so that every character of a
 * span is still covered by an element carrying its key. Pure and DOM-free: the page script
 * builds its elements from the tree, and tests check the tree directly.
 */

/** A stretch of text to highlight. */
export interface HighlightSpan<T> {
  start: number;
  end: number;
  /** Lower ranks enclose higher ones when two spans cover the same stretch. */
  rank: number;
  value: T;
}

/** A node of the tree: plain text, or a span (or a piece of one) with what lies inside it. */
export type HighlightNode<T> =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'span'; start: number; end: number; value: T; children: HighlightNode<T>[] };

type Pending<T> = HighlightSpan<T>;

/** Orders spans: earlier start first, then the longer, then the lower rank. */
function before<T>(a: Pending<T>, b: Pending<T>): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  return a.rank < b.rank;
}

/** A binary min-heap of spans (a crossing span's remainder re-enters the queue). */
class SpanQueue<T> {
  readonly #items: Pending<T>[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(item: Pending<T>): void {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Pending<T> | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < items.length && before(items[left]!, items[least]!)) least = left;
        if (right < items.length && before(items[right]!, items[least]!)) least = right;
        if (least === i) break;
        [items[i], items[least]] = [items[least]!, items[i]!];
        i = least;
      }
    }
    return top;
  }
}

interface Open<T> {
  end: number;
  children: HighlightNode<T>[];
}

/**
 * The highlight tree of `text` under `spans`. Empty spans and spans outside the text are
 * ignored; the leaves, read in order, are the whole text.
 */
export function layoutHighlights<T>(textLength: number, spans: readonly HighlightSpan<T>[]): HighlightNode<T>[] {
  const queue = new SpanQueue<T>();
  for (const span of spans) {
    const start = Math.max(0, span.start);
    const end = Math.min(textLength, span.end);
    if (end > start) queue.push({ ...span, start, end });
  }
  const root: Open<T> = { end: textLength, children: [] };
  const stack: Open<T>[] = [root];
  let position = 0;
  const closeUntil = (limit: number): void => {
    // Closes every open span that ends at or before `limit`, writing the text they still hold.
    for (let top = stack[stack.length - 1]!; stack.length > 1 && top.end <= limit; top = stack[stack.length - 1]!) {
      if (top.end > position) top.children.push({ kind: 'text', start: position, end: top.end });
      position = top.end;
      stack.pop();
    }
  };
  for (let span = queue.pop(); span !== undefined; span = queue.pop()) {
    closeUntil(span.start);
    const parent = stack[stack.length - 1]!;
    if (span.start > position) parent.children.push({ kind: 'text', start: position, end: span.start });
    position = Math.max(position, span.start);
    let end = span.end;
    if (end > parent.end) {
      // Crosses the enclosing span: this piece stops where it ends, the rest is queued again.
      queue.push({ ...span, start: parent.end });
      end = parent.end;
    }
    const node: HighlightNode<T> = { kind: 'span', start: span.start, end, value: span.value, children: [] };
    parent.children.push(node);
    stack.push({ end, children: node.children });
  }
  closeUntil(textLength);
  if (textLength > position) root.children.push({ kind: 'text', start: position, end: textLength });
  return root.children;
}
