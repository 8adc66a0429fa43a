import { describe, expect, it } from 'vitest';
import { chooseThreads, runBatch, WORKER_THRESHOLD, type BatchEvent, type ThreadPlan } from '../../src/batch/run-batch.js';
import type { TaskSettings } from '../../src/batch/task.js';
import { DossierError } from '../../src/errors.js';
import type { SourceEvent } from '../../src/input/index.js';
import { emptyReport } from '../format/fixture.js';

describe('chooseThreads: worker threads to start', () => {
  it.each([
    [{ jobs: 8, documents: 1, inProcess: false }, 0],
    [{ jobs: 8, documents: 0, inProcess: false }, 0],
    [{ jobs: 4, documents: 5000, inProcess: true }, 0],
    // A small folder does not repay a worker's start-up: the main thread alone.
    [{ jobs: 4, documents: WORKER_THRESHOLD - 1, inProcess: false }, 0],
    [{ jobs: 4, documents: 3, inProcess: false, threshold: 3 }, 4],
    // A long one: --jobs workers (the main thread analyses only while they start).
    [{ jobs: 1, documents: WORKER_THRESHOLD, inProcess: false }, 1],
    [{ jobs: 2, documents: WORKER_THRESHOLD, inProcess: false }, 2],
  ])('%j → %i', (input, threads) => {
    expect(chooseThreads(input)).toBe(threads);
  });
});

describe('runBatch in the main thread', () => {
  const settings: TaskSettings = { format: 'json', colorLevel: 0, includeText: true, reports: true, summary: true, maxBytes: 1000 };

  it('keeps warnings, path errors and results in input order, reading stdin itself', async () => {
    async function* sources(): AsyncGenerator<SourceEvent> {
      yield { kind: 'warning', message: 'no .txt or .md files in drafts' };
      yield { kind: 'stdin', source: '-' };
      yield { kind: 'error', error: new DossierError('NOT_FOUND', 'no such file or directory', { file: 'gone.txt' }) };
      yield { kind: 'file', source: 'missing.txt', path: '/nonexistent/missing.txt' };
    }
    const stdin = (async function* () {
      yield Buffer.from('<!DOCTYPE html><html><head><title>Flood warning</title></head><body><p>Rivers rose overnight.</p></body></html>');
    })();
    const threads: ThreadPlan[] = [];
    const events: BatchEvent[] = [];
    const analyze = (text: string, options: { source: string }) => ({ ...emptyReport(options.source), stats: { characters: text.length, words: 0, sentences: 0, paragraphs: 0 } });
    for await (const e of runBatch(sources(), { jobs: 4, settings, stdin, analyze, onStart: (n) => threads.push(n) })) events.push(e);
    expect(threads).toEqual([{ workers: 0, single: false }]);
    expect(events.map((e) => (e.kind === 'result' ? `${e.result.source} ${e.result.ok}` : e.kind))).toEqual([
      'warning',
      '- true',
      'error',
      'missing.txt false',
    ]);
    const stdinResult = events[1]!;
    if (stdinResult.kind !== 'result' || !stdinResult.result.ok) throw new Error('expected a report');
    // HTML from stdin is reduced to its article, which --include-text carries.
    expect(JSON.parse(stdinResult.result.chunk)).toMatchObject({ source: '-', text: 'Flood warning\n\nRivers rose overnight.' });
    expect(stdinResult.result.digest).toMatchObject({ source: '-', quotes: 0 });
    expect(events[3]).toMatchObject({ result: { error: { code: 'NOT_FOUND' } } });
  });
});
