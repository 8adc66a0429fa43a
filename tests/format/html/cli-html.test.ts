/**
 * `--format html` through the CLI, in-process with a stand-in analysis: one page for the whole
 * run, skipped inputs listed in it, and the options it cannot be combined with.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type AnalyzeFn, type CliIo } from '../../../src/cli.js';
import type { PageData } from '../../../src/format/html/page-data.js';
import { emptyReport } from '../fixture.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-html-cli-'));
  await writeFile(join(root, 'a.txt'), 'Mayor Ana Díaz said the bridge would reopen.');
  await writeFile(join(root, 'b.txt'), 'The council voted on <b>Tuesday</b>.');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Stand-in analysis: one person, the first word. */
const analyze: AnalyzeFn = (text, { source }) => {
  const end = text.indexOf(' ');
  return {
    ...emptyReport(source),
    stats: { characters: text.length, words: text.split(/\s+/).length, sentences: 1, paragraphs: 1 },
    people: [{ name: text.slice(0, end), aliases: [], titles: [], mentions: [{ start: 0, end, text: text.slice(0, end) }], quoteCount: 0 }],
  };
};

function sink(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      stream.text += chunk.toString();
      callback();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const stdin = Readable.from([]) as CliIo['stdin'];
  const code = await main(argv, { stdin, stdout, stderr, env: {}, analyze });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function pageData(html: string): PageData {
  return JSON.parse(/<script type="application\/json" id="dossier-data">([^<]*)<\/script>/.exec(html)![1]!) as PageData;
}

describe('--format html', () => {
  it('writes one page for all inputs, in input order', async () => {
    const { code, stdout, stderr } = await run(['--format', 'html', join(root, 'a.txt'), join(root, 'b.txt')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    const data = pageData(stdout);
    expect(data.articles.map((a) => [a.source.endsWith('a.txt'), a.text])).toEqual([
      [true, 'Mayor Ana Díaz said the bridge would reopen.'],
      [false, 'The council voted on <b>Tuesday</b>.'],
    ]);
    expect(data.articles[0]!.people[0]!.mentions).toEqual([[0, 5]]);
  });

  it('lists skipped inputs in the page and exits 1', async () => {
    const { code, stdout, stderr } = await run(['-f', 'html', join(root, 'a.txt'), join(root, 'missing.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('skipped');
    expect(stdout).toMatch(/1 input skipped<\/summary><ul><li><code>[^<]*missing\.txt<\/code>: no such file/);
  });

  it('writes the page to --output', async () => {
    const target = join(root, 'report.html');
    const { code, stdout } = await run(['--format', 'html', '-o', target, join(root, 'b.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(pageData(await readFile(target, 'utf8')).articles).toHaveLength(1);
  });

  it('refuses --summary (the page has the summary) but allows --summary-out', async () => {
    const refused = await run(['--format', 'html', '--summary', join(root, 'a.txt')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--format html always has the corpus summary');
    const out = join(root, 'summary.json');
    const allowed = await run(['--format', 'html', '--summary-out', out, join(root, 'a.txt')]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ type: 'summary', articles: 1 });
  });

  it('writes nothing when no input could be analysed', async () => {
    const { code, stdout } = await run(['--format', 'html', join(root, 'missing.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });
});
