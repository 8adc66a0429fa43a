/**
 * The CLI wiring, run in-process with fake streams and a stand-in analysis (the real one is
 * exercised by the golden tests of the built binary).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/batch/shard.js';
import { main, type AnalyzeFn, type CliIo } from '../../src/cli.js';
import type { Report } from '../../src/report.js';
import { emptyReport } from '../format/fixture.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-main-'));
  await writeFile(join(root, 'a.txt'), 'Mayor Ana Díaz said the bridge would reopen.');
  await writeFile(join(root, 'b.txt'), 'The council voted on Tuesday.');
  await writeFile(join(root, 'c.md'), '# Brief\n\nRain is expected.');
  await writeFile(join(root, 'crash.txt'), 'CRASH');
  await mkdir(join(root, 'empty'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Stand-in analysis: counts words, and fails on demand. */
const fakeAnalyze: AnalyzeFn = (text, { source }): Report => {
  if (text === 'CRASH') throw new Error('stage exploded');
  return {
    ...emptyReport(source),
    stats: { characters: text.length, words: text.split(/\s+/).filter(Boolean).length, sentences: 1, paragraphs: 1 },
  };
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(onWrite?: (chunk: string, count: number) => Error | undefined): Writable & { text: string } {
  let count = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      count += 1;
      const error = onWrite?.(chunk.toString(), count);
      if (!error) stream.text += chunk.toString();
      callback(error);
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

async function run(argv: string[], options: { stdin?: string | 'tty'; env?: Record<string, string>; stdout?: Writable & { text: string }; analyze?: AnalyzeFn } = {}): Promise<Run> {
  const stdout = options.stdout ?? sink();
  const stderr = sink();
  const stdin = Readable.from(options.stdin === undefined || options.stdin === 'tty' ? [] : [Buffer.from(options.stdin)]) as CliIo['stdin'];
  stdin.isTTY = options.stdin === 'tty';
  const code = await main(argv, { stdin, stdout, stderr, env: options.env ?? {}, analyze: options.analyze ?? fakeAnalyze });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const p = (name: string): string => join(root, name);
const jsonLines = (stdout: string): Report[] => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Report);

describe('main', () => {
  it('writes one NDJSON line per input, in input order, exit 0', async () => {
    const { code, stdout, stderr } = await run(['--json', p('b.txt'), p('a.txt')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(jsonLines(stdout).map((r) => [r.source, r.stats.words])).toEqual([
      [p('b.txt'), 5],
      [p('a.txt'), 8],
    ]);
  });

  it('reports a missing file on stderr, analyses the rest, exit 1', async () => {
    const { code, stdout, stderr } = await run(['--json', p('missing.txt'), p('a.txt')]);
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toHaveLength(1);
    expect(stderr).toBe(`dossier: skipped ${p('missing.txt')}: no such file or directory\n`);
  });

  it('exits 2 when no input could be read', async () => {
    const { code, stdout, stderr } = await run([p('missing.txt')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('skipped');
  });

  it('-q silences skipped files but not the exit code', async () => {
    expect(await run(['-q', p('missing.txt'), p('a.txt')])).toMatchObject({ code: 1, stderr: '' });
  });

  it('skips an input whose analysis throws, as an internal error', async () => {
    const { code, stdout, stderr } = await run(['--json', p('crash.txt'), p('b.txt')]);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((r) => r.source)).toEqual([p('b.txt')]);
    expect(stderr).toBe(`dossier: skipped ${p('crash.txt')}: internal error: stage exploded\n`);
  });

  it('reads standard input when no path is given and stdin is piped', async () => {
    const { code, stdout } = await run(['--json'], { stdin: 'Officials declined to comment.' });
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toMatchObject([{ source: '-', stats: { words: 4 } }]);
  });

  it('treats empty standard input as an empty document, not an error', async () => {
    const { code, stdout } = await run(['--json', '-'], { stdin: '' });
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toMatchObject([{ source: '-', stats: { words: 0 } }]);
  });

  it('asks for input when none is given and stdin is a terminal', async () => {
    const { code, stdout, stderr } = await run([], { stdin: 'tty' });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe("dossier: no input: name files or folders, or pipe text to standard input\nTry 'dossier --help'.\n");
  });

  it('prints usage errors as one line plus a hint, exit 2, nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['--jsn', p('a.txt')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe("dossier: unknown option '--jsn' (Did you mean --json?)\nTry 'dossier --help'.\n");
  });

  it('prints usage errors even with -q', async () => {
    const { code, stderr } = await run(['-q', '--format', 'xml', p('a.txt')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dossier: option '-f, --format <name>' argument 'xml' is invalid\. .*\nTry 'dossier --help'\.\n$/);
  });

  it('warns about an empty folder and fails with no input when nothing else was given', async () => {
    const { code, stderr } = await run([p('empty')]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `dossier: warning: no .txt or .md files in ${p('empty')}\ndossier: no input: no .txt or .md files found\n`,
    );
    expect((await run(['-q', p('empty')])).stderr).toBe('dossier: no input: no .txt or .md files found\n');
  });

  it('reads folders with the --ext list', async () => {
    const { code, stdout } = await run(['--json', '--ext', 'md', root]);
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((r) => r.source)).toEqual([p('c.md')]);
  });

  it('skips inputs over --max-bytes', async () => {
    const { code, stdout, stderr } = await run(['--json', '--max-bytes', '32', p('a.txt'), p('b.txt')]);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((r) => r.source)).toEqual([p('b.txt')]);
    expect(stderr).toBe(`dossier: skipped ${p('a.txt')}: file is 45 bytes, over the 32 bytes limit (see --max-bytes)\n`);
  });

  it('stops quietly, exit 0, when the reader closes the pipe', async () => {
    const analysed: string[] = [];
    const stdout = sink((_chunk, count) =>
      count > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : undefined,
    );
    const { code, stdout: text, stderr } = await run(['--json', p('a.txt'), p('b.txt'), p('c.md'), p('a.txt')], {
      stdout,
      analyze: (t, o) => {
        analysed.push(o.source);
        return fakeAnalyze(t, o);
      },
    });
    expect([code, stderr]).toEqual([0, '']);
    expect(jsonLines(text)).toHaveLength(1);
    expect(analysed.length).toBeLessThan(3); // it stopped instead of analysing everything
  });

  it('separates text reports with a blank line and colours only when asked', async () => {
    const plain = await run([p('a.txt'), p('b.txt')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).toContain(`found.\n\n${p('b.txt')}\n`);
    expect((await run([p('a.txt')], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await run(['--color', p('a.txt')], { env: { NO_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await run(['--json', p('a.txt')], { env: { FORCE_COLOR: '3' } })).stdout).not.toContain('\u001b');
  });

  it('turns an unexpected failure outside any input into one line and exit 2', async () => {
    const stderr = sink();
    const env = new Proxy({}, {
      get: (_target, key) => {
        if (key === 'FORCE_COLOR') throw new Error('environment exploded');
        return undefined;
      },
    });
    const code = await main([p('a.txt')], { stdin: Readable.from([]), stdout: sink(), stderr, env, analyze: fakeAnalyze });
    expect(code).toBe(2);
    expect(stderr.text).toBe('dossier: internal error: environment exploded\n');
  });

  it('prints help with examples, and the version, exit 0', async () => {
    const help = await run(['--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: dossier \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toContain('Examples:');
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('main: batch options', () => {
  /** Stand-in analysis that finds "Ana Díaz" (quoted once) wherever the text names her. */
  const withPeople: AnalyzeFn = (text, options) => {
    const report = fakeAnalyze(text, options);
    if (!text.includes('Ana Díaz')) return report;
    const start = text.indexOf('Ana Díaz');
    return {
      ...report,
      people: [{ name: 'Ana Díaz', aliases: [], titles: [], mentions: [{ start, end: start + 8, text: 'Ana Díaz' }], quoteCount: 1 }],
      quotes: [{ text: 'x', kind: 'direct', fragments: [], speaker: { name: 'Ana Díaz', mention: null }, cue: 'said' }],
    };
  };

  it('--summary adds one JSON summary line after the reports', async () => {
    const { code, stdout } = await run(['--json', '--summary', p('a.txt'), p('b.txt')], { analyze: withPeople });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l['source'] ?? l['type'])).toEqual([p('a.txt'), p('b.txt'), 'summary']);
    expect(lines[2]).toMatchObject({
      articles: 2,
      skipped: 0,
      people: [{ name: 'Ana Díaz', articles: 1, mentions: 1 }],
      speakers: [{ name: 'Ana Díaz', quotes: 1, articles: 1 }],
      withoutAttributedQuote: { count: 1, sources: [p('b.txt')] },
    });
  });

  it('--summary-only prints the summary table alone, counting skipped inputs', async () => {
    const { code, stdout } = await run(['--summary-only', p('a.txt'), p('missing.txt'), p('b.txt')], { analyze: withPeople });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Corpus summary\n2 articles · 1 skipped\n/);
    expect(stdout).toContain('Most mentioned people');
    expect(stdout).toContain(`Articles with no attributed quote (1)\n  ${p('b.txt')}\n`);
    expect(stdout).not.toContain('sentence');
  });

  it('--summary-out writes the summary to a file and keeps stdout for the reports', async () => {
    const file = p('summary.json');
    const { code, stdout } = await run(['--json', '--summary-out', file, p('a.txt')], { analyze: withPeople });
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((r) => r.source)).toEqual([p('a.txt')]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ type: 'summary', articles: 1 });
  });

  it('--include-text adds the analysed text to JSON reports', async () => {
    const { stdout } = await run(['--json', '--include-text', p('b.txt')]);
    expect(JSON.parse(stdout)).toMatchObject({ source: p('b.txt'), text: 'The council voted on Tuesday.' });
    expect(JSON.parse((await run(['--json', p('b.txt')])).stdout)).not.toHaveProperty('text');
  });

  it('--shard: the shards together give every report once, and an empty shard exits 0', async () => {
    const inputs = [p('a.txt'), p('b.txt'), p('c.md'), p('missing.txt')];
    const whole = await run(['--json', ...inputs]);
    const parts = [];
    for (let k = 1; k <= 3; k++) parts.push(await run(['--json', '--shard', `${k}/3`, ...inputs]));
    const sources = parts.flatMap((part) => (part.stdout ? jsonLines(part.stdout).map((r) => r.source) : []));
    expect(sources.sort()).toEqual(jsonLines(whole.stdout).map((r) => r.source).sort());
    // The missing file is reported by its own shard only.
    expect(parts.filter((part) => part.stderr.includes('missing.txt'))).toHaveLength(1);
    const own = shardOf(p('a.txt'), 40);
    const mine = await run(['--json', '--shard', `${own}/40`, p('a.txt')]);
    const other = await run(['--json', '--shard', `${(own % 40) + 1}/40`, p('a.txt')]);
    expect([mine.code, jsonLines(mine.stdout).length]).toEqual([0, 1]);
    expect(other).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('expands quoted glob patterns itself', async () => {
    const { code, stdout } = await run(['--json', join(root, '*.{md,txt}')]);
    expect(code).toBe(1); // crash.txt fails in the stand-in analysis
    expect(jsonLines(stdout).map((r) => r.source)).toEqual([p('a.txt'), p('b.txt'), p('c.md')]);
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const { stderr } = await run(['--json', p('a.txt'), p('b.txt'), p('c.md')]);
    expect(stderr).toBe('');
  });
});

describe('main: output people use', () => {
  /** Stand-in analysis naming one person, who says the text. */
  const withSpeaker: AnalyzeFn = (text, { source }) => ({
    ...emptyReport(source),
    people: [{ name: 'Stefani Germanotta', aliases: [], titles: [], mentions: [{ start: 0, end: 4, text: 'Ms G' }], quoteCount: 1 }],
    quotes: [{ text, kind: 'direct', fragments: [{ start: 0, end: text.length }], speaker: { name: 'Stefani Germanotta', mention: null }, cue: 'said' }],
  });

  it('--format csv: one header, then the rows of every input, source first', async () => {
    const { code, stdout } = await run(['--format', 'csv', p('a.txt'), p('b.txt')], { analyze: withSpeaker });
    expect(code).toBe(0);
    expect(stdout.split('\r\n')).toEqual([
      'source,speaker,speaker_kind,cue,kind,text,start,end',
      `${p('a.txt')},Stefani Germanotta,person,said,direct,Mayor Ana Díaz said the bridge would reopen.,0,44`,
      `${p('b.txt')},Stefani Germanotta,person,said,direct,The council voted on Tuesday.,0,29`,
      '',
    ]);
  });

  it('--format tsv --bom: the header even with no row, after a byte order mark', async () => {
    const { stdout } = await run(['--format', 'tsv', '--table', 'organizations', '--bom', p('a.txt'), p('b.txt')]);
    expect(stdout).toBe('\uFEFFsource\tname\taliases\tmentions\n');
  });

  it('--aliases renames people in every report', async () => {
    const aliases = join(root, 'aliases.txt');
    await writeFile(aliases, '# singers\nLady Gaga = Stefani Germanotta\n');
    const { code, stdout } = await run(['--json', '--aliases', aliases, p('a.txt')], { analyze: withSpeaker });
    expect(code).toBe(0);
    const [report] = jsonLines(stdout);
    expect(report!.people.map((x) => [x.name, x.aliases])).toEqual([['Lady Gaga', ['Stefani Germanotta']]]);
    expect(report!.quotes[0]!.speaker!.name).toBe('Lady Gaga');
  });

  it('--aliases: a missing or malformed file is a usage error before anything is read', async () => {
    const missing = await run(['--aliases', join(root, 'none.txt'), p('a.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^dossier: --aliases: cannot read aliases file .*none\.txt: no such file or directory\nTry/);
    const bad = join(root, 'bad-aliases.txt');
    await writeFile(bad, 'Lady Gaga\n');
    const malformed = await run(['--aliases', bad, p('a.txt')]);
    expect(malformed).toMatchObject({ code: 2, stdout: '' });
    expect(malformed.stderr).toContain('line 1: one name only');
  });

  it('every JSON line is a typed record', async () => {
    const { stdout } = await run(['--json', '--summary', '--error-records', p('a.txt'), p('missing.txt')], { analyze: (t, o) => ({ ...fakeAnalyze(t, o), type: 'report' }) });
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { type: string }).type)).toEqual(['report', 'error', 'summary']);
  });

  it('says how to read a folder of other documents, and quotes a pattern that matches nothing', async () => {
    const pages = join(root, 'pages');
    await mkdir(pages, { recursive: true });
    await writeFile(join(pages, 'story.html'), '<p>Hi</p>');
    await writeFile(join(pages, 'photo.jpg'), 'x');
    const { stderr } = await run([pages]);
    expect(stderr).toContain(`no .txt or .md files in ${pages} (it has 1 .html file: add --ext txt,md,html)`);
    const glob = await run([join(root, 'no such/*.txt')]);
    expect(glob.stderr).toContain(`dossier: skipped '${join(root, 'no such/*.txt')}': no files match this pattern`);
  });

  it('lays text out for COLUMNS, and --full prints a quote whole', async () => {
    const long = `${'word '.repeat(60)}end`;
    await writeFile(join(root, 'long.txt'), long);
    const narrow = await run([join(root, 'long.txt')], { analyze: withSpeaker, env: { COLUMNS: '60' } });
    const lines = narrow.stdout.split('\n');
    for (const line of lines.slice(1)) expect(line.length).toBeLessThanOrEqual(60);
    expect(narrow.stdout).toContain('…”');
    const full = await run(['--full', join(root, 'long.txt')], { analyze: withSpeaker, env: { COLUMNS: '60' } });
    expect(full.stdout).toContain('end”');
  });
});
