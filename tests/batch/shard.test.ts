import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hash32, inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { collectSources } from '../../src/input/collect.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/8', { index: 3, count: 8 }],
    [' 8 / 8 ', { index: 8, count: 8 }],
  ])('reads %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '-1/4', '1.5/4'])('rejects %j', (text) => {
    expect(() => parseShard(text)).toThrow();
  });
});

describe('shardOf', () => {
  it('puts every path in exactly one shard, 1 to N', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (path, count) => {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((k) => inShard({ index: k, count })(path));
        expect(owners).toEqual([shardOf(path, count)]);
      }),
    );
  });

  it('depends on the path only, with ./ and backslashes read as on POSIX', () => {
    expect(shardOf('news/a.txt', 7)).toBe(shardOf('./news/a.txt', 7));
    expect(shardOf('news\\a.txt', 7)).toBe(shardOf('news/a.txt', 7));
    expect(hash32('news/a.txt')).toBe(hash32('news/a.txt'));
  });

  it('spreads similar names evenly', () => {
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 8000; i++) counts[shardOf(`corpus/2024/article-${i}.txt`, 8) - 1]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    for (const c of counts) expect(c).toBeLessThan(1150);
  });
});

describe('--shard over a folder walk', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dossier-shard-'));
    for (let i = 0; i < 40; i++) {
      await mkdir(join(root, `desk-${i % 3}`), { recursive: true });
      await writeFile(join(root, `desk-${i % 3}`, `story-${i}.txt`), 'x');
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function sources(select?: (s: string) => boolean): Promise<string[]> {
    const found: string[] = [];
    for await (const e of collectSources([root, join(root, 'missing.txt')], { extensions: ['txt'], select })) {
      if (e.kind === 'file') found.push(e.source);
      if (e.kind === 'error') found.push(`error:${e.error.file}`);
    }
    return found;
  }

  it.each([1, 2, 3, 5])('N=%i: the shards together are the whole, with no overlap, each in walk order', async (count) => {
    const whole = await sources();
    const parts = await Promise.all(
      Array.from({ length: count }, (_, i) => sources(inShard({ index: i + 1, count }))),
    );
    const union = parts.flat();
    expect(new Set(union).size).toBe(union.length);
    expect(union.sort()).toEqual([...whole].sort());
    for (const part of parts) expect(part).toEqual(whole.filter((s) => part.includes(s)));
  });
});
