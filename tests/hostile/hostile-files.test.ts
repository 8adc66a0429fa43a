/**
 * Hostile inputs through the real binary (dist/): a folder of bad files built here (no committed
 * binaries), then the exit code, the NDJSON on stdout and the messages on stderr.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ndjson, runBinary, type BinaryResult } from './run-binary.js';

let root: string;
let corpus: string;
let socket: Server | undefined;

const ARTICLE = 'Mayor Ana Díaz said on Tuesday that the bridge in Columbus would reopen in May.';
const QUOTED = '“We are ready,” said José Martínez, the mayor of Córdoba.';
const DEPTH = 120;

/** windows-1252 bytes: curly quotes as 0x93/0x94, accented letters as single bytes. */
function cp1252(text: string): Buffer {
  const table: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92 };
  return Buffer.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

beforeAll(async () => {
  assertBuilt();
  root = await mkdtemp(join(tmpdir(), 'dossier-hostile-'));
  corpus = join(root, 'corpus');
  await mkdir(corpus);
  const file = (name: string, content: string | Buffer): Promise<void> => writeFile(join(corpus, name), content);
  await file('empty.txt', '');
  await file('blank.txt', '  \n\t\r\n \n');
  await file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
  await file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(QUOTED, 'utf16le')]));
  await file('utf16be.txt', utf16be(QUOTED));
  await file('odd-utf16.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
  await file('cp1252.txt', cp1252(QUOTED));
  await file('crlf.txt', `${ARTICLE}\r\n\r\n${QUOTED}\r\n`);
  await file('nul.txt', Buffer.from('Mayor Ana\u0000 Díaz'));
  await file('big.txt', `${ARTICLE}\n`.repeat(2000)); // ~160 KB, over --max-bytes 100K
  await file('quotes.txt', '"'.repeat(100_000));
  await file('curly.txt', '“'.repeat(15_000) + ARTICLE + '”'.repeat(15_000));
  await file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await file('scan.pdf', '%PDF-1.4\n%\u00e2\u00e3\n');
  await symlink('self.txt', join(corpus, 'self.txt')); // a link to itself: ELOOP
  await symlink('missing.txt', join(corpus, 'gone.txt')); // dangling
  await symlink('.', join(corpus, 'again')); // a folder loop: links to folders are not followed
  let deep = corpus;
  for (let i = 0; i < DEPTH; i++) deep = join(deep, 'd');
  await mkdir(deep, { recursive: true });
  await writeFile(join(deep, 'deep.txt'), ARTICLE);
  // A socket: neither a file nor a folder; open() fails with ENXIO even for root.
  const socketPath = join(root, 'live.txt');
  socket = await new Promise<Server>((done) => {
    const server = createServer().listen(socketPath, () => done(server));
  });
});

afterAll(async () => {
  socket?.close();
  await rm(root, { recursive: true, force: true });
});

const base = (source: unknown): string => String(source).split('/').at(-1)!;

function checkStderr(result: BinaryResult): string[] {
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  const lines = result.stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^(dossier: |Try 'dossier --help'\.$)/);
  return lines;
}

