/**
 * The batch engine end to end, through the BUILT binary (worker threads run compiled code):
 * the output with several threads is the output with one, byte for byte and in input order,
 * and the shards of a corpus together give the whole. Needs `npx tsc -p tsconfig.json`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, ROOT } from '../support/assert-built.js';
let corpus: string;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function dossier(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/dossier.js'), ...args], {
      cwd: corpus,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}


beforeAll(() => {
  assertBuilt('batch/worker.js');
  // A small corpus with short texts first and long ones later, so that with two threads the
  // later, shorter files would finish first if order were not kept.
  corpus = mkdtempSync(join(tmpdir(), 'dossier-batch-'));
  const samples = readdirSync(join(ROOT, 'samples')).filter((n) => n.endsWith('.txt')).sort();
  mkdirSync(join(corpus, 'news/a'), { recursive: true });
  mkdirSync(join(corpus, 'news/b'), { recursive: true });
  samples.forEach((name, i) => copyFileSync(join(ROOT, 'samples', name), join(corpus, `news/${i % 2 ? 'a' : 'b'}/${name}`)));
  writeFileSync(join(corpus, 'news/a/0-brief.txt'), 'Mayor Ana Díaz said on Monday that the bridge would reopen.');
  writeFileSync(join(corpus, 'news/b/0-scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  copyFileSync(join(ROOT, 'tests/input/fixtures/saved-page.html'), join(corpus, 'news/page.html'));
}, 30_000);
afterAll(() => {
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

describe('batch (built binary)', () => {
  it('gives the same output, in input order, on 2 worker threads as in the main thread', async () => {
    const args = ['--json', '--ext', 'txt,html', 'news', 'missing.txt', 'news/**/0-*.txt'];
    // A folder this small is analysed in the main thread unless told otherwise.
    const [one, two] = [await dossier(['--jobs', '1', ...args]), await dossier(['--jobs', '2', ...args], { DOSSIER_WORKER_THRESHOLD: '2' })];
    expect(two).toEqual(one);
    expect(one.code).toBe(1); // the binary file and the missing path are skipped
    const sources = one.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { source: string }).source);
    // Folder-walk order (a/, b/, then the page); the pattern's matches were already read.
    const folder = (sub: string): string[] => readdirSync(join(corpus, 'news', sub)).sort().map((n) => `news/${sub}/${n}`);
    expect(sources).toEqual([...folder('a'), ...folder('b').filter((s) => !s.endsWith('0-scan.txt')), 'news/page.html']);
    expect(one.stderr).toBe('dossier: skipped news/b/0-scan.txt: binary file (contains NUL bytes)\ndossier: skipped missing.txt: no such file or directory\n');
  }, 60_000);

  it('--shard: the shards together are the whole, with no report twice', async () => {
    const whole = await dossier(['--json', '--jobs', '2', 'news']);
    const lines = (text: string): string[] => text.split('\n').filter(Boolean);
    const parts: string[][] = [];
    for (let k = 1; k <= 3; k++) {
      const part = await dossier(['--json', '--jobs', '1', '--shard', `${k}/3`, 'news']);
      expect([0, 1]).toContain(part.code);
      parts.push(lines(part.stdout));
    }
    const union = parts.flat();
    expect(new Set(union).size).toBe(union.length);
    expect([...union].sort()).toEqual(lines(whole.stdout).sort());
  }, 60_000);

  it('--summary-only with threads counts every article', async () => {
    const { code, stdout } = await dossier(['--json', '--summary-only', '--jobs', '2', 'news']);
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as { type: string; articles: number; skipped: number };
    // Every sample and the brief (the page is not a default extension); the scan is skipped.
    const samples = readdirSync(join(ROOT, 'samples')).filter((n) => n.endsWith('.txt')).length;
    expect(summary).toMatchObject({ type: 'summary', articles: samples + 1, skipped: 1 });
  }, 60_000);
});
