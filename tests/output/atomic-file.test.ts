import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicFile } from '../../src/output/atomic-file.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-atomic-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('AtomicFile', () => {
  it('writes to a hidden temporary file and replaces the target only on commit', async () => {
    const target = join(root, 'out.ndjson');
    await writeFile(target, 'old\n');
    const file = new AtomicFile(target);
    await file.opened();
    file.stream.write('{"a":1}\n');
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(file.tempPath.startsWith(join(root, '.out.ndjson.'))).toBe(true);
    await file.commit();
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(root)).toEqual(['out.ndjson']);
  });

  it('leaves the target as it was on discard', async () => {
    const target = join(root, 'out.ndjson');
    await writeFile(target, 'old\n');
    const file = new AtomicFile(target);
    await file.opened();
    file.stream.write('half a li');
    await file.discard();
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(existsSync(file.tempPath)).toBe(false);
  });

  it('fails on opened() when the folder does not exist', async () => {
    const file = new AtomicFile(join(root, 'missing', 'out.ndjson'));
    await expect(file.opened()).rejects.toMatchObject({ code: 'ENOENT' });
    await file.discard(); // never throws
  });
});
