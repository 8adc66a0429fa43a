/**
 * Golden tests of the BUILT binary (`node bin/dossier.js`, i.e. dist/): exit code, stdout and
 * stderr of a handful of runs, compared with transcripts in tests/cli/golden/.
 *
 * The analysis improves over time, so these transcripts change. To refresh them after a
 * deliberate change, rebuild and rewrite, then review the diff:
 *
 *     npx tsc -p tsconfig.json && UPDATE_GOLDEN=1 npx vitest run tests/cli/golden.test.ts
 *     git diff tests/cli/golden/
 *
 * A missing transcript is written on first run (except under CI=1, where it fails).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, ROOT } from '../support/assert-built.js';
const GOLDEN_DIR = join(ROOT, 'tests/cli/golden');
const FIXTURES = 'tests/cli/fixtures';
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** One run of the binary. Paths are relative to the repository root (the child's cwd). */
interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** A file whose content is piped to stdin (otherwise stdin is an empty pipe). */
  stdin?: string;
}

const CASES: Case[] = [
  { name: 'text', args: [`${FIXTURES}/summit.txt`] },
  { name: 'json', args: ['--json', `${FIXTURES}/summit.txt`, `${FIXTURES}/folder`] },
  { name: 'no-color-env-folder', args: [`${FIXTURES}/folder`], env: { NO_COLOR: '1' } },
  { name: 'force-color', args: [`${FIXTURES}/summit.txt`], env: { FORCE_COLOR: '1' } },
  { name: 'no-color-flag-beats-force-color', args: ['--no-color', `${FIXTURES}/stdin.txt`], env: { FORCE_COLOR: '3' } },
  { name: 'stdin', args: ['--json'], stdin: `${FIXTURES}/stdin.txt` },
  { name: 'missing-file', args: [`${FIXTURES}/missing.txt`] },
  { name: 'missing-and-present', args: ['--json', `${FIXTURES}/missing.txt`, `${FIXTURES}/stdin.txt`] },
  { name: 'unknown-option', args: ['--frobnicate', `${FIXTURES}/summit.txt`] },
  { name: 'empty-file', args: [`${FIXTURES}/empty.txt`] },
  { name: 'help', args: ['--help'] },
  { name: 'explain', args: ['--explain', `${FIXTURES}/stdin.txt`] },
  // Text laid out for the width (COLUMNS stands for a terminal's), and the spreadsheet formats.
  { name: 'text-width-60', args: ['samples/senate-water-deal.txt'], env: { COLUMNS: '60' } },
  { name: 'text-width-80', args: ['samples/senate-water-deal.txt'] },
  { name: 'text-width-120', args: ['samples/senate-water-deal.txt'], env: { COLUMNS: '120' } },
  { name: 'text-full', args: ['--full', 'samples/ecb-holds-rates.txt'], env: { COLUMNS: '100' } },
  { name: 'csv-quotes', args: ['--format', 'csv', `${FIXTURES}/summit.txt`, 'samples/senate-water-deal.txt'] },
  { name: 'csv-people-bom', args: ['--format', 'csv', '--table', 'people', '--bom', `${FIXTURES}/summit.txt`] },
  { name: 'tsv-mentions', args: ['--format', 'tsv', '--table', 'mentions', `${FIXTURES}/summit.txt`] },
  { name: 'summary-only', args: ['--summary-only', '--top', '5', 'samples'] },
];

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary with a clean environment (no inherited colour settings). */
function runBinary(args: string[], options: { env?: Record<string, string>; stdin?: string; closeStdout?: boolean } = {}): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/dossier.js', ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Closing our end of stdout before the child writes makes every child write fail with EPIPE.
    if (options.closeStdout) child.stdout.destroy();
    child.stdin.end(options.stdin === undefined ? '' : readFileSync(join(ROOT, options.stdin)));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * The transcript stored for a case: command, exit code, stdout, stderr; ESC made visible.
 * NDJSON is stored one report per line pretty-printed, so a refreshed golden diffs readably
 * (that each report is exactly one line is checked by the invariant tests below).
 */
