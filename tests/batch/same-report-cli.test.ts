/**
 * Same text, same report, through the built binary: the reports for the samples folder (and a few
 * invented articles that once leaked into each other) are byte for byte the same in the main
 * thread and on one or two worker threads, with the files in reverse order, with each file run
 * alone, and when an interrupted `--output` run is completed with `--resume`.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, runBinary } from '../hostile/run-binary.js';

const textsIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${dir}/${f}`);
// The samples, and short invented articles that share names in forms wink tokenises differently
// once it has seen them ("Okafor’s," then "Okafor’s"): the cases where state once leaked.
const files = [...textsIn('samples'), ...textsIn('tests/batch/fixtures/order-sensitive')];

/** A handful of files would be analysed in the main thread: these make workers take them. */
const ON_WORKERS = { DOSSIER_WORKER_THRESHOLD: '2' };

/** The report lines of one run, sorted: order is a matter of scheduling, content is not. */
async function reports(args: string[], env?: Record<string, string>): Promise<string[]> {
  const result = await runBinary(['--json', ...args], { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.split('\n').filter(Boolean).sort();
}

let oneThread: string[];
let root: string;

beforeAll(async () => {
  assertBuilt();
  root = await mkdtemp(join(tmpdir(), 'dossier-same-'));
  oneThread = await reports(['--jobs', '1', ...files]);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('same text, same report (CLI)', () => {
  it('reports every sample', () => {
    expect(oneThread).toHaveLength(files.length);
  });

  it('two threads give the same bytes', async () => {
    expect(await reports(['--jobs', '2', ...files])).toEqual(oneThread);
  }, 60_000);

  it('one and two worker threads give the same bytes as the main thread', async () => {
    expect(await reports(['--jobs', '1', ...files], ON_WORKERS)).toEqual(oneThread);
    expect(await reports(['--jobs', '2', ...files], ON_WORKERS)).toEqual(oneThread);
  }, 60_000);

  it('the files in reverse order give the same bytes', async () => {
    expect(await reports(['--jobs', '1', ...[...files].reverse()])).toEqual(oneThread);
  }, 60_000);

  it('each file run alone gives the same bytes', async () => {
    const alone: string[] = [];
    for (let i = 0; i < files.length; i += 2) {
      const runs = await Promise.all(files.slice(i, i + 2).map((file) => reports([file])));
      alone.push(...runs.flat());
    }
    expect(alone.sort()).toEqual(oneThread);
  }, 120_000);

  it('a run cut short and completed with --resume gives the same bytes as a fresh one', async () => {
    const out = join(root, 'reports.ndjson');
    // What an interrupted --output run leaves: whole lines for the first few files, in
    // reverse order so that the resumed run reads the rest after other documents.
    await writeFile(out, `${oneThread.slice(0, 4).join('\n')}\n`);
    const resumed = await runBinary(['--json', '--jobs', '1', '--output', out, '--resume', ...[...files].reverse()]);
    expect(resumed.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).split('\n').filter(Boolean).sort();
    expect(lines).toEqual(oneThread);
  }, 60_000);
});
