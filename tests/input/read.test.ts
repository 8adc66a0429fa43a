import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierError } from '../../src/errors.js';
import { readInputs, type InputEvent } from '../../src/input/index.js';
import { formatBytes, readFileLimited, readStreamLimited } from '../../src/input/read.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-read-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<DossierError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DossierError)) throw new Error(`expected a DossierError, got ${String(error)}`);
  return error;
}

describe.each([
  ['with asynchronous calls', false],
  ['with blocking calls (worker threads)', true],
])('readFileLimited %s', (_how, blocking) => {
  it('reads a file whole', async () => {
    const path = join(root, 'a.txt');
    await writeFile(path, 'The council met on Monday.');
    expect(Buffer.from(await readFileLimited(path, 100, path, blocking)).toString()).toBe('The council met on Monday.');
  });

  it('refuses a file over the limit, naming it as given', async () => {
    const path = join(root, 'big.txt');
    await writeFile(path, 'x'.repeat(2048));
    const error = await rejection(readFileLimited(path, 1024, 'big.txt', blocking));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.file).toBe('big.txt');
    expect(error.message).toBe('file is 2 KB, over the 1 KB limit (see --max-bytes)');
  });

  it('accepts a file exactly at the limit', async () => {
    const path = join(root, 'edge.txt');
    await writeFile(path, 'x'.repeat(1024));
    expect((await readFileLimited(path, 1024, path, blocking)).length).toBe(1024);
  });

  it('maps a missing file to NOT_FOUND and a folder to UNREADABLE', async () => {
    expect((await rejection(readFileLimited(join(root, 'nope.txt'), 10, 'nope.txt', blocking))).code).toBe('NOT_FOUND');
    expect((await rejection(readFileLimited(root, 10, root, blocking))).code).toBe('UNREADABLE');
  });

  it('reads a FIFO as a stream, never blocking on it', async () => {
    const path = join(root, 'pipe');
    execFileSync('mkfifo', [path]);
    const writing = writeFile(path, 'Written into a pipe.');
    expect(Buffer.from(await readFileLimited(path, 100, path, blocking)).toString()).toBe('Written into a pipe.');
    await writing;
  });
});

describe('readStreamLimited', () => {
  it('joins the chunks of a stream', async () => {
    const stream = Readable.from([Buffer.from('Officials '), Buffer.from('said.')]);
    expect(Buffer.from(await readStreamLimited(stream, 100)).toString()).toBe('Officials said.');
  });

  it('stops reading once over the limit', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled += 1;
        yield new Uint8Array(512);
      }
    }
    const error = await rejection(readStreamLimited(endless(), 1024));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.file).toBe('-');
    expect(pulled).toBe(3);
  });
});

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [900, '900 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('readInputs', () => {
  async function run(paths: string[], stdin: string[] = []): Promise<InputEvent[]> {
    const events: InputEvent[] = [];
    const options = { extensions: ['txt'], maxBytes: 64, stdin: Readable.from(stdin) };
    for await (const event of readInputs(paths, options)) events.push(event);
    return events;
  }

  it('yields decoded documents and errors in order, empty files included', async () => {
    await writeFile(join(root, 'a.txt'), Buffer.from([0x93, 0x48, 0x69, 0x94])); // cp1252 “Hi”
    await writeFile(join(root, 'empty.txt'), '');
    await writeFile(join(root, 'bin.txt'), Buffer.from([0x00, 0x01]));
    await writeFile(join(root, 'big.txt'), 'x'.repeat(65));
    const events = await run(
      ['-', join(root, 'a.txt'), join(root, 'bin.txt'), join(root, 'empty.txt'), join(root, 'big.txt')],
      ['Piped ', 'text'],
    );
    expect(
      events.map((e) => (e.kind === 'document' ? [e.document.text, e.document.encoding] : e.kind === 'error' ? e.error.code : e.message)),
    ).toEqual([
      ['Piped text', 'utf-8'],
      ['“Hi”', 'windows-1252'],
      'BINARY',
      ['', 'utf-8'],
      'TOO_LARGE',
    ]);
  });
});
