/**
 * Concurrency with order: results come out in the order of the inputs however the work
 * finishes, and at most `window` items are in flight or waiting to be emitted, so memory stays
 * flat whatever the number of inputs (a slow item holds the line back; it never lets the rest
 * pile up).
 */

/**
 * Maps `items` through `fn`, running up to `window` calls at once, and yields the results in
 * input order. Items are pulled from `items` only as room frees up. If `fn` rejects, the
 * rejection surfaces when that item's turn comes (wrap failures into values to keep going).
 * Stopping the iteration early stops pulling items; calls already started are left to finish.
 */
export async function* orderedMap<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, got ${window}`);
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items);
  const pending: Promise<R>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else pending.push(guard(fn(next.value)));
      }
      const head = pending.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

// Marks a rejection as handled now, so that a failure that finishes before its turn does not
// count as unhandled; awaiting the same promise later still throws it.
function guard<R>(promise: Promise<R>): Promise<R> {
  promise.catch(() => {});
  return promise;
}

function toAsync<T>(items: Iterable<T>): AsyncIterator<T> {
  const iterator = items[Symbol.iterator]();
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
