import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectSources, describeExtensions, type SourceEvent } from '../../src/input/collect.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-collect-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function files(tree: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(tree)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function collect(paths: string[], extensions = ['txt', 'md']): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for await (const event of collectSources(paths, { extensions })) events.push(event);
  return events;
}

/** Events as short strings, paths relative to the temp root. */
function summary(events: SourceEvent[]): string[] {
  return events.map((event) => {
    const rel = (p: string): string => p.replace(`${root}/`, '');
    switch (event.kind) {
      case 'file':
        return `file ${rel(event.source)}`;
      case 'stdin':
        return 'stdin';
      case 'error':
        return `error ${event.error.code} ${rel(event.error.file ?? '')}`;
      case 'warning':
        return `warning ${rel(event.message)}`;
    }
  });
}

describe('collectSources', () => {
  it('walks folders recursively, sorted with numbers compared as numbers', async () => {
    await files({
      'news/part-10.txt': 'x',
      'news/part-2.txt': 'x',
      'news/world/europe.md': 'x',
      'news/Brief.TXT': 'x',
      'news/photo.jpg': 'x',
      'news/.hidden.txt': 'x',
      'news/.git/HEAD.txt': 'x',
    });
    expect(summary(await collect([join(root, 'news')]))).toEqual([
      'file news/Brief.TXT',
      'file news/part-2.txt',
      'file news/part-10.txt',
      'file news/world/europe.md',
    ]);
  });

  it('keeps the order of the command line', async () => {
    await files({ 'b.txt': 'x', 'a.txt': 'x', 'dir/c.txt': 'x' });
    const events = await collect([join(root, 'b.txt'), join(root, 'dir'), join(root, 'a.txt')]);
    expect(summary(events)).toEqual(['file b.txt', 'file dir/c.txt', 'file a.txt']);
  });

  it('reads a named file whatever its extension', async () => {
    await files({ 'wire.log': 'x' });
    expect(summary(await collect([join(root, 'wire.log')]))).toEqual(['file wire.log']);
  });

  it('honours the extension list for folders', async () => {
    await files({ 'd/a.txt': 'x', 'd/b.md': 'x', 'd/c.text': 'x' });
    expect(summary(await collect([join(root, 'd')], ['text']))).toEqual(['file d/c.text']);
  });

  it('reports a missing path and goes on', async () => {
    await files({ 'a.txt': 'x' });
    const events = await collect([join(root, 'missing.txt'), join(root, 'a.txt')]);
    expect(summary(events)).toEqual(['error NOT_FOUND missing.txt', 'file a.txt']);
  });

  it('warns about a folder with no matching files', async () => {
    await files({ 'empty/notes.pdf': 'x' });
    const events = await collect([join(root, 'empty')]);
    expect(summary(events)).toEqual(['warning no .txt or .md files in empty']);
  });

  it('reads a file once even when reached twice, and stdin once', async () => {
    await files({ 'd/a.txt': 'x' });
    const a = join(root, 'd/a.txt');
    const events = await collect(['-', a, join(root, 'd'), '-', `${root}/d/../d/a.txt`]);
    expect(summary(events)).toEqual(['stdin', 'file d/a.txt']);
  });

  it('follows links to files but not to folders (no cycles)', async () => {
    await files({ 'd/real.txt': 'x' });
    await symlink(join(root, 'd/real.txt'), join(root, 'd/link.txt'));
    await symlink(join(root, 'd'), join(root, 'd/loop.txt'));
    expect(summary(await collect([join(root, 'd')]))).toEqual(['file d/link.txt', 'file d/real.txt']);
  });
});

describe('describeExtensions', () => {
  it.each([
    [['txt'], '.txt'],
    [['txt', 'md'], '.txt or .md'],
    [['txt', 'md', 'text'], '.txt, .md or .text'],
  ])('%j → %s', (extensions, expected) => {
    expect(describeExtensions(extensions)).toBe(expected);
  });
});
