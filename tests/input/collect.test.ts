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

describe('collectSources with onIgnored', () => {
  it('names the regular files a folder walk leaves out for their extension, not hidden ones or links', async () => {
    await files({ 'a/story.txt': 'x', 'a/photo.png': 'x', 'a/b/scan.pdf': 'x', 'a/.hidden.png': 'x' });
    await symlink('photo.png', join(root, 'a', 'link.png'));
    const ignored: string[] = [];
    const events: SourceEvent[] = [];
    for await (const event of collectSources([join(root, 'a')], { extensions: ['txt'], onIgnored: (s) => ignored.push(s) })) {
      events.push(event);
    }
    expect(summary(events)).toEqual(['file a/story.txt']);
    expect(ignored.map((p) => p.replace(`${root}/`, ''))).toEqual(['a/b/scan.pdf', 'a/photo.png']);
  });
});

describe('collectSources with glob patterns', () => {
  beforeEach(async () => {
    await files({
      'news/2024/part-10.txt': 'x',
      'news/2024/part-2.txt': 'x',
      'news/2024/scan.pdf': 'x',
      'news/2023/deep/brief.txt': 'x',
      'news/top.txt': 'x',
      'news/page.html': 'x',
      'news/.drafts/secret.txt': 'x',
      'news/2024/.hidden.txt': 'x',
      'other/a.txt': 'x',
    });
  });

  it('expands ** across folders, in folder-walk order, skipping hidden entries', async () => {
    expect(summary(await collect([join(root, 'news/**/*.txt')]))).toEqual([
      'file news/2023/deep/brief.txt',
      'file news/2024/part-2.txt',
      'file news/2024/part-10.txt',
      'file news/top.txt',
    ]);
  });

  it('keeps * to one level, and takes whatever extension the pattern names', async () => {
    expect(summary(await collect([join(root, 'news/*')]))).toEqual(['file news/page.html', 'file news/top.txt']);
    expect(summary(await collect([join(root, 'news/*/*.{txt,pdf}')]))).toEqual([
      'file news/2024/part-2.txt',
      'file news/2024/part-10.txt',
      'file news/2024/scan.pdf',
    ]);
  });

  it('names matches as the pattern is written (relative stays relative)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(summary(await collect(['other/*.txt', '*/top.txt']))).toEqual(['file other/a.txt', 'file news/top.txt']);
      const [event] = await collect(['other/*.txt']);
      expect(event).toMatchObject({ kind: 'file', source: 'other/a.txt' });
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports a pattern that matches nothing, and reads a match once', async () => {
    const events = await collect([join(root, 'news/**/*.doc'), join(root, 'news/top.txt'), join(root, 'news/*.txt'), join(root, 'nowhere/*.txt')]);
    expect(summary(events)).toEqual([
      'error NOT_FOUND news/**/*.doc',
      'file news/top.txt',
      'error NOT_FOUND nowhere/*.txt',
    ]);
  });

  it('prefers an existing file whose name looks like a pattern', async () => {
    await files({ 'odd/draft[1].txt': 'x', 'odd/draft1.txt': 'x' });
    expect(summary(await collect([join(root, 'odd/draft[1].txt')]))).toEqual(['file odd/draft[1].txt']);
  });
});

describe('collectSources with select', () => {
  it('leaves out the files and path errors it rejects, before anything is read', async () => {
    await files({ 'd/keep.txt': 'x', 'd/drop.txt': 'x' });
    const select = (source: string): boolean => !source.includes('drop');
    const events: SourceEvent[] = [];
    for await (const e of collectSources([join(root, 'd'), join(root, 'drop-missing.txt'), join(root, 'keep-missing.txt')], { extensions: ['txt'], select })) events.push(e);
    expect(summary(events)).toEqual(['file d/keep.txt', 'error NOT_FOUND keep-missing.txt']);
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