describe('a folder of hostile files', () => {
  let result: BinaryResult;
  let records: Record<string, unknown>[];
  beforeAll(async () => {
    result = await runBinary(['--json', '--error-records', '--include-text', '--summary', '--max-bytes', '100K', '--jobs', '2', corpus]);
    records = ndjson(result.stdout);
  }, 60_000);

  it('exits 1: some inputs skipped, the rest analysed', () => {
    expect(result.code).toBe(1);
  });

  it('keeps stdout pure NDJSON: reports, error records, then the summary', () => {
    for (const record of records) expect('schemaVersion' in record || 'type' in record).toBe(true);
    expect(records.at(-1)).toMatchObject({ type: 'summary' });
  });

  it('gives each bad file an error record with its code, and a one-line message on stderr', () => {
    const errors = Object.fromEntries(records.filter((r) => r['type'] === 'error').map((r) => [base(r['source']), r['code']]));
    expect(errors).toEqual({
      'big.txt': 'TOO_LARGE',
      'gone.txt': 'NOT_FOUND',
      'nul.txt': 'BINARY',
      'odd-utf16.txt': 'BINARY',
      'self.txt': 'UNREADABLE',
    });
    const stderr = checkStderr(result);
    for (const name of Object.keys(errors)) expect(stderr.some((l) => l.startsWith('dossier: skipped ') && l.includes(name))).toBe(true);
    expect(stderr).toHaveLength(Object.keys(errors).length);
  });

  it('reports every text file, decoded, and reads no image, PDF or folder link', () => {
    const reports = records.filter((r) => 'schemaVersion' in r);
    expect(reports.map((r) => base(r['source'])).sort()).toEqual(
      ['blank.txt', 'bom.txt', 'cp1252.txt', 'crlf.txt', 'curly.txt', 'deep.txt', 'empty.txt', 'quotes.txt', 'utf16be.txt', 'utf16le.txt'],
    );
    const deep = reports.find((r) => base(r['source']) === 'deep.txt')!;
    expect(String(deep['source']).split('/').filter((part) => part === 'd')).toHaveLength(DEPTH);
    const summary = records.at(-1)!;
    // The image and the PDF are left out for their extension, and counted.
    expect(summary).toMatchObject({ articles: reports.length, skipped: 5, ignored: 2 });
  });

  it('gives empty and blank files an empty report', () => {
    for (const name of ['empty.txt', 'blank.txt']) {
      const report = records.find((r) => base(r['source']) === name)!;
      expect(report).toMatchObject({ people: [], places: [], organizations: [], quotes: [] });
    }
  });

  it('decodes BOMs, UTF-16 and windows-1252 to the same text, with no U+FFFD', () => {
    const text = (name: string): string => String(records.find((r) => base(r['source']) === name)!['text']);
    expect(text('bom.txt')).toBe(ARTICLE);
    expect(text('utf16le.txt')).toBe(QUOTED);
    expect(text('utf16be.txt')).toBe(QUOTED);
    expect(text('cp1252.txt')).toBe(QUOTED);
    expect(text('crlf.txt')).toBe(`${ARTICLE}\r\n\r\n${QUOTED}\r\n`);
    for (const r of records) if (typeof r['text'] === 'string') expect(r['text']).not.toContain('\uFFFD');
    // The windows-1252 curly quotes are quotation marks to the analysis, like the UTF-16 ones.
    const quotes = (name: string): unknown => (records.find((r) => base(r['source']) === name)!['quotes'] as unknown[]).length;
    expect(quotes('cp1252.txt')).toBe(quotes('utf16le.txt'));
    expect(quotes('cp1252.txt')).toBeGreaterThan(0);
  });

  it('gives offsets that slice the decoded text (CRLF kept)', () => {
    type Span = { start: number; end: number; text: string };
    for (const r of records.filter((x) => 'schemaVersion' in x)) {
      const text = String(r['text']);
      const entities = ['people', 'places', 'organizations'].flatMap((k) => r[k] as { mentions: Span[] }[]);
      for (const m of entities.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const q of r['quotes'] as { fragments: { start: number; end: number }[] }[]) {
        for (const f of q.fragments) expect(f.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe('exit codes of hostile command lines', () => {
  it.each([
    ['unknown option', ['--frobnicate', 'x.txt']],
    ['size of zero', ['--max-bytes', '0', 'x.txt']],
    ['size that is not one', ['--max-bytes', '10 parsecs', 'x.txt']],
    ['--resume without --output', ['--json', '--resume', 'x.txt']],
    ['--resume with text output', ['--resume', '--output', 'out.txt', 'x.txt']],
    ['--error-records without --json', ['--error-records', 'x.txt']],
  ])('%s → 2, a one-line message and the hint, no stack', async (_label, args) => {
    const result = await runBinary(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(checkStderr(result)).toEqual([expect.stringMatching(/^dossier: \S/), "Try 'dossier --help'."]);
  });

  it('only unusable inputs → 2, each named', async () => {
    const result = await runBinary(['--json', '--error-records', join(corpus, 'nul.txt'), join(root, 'live.txt'), join(root, 'nothing.txt')]);
    expect(result.code).toBe(2);
    expect(ndjson(result.stdout).map((r) => r['code'])).toEqual(['BINARY', 'UNREADABLE', 'NOT_FOUND']);
    const stderr = checkStderr(result);
    expect(stderr).toHaveLength(3);
    expect(stderr[1]).toMatch(/live\.txt: cannot read \(ENXIO\)$/);
  });

  it('an --output in a missing folder → 2, and nothing analysed', async () => {
    const result = await runBinary(['--json', '--output', join(root, 'no/such/dir/out.ndjson'), join(corpus, 'bom.txt')]);
    expect(result.code).toBe(2);
    expect(checkStderr(result)).toEqual([expect.stringMatching(/^dossier: cannot write .*out\.ndjson: no such folder$/)]);
  });
});
