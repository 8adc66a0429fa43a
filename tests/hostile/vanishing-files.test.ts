/**
 * Files and folders that vanish between the folder listing and the read: each is reported as
 * not found, the rest of the corpus is still analysed, and nothing throws.
 */
import { Readable } from 'node:stream';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runBatch, type BatchEvent } from '../../src/batch/run-batch.js';
import type { TaskSettings } from '../../src/batch/task.js';
import { collectSources, type SourceEvent } from '../../src/input/index.js';
import { emptyReport } from '../format/fixture.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-vanish-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const settings: TaskSettings = { format: 'json', colorLevel: 0, includeText: false, reports: true, summary: false, maxBytes: 10_000 };
const analyze = (_text: string, options: { source: string }) => emptyReport(options.source);

it('reports a file deleted after the listing, and a sub-folder removed before its walk, and goes on', async () => {
  await writeFile(join(root, '1-first.txt'), 'The council met on Monday.');
  await writeFile(join(root, '2-gone.txt'), 'The mayor resigned.');
  await mkdir(join(root, '3-folder'));
  await writeFile(join(root, '3-folder', 'inside.txt'), 'Rain is expected.');
  await writeFile(join(root, '4-last.txt'), 'The bridge reopened.');

  // Delete the rest as soon as the walk has listed the folder and handed out its first file.
  async function* vanishing(): AsyncGenerator<SourceEvent> {
    let first = true;
    for await (const event of collectSources([root], { extensions: ['txt'] })) {
      yield event;
      if (first) {
        first = false;
        await rm(join(root, '2-gone.txt'));
        await rm(join(root, '3-folder'), { recursive: true });
      }
    }
  }
  const events: BatchEvent[] = [];
  for await (const event of runBatch(vanishing(), { jobs: 1, settings, stdin: Readable.from([]), analyze })) events.push(event);
  const outcome = events.map((e) => {
    const rel = (p: string | undefined): string => (p ?? '').replace(`${root}/`, '');
    if (e.kind === 'result') return `${rel(e.result.source)} ${e.result.ok ? 'ok' : e.result.error.code}`;
    if (e.kind === 'error') return `${rel(e.error.file)} ${e.error.code}`;
    return e.kind;
  });
  expect(outcome).toEqual(['1-first.txt ok', '2-gone.txt NOT_FOUND', '3-folder NOT_FOUND', '4-last.txt ok']);
});
