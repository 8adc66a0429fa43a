import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/batch/ordered-map.js';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('orderedMap', () => {
  it('yields results in input order however the calls finish, never over the window', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, window) => {
        let running = 0;
        let most = 0;
        const results = await collect(
          orderedMap(
            delays.map((delay, i) => ({ delay, i })),
            async ({ delay, i }) => {
              running += 1;
              most = Math.max(most, running);
              await sleep(delay);
              running -= 1;
              return i;
            },
            window,
          ),
        );
        expect(results).toEqual(delays.map((_, i) => i));
        expect(most).toBeLessThanOrEqual(window);
      }),
      { numRuns: 25 },
    );
  });

  it('pulls inputs lazily from an async source and stops pulling when the reader stops', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; ; i++) {
        pulled += 1;
        yield i;
      }
    }
    const seen: number[] = [];
    for await (const value of orderedMap(source(), async (i) => i * 10, 3)) {
      seen.push(value);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual([0, 10, 20, 30, 40]);
    expect(pulled).toBeLessThanOrEqual(5 + 3);
  });

  it('surfaces a failure at its turn, after the results before it', async () => {
    const seen: number[] = [];
    const run = async (): Promise<void> => {
      for await (const value of orderedMap([1, 2, 3], async (i) => {
        if (i === 2) throw new Error('two failed');
        await sleep(5);
        return i;
      }, 3)) seen.push(value);
    };
    await expect(run()).rejects.toThrow('two failed');
    expect(seen).toEqual([1]);
  });
});
