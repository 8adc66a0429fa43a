/**
 * Ctrl-C and `--output`/`--resume` through the real binary: an interrupted run exits 130 with
 * only whole lines, leaves no half file, and a resumed run completes the output without
 * analysing an article twice.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ndjson, runBinary } from './run-binary.js';

const FILES = 600;
let root: string;
let corpus: string;

beforeAll(async () => {
  assertBuilt();
  root = await mkdtemp(join(tmpdir(), 'dossier-interrupt-'));
  corpus = join(root, 'corpus');
  await mkdir(corpus);
  const writes: Promise<void>[] = [];
  for (let i = 1; i <= FILES; i++) {
    const text = `Council member Ruth Okafor said on Monday that item ${i} of the budget would pass. “We counted the votes,” she said.`;
    writes.push(writeFile(join(corpus, `item-${i}.txt`), text));
  }
  await Promise.all(writes);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('Ctrl-C', () => {
  it('stops a batch promptly: exit 130, only whole lines on stdout', async () => {
    let sentAt = 0;
    const result = await runBinary(['--json', '--jobs', '2', corpus], {
      onStdout: (_chunk, child) => {
        if (sentAt === 0) {
          sentAt = performance.now();
          child.kill('SIGINT');
        }
      },
    });
    const stoppedAfter = performance.now() - sentAt;
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('dossier: interrupted\n');
    const reports = ndjson(result.stdout); // throws on a cut line
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThan(FILES);
    expect(stoppedAfter).toBeLessThan(3000);
  });
});

describe('--output and --resume', () => {
  it('an interrupted --output run leaves whole lines and no temporary file; --resume completes it', async () => {
    const out = join(root, 'reports.ndjson');
    const temp = (): string | undefined => readdirSync(root).find((name) => name.startsWith('.reports.ndjson.'));
    // Interrupt once the temporary file has some reports in it.
    const first = await runBinary(['--json', '--jobs', '2', '--output', out, corpus], {
      onStart: (child) => {
        const timer = setInterval(() => {
          const name = temp();
          if (name && statSync(join(root, name)).size > 2000) {
            clearInterval(timer);
            child.kill('SIGINT');
          }
        }, 10);
        child.on('close', () => clearInterval(timer));
      },
    });
    expect(first.code).toBe(130);
    expect(first.stdout).toBe('');
    expect(temp()).toBeUndefined();
    const partial = ndjson(await readFile(out, 'utf8'));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(FILES);

    // Cut the last line in half, as a crash of something else might: that report is redone.
    const text = await readFile(out, 'utf8');
    await writeFile(out, text.slice(0, text.length - 40));

    const second = await runBinary(['--json', '--jobs', '2', '--output', out, '--resume', '--summary', corpus]);
    expect(second.code).toBe(0);
    const records = ndjson(await readFile(out, 'utf8'));
    const sources = records.filter((r) => 'schemaVersion' in r).map((r) => r['source']);
    expect(new Set(sources).size).toBe(FILES);
    expect(sources).toHaveLength(FILES);
    // The reports kept from the first run come first, unchanged.
    expect(records.slice(0, partial.length - 1)).toEqual(partial.slice(0, -1));
    expect(records.at(-1)).toMatchObject({ type: 'summary', articles: FILES, skipped: 0 });

    // Nothing left to do: exit 0, and the file is the same set of reports.
    const third = await runBinary(['--json', '--output', out, '--resume', corpus]);
    expect(third.code).toBe(0);
    const again = ndjson(await readFile(out, 'utf8'));
    expect(again.map((r) => r['source'])).toEqual(sources);
  }, 60_000);

  it('a failed run leaves the previous output as it was', async () => {
    const out = join(root, 'keep.ndjson');
    await writeFile(out, 'previous\n');
    const result = await runBinary(['--json', '--output', out, join(root, 'missing-folder')]);
    expect(result.code).toBe(2);
    expect(await readFile(out, 'utf8')).toBe('previous\n');
    expect(existsSync(join(root, '.keep.ndjson.tmp'))).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('.keep.'))).toEqual([]);
  });
});