function transcript(c: Case, r: Result): string {
  const env = Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${v} `).join('');
  const stdin = c.stdin ? ` < ${c.stdin}` : '';
  const block = (text: string): string =>
    text === '' ? '' : visible(text) + (text.endsWith('\n') ? '' : '\n[no newline at end]\n');
  const json = c.args.includes('--json');
  const stdout = json ? prettyNdjson(r.stdout) : r.stdout;
  return `$ ${env}dossier ${c.args.join(' ')}${stdin}\n` +
    `exit code: ${r.code}\n` +
    `--- stdout${json ? ' (NDJSON, each line shown pretty-printed)' : ''}\n${block(stdout)}` +
    `--- stderr\n${block(r.stderr)}`;
}

/** ESC, CR (of CSV's CRLF) and the BOM, written so that a reader of the transcript sees them. */
function visible(text: string): string {
  return text.replaceAll('\u001b', '\\e').replaceAll('\r\n', '\\r\n').replaceAll('\uFEFF', '[BOM]');
}

function prettyNdjson(stdout: string): string {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => `${JSON.stringify(JSON.parse(line), null, 2)}\n`)
    .join('');
}


const results = new Map<string, Result>();

beforeAll(async () => {
  assertBuilt();
  // Two at a time: quick, without crowding a small machine.
  const queue = [...CASES];
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      results.set(c.name, await runBinary(c.args, { env: c.env, stdin: c.stdin }));
    }
  };
  await Promise.all([worker(), worker()]);
}, 60_000);

describe('dossier binary (golden)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const actual = transcript(c, results.get(name)!);
    const file = join(GOLDEN_DIR, `${name}.txt`);
    if (UPDATE || (!existsSync(file) && !process.env['CI'])) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    if (!existsSync(file)) throw new Error(`missing golden ${file}: run with UPDATE_GOLDEN=1`);
    expect(actual, `golden ${name} differs; if intended: UPDATE_GOLDEN=1 npx vitest run tests/cli/golden.test.ts`).toBe(
      readFileSync(file, 'utf8'),
    );
  });
});

describe('dossier binary (invariants)', () => {
  it('keeps stdout pure NDJSON with --json: one report per line, nothing else', () => {
    const documents: Record<string, number> = { json: 3, stdin: 1, 'missing-and-present': 1 };
    for (const c of CASES.filter((x) => x.args.includes('--json'))) {
      const { stdout } = results.get(c.name)!;
      expect(stdout.endsWith('\n')).toBe(true);
      const lines = stdout.slice(0, -1).split('\n');
      expect(lines).toHaveLength(documents[c.name]!);
      for (const line of lines) expect(JSON.parse(line)).toMatchObject({ type: 'report', schemaVersion: 1 });
    }
  });

  it('never prints a stack trace', () => {
    for (const { stderr } of results.values()) expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 quietly when the reader has closed the pipe', async () => {
    const args = ['--json', `${FIXTURES}/summit.txt`, `${FIXTURES}/folder`, `${FIXTURES}/stdin.txt`];
    const result = await runBinary(args, { closeStdout: true });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it.runIf(existsSync('/bin/bash'))('works under `| head -1`', async () => {
    const { stdout, stderr, code } = await new Promise<Result>((done, fail) => {
      const script =
        `set -o pipefail; node bin/dossier.js --json ${FIXTURES}/summit.txt ${FIXTURES}/folder ${FIXTURES}/stdin.txt | head -1`;
      const child = spawn('/bin/bash', ['--norc', '--noprofile', '-c', script], {
        cwd: ROOT,
        env: { PATH: process.env['PATH'] ?? '' },
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.on('error', fail);
      child.on('close', (exit) => done({ code: exit, stdout: out, stderr: err }));
    });
    expect(code).toBe(0); // pipefail: dossier's own status
    expect(stderr).not.toMatch(/dossier|Error|\n\s+at /);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ source: `${FIXTURES}/summit.txt` });
  });
});
