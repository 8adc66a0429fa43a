import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/batch/ordered-map.js';
import { WorkerPool } from '../../src/batch/pool.js';

const url = new URL('./fixtures/echo-worker.mjs', import.meta.url);

interface EchoTask {
  value: number;
  delay?: number;
  crash?: boolean;
}

describe('WorkerPool', () => {
  it('runs tasks on its threads; with orderedMap the results keep input order', async () => {
    const pool = new WorkerPool<EchoTask, { value: number }>({ url, size: 2 });
    try {
      // Early tasks are the slow ones, so that later ones finish first.
      const tasks = Array.from({ length: 12 }, (_, i) => ({ value: i, delay: (12 - i) * 2 }));
      const values: number[] = [];
      for await (const result of orderedMap(tasks, (t) => pool.run(t), 4)) values.push(result.value);
      expect(values).toEqual(tasks.map((t) => t.value));
    } finally {
      await pool.close();
    }
  });

  it('fails the tasks of a crashed worker, replaces it, and goes on', async () => {
    const pool = new WorkerPool<EchoTask, { value: number }>({ url, size: 1 });
    try {
      await expect(pool.run({ value: 1, crash: true })).rejects.toThrow(/exit code 3/);
      await expect(pool.run({ value: 2 })).resolves.toMatchObject({ value: 2 });
    } finally {
      await pool.close();
    }
  });

  it('rejects what is still waiting when closed', async () => {
    const pool = new WorkerPool<EchoTask, { value: number }>({ url, size: 1 });
    const tasks = [pool.run({ value: 1, delay: 200 }), pool.run({ value: 2 }), pool.run({ value: 3 })];
    const outcomes = Promise.allSettled(tasks);
    await pool.close();
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/closed/) }) });
    }
  });
});
