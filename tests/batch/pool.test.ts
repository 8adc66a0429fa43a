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

  it('analyses in the calling thread too, with a turn of the event loop between two tasks', async () => {
    const ran: string[] = [];
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const local = async (task: EchoTask): Promise<{ value: number }> => {
      ran.push(`local ${task.value}`);
      // Busy for a while, as an analysis is: the event loop cannot turn meanwhile.
      const until = Date.now() + 5;
      while (Date.now() < until);
      return { value: task.value };
    };
    const pool = new WorkerPool<EchoTask, { value: number }>({ url, size: 0, local });
    try {
      const before = turns;
      const values: number[] = [];
      for await (const result of orderedMap(Array.from({ length: 6 }, (_, i) => ({ value: i })), (t) => pool.run(t), 3)) values.push(result.value);
      expect(values).toEqual([0, 1, 2, 3, 4, 5]);
      expect(ran).toEqual(values.map((v) => `local ${v}`));
      // Timers ran between tasks: the loop was not held for the whole batch.
      expect(turns - before).toBeGreaterThanOrEqual(3);
    } finally {
      clearInterval(ticker);
      await pool.close();
    }
  });

  it('shares the work between its workers and the calling thread, in order', async () => {
    let local = 0;
    const pool = new WorkerPool<EchoTask, { value: number }>({
      url,
      size: 1,
      local: async (task) => {
        local += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { value: task.value };
      },
    });
    try {
      const tasks = Array.from({ length: 40 }, (_, i) => ({ value: i, delay: 5 }));
      const values: number[] = [];
      for await (const result of orderedMap(tasks, (t) => pool.run(t), 8)) values.push(result.value);
      expect(values).toEqual(tasks.map((t) => t.value));
      expect(local).toBeGreaterThan(0);
      expect(local).toBeLessThan(40);
    } finally {
      await pool.close();
    }
  });

  it('needs a worker or a local lane', () => {
    expect(() => new WorkerPool({ url, size: 0 })).toThrow(RangeError);
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
