import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, readPreviousReports } from '../../src/output/resume.js';
import { emptyReport } from '../format/fixture.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-resume-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parseReport', () => {
  it('accepts reports only', () => {
    expect(parseReport(JSON.stringify(emptyReport('a.txt')))).toMatchObject({ source: 'a.txt' });
    expect(parseReport('{"type":"error","source":"b.txt","code":"BINARY","message":"x"}')).toBeUndefined();
    expect(parseReport('{"type":"summary","articles":1}')).toBeUndefined();
    expect(parseReport('{"schemaVersion":1,"source":"c.t')).toBeUndefined();
    expect(parseReport('null')).toBeUndefined();
    expect(parseReport('')).toBeUndefined();
  });
});

describe('readPreviousReports', () => {
  it('yields the whole report lines in order, dropping errors, summary and a cut last line', async () => {
    const file = join(root, 'out.ndjson');
    const a = JSON.stringify(emptyReport('a.txt'));
    const b = JSON.stringify(emptyReport('b.txt'));
    await writeFile(file, `${a}\n{"type":"error","source":"x.bin","code":"BINARY","message":"m"}\r\n${b}\n{"type":"summary"}\n{"schemaVersion":1,"sou`);
    const seen: string[] = [];
    const count = await readPreviousReports(file, ({ line, report }) => {
      expect(line).toBe(report.source === 'a.txt' ? a : b);
      seen.push(report.source);
    });
    expect(count).toBe(2);
    expect(seen).toEqual(['a.txt', 'b.txt']);
  });

  it('treats a missing file as empty, and fails on a folder', async () => {
    expect(await readPreviousReports(join(root, 'none.ndjson'), () => {})).toBe(0);
    await expect(readPreviousReports(root, () => {})).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
