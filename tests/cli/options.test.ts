import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  buildProgram,
  DEFAULT_EXTENSIONS,
  DEFAULT_MAX_BYTES,
  DEFAULT_TOP,
  defaultJobs,
  OPTION_SPECS,
  parseExtensions,
  parseSize,
  toCliOptions,
} from '../../src/cli/options.js';

function parse(...argv: string[]): { options: ReturnType<typeof toCliOptions>; paths: string[] } {
  const program = buildProgram('1.2.3', { writeOut: () => {}, writeErr: () => {}, helpWidth: 80 });
  program.parse(argv, { from: 'user' });
  return { options: toCliOptions(program.opts()), paths: program.args };
}

describe('command line', () => {
  it('has sensible defaults', () => {
    expect(parse('a.txt')).toEqual({
      options: {
        format: 'text',
        extensions: DEFAULT_EXTENSIONS,
        maxBytes: DEFAULT_MAX_BYTES,
        color: undefined,
        quiet: false,
        includeText: false,
        explain: false,
        jobs: defaultJobs(),
        shard: undefined,
        summary: 'none',
        summaryOut: undefined,
        top: DEFAULT_TOP,
        output: undefined,
        resume: false,
        errorRecords: false,
        table: 'quotes',
        bom: false,
        full: false,
        aliases: undefined,
        mergeNames: true,
      },
      paths: ['a.txt'],
    });
  });

  it('reads --explain', () => {
    expect(parse('--explain', 'a.txt').options.explain).toBe(true);
  });

  it('reads every option', () => {
    const { options, paths } = parse('--json', '--ext', 'TXT, .text', '--max-bytes', '2M', '--no-color', '-q', 'dir', '-');
    expect(options).toMatchObject({ format: 'json', extensions: ['txt', 'text'], maxBytes: 2 * 1024 ** 2, color: false, quiet: true });
    expect(paths).toEqual(['dir', '-']);
    expect(parse('--explain', 'a.txt').options.explain).toBe(true);
  });

  it('reads --output, --resume and --error-records, and refuses them where they mean nothing', () => {
    const { options } = parse('--json', '-o', 'out.ndjson', '--resume', '--error-records', 'dir');
    expect(options).toMatchObject({ output: 'out.ndjson', resume: true, errorRecords: true });
    expect(parse('--output', 'out.txt', 'dir').options).toMatchObject({ output: 'out.txt', resume: false });
    expect(() => parse('--json', '--resume', 'dir')).toThrow(/--resume needs --json and --output/);
    expect(() => parse('--resume', '-o', 'out.txt', 'dir')).toThrow(/--resume needs --json and --output/);
    expect(() => parse('--error-records', 'dir')).toThrow(/--error-records needs --json/);
  });

  it('reads the batch options', () => {
    const { options } = parse('--json', '--include-text', '-j', '3', '--shard', '2/5', '--summary-out', 's.json', '--top', '4', 'dir');
    expect(options).toMatchObject({
      includeText: true,
      jobs: 3,
      shard: { index: 2, count: 5 },
      summary: 'after',
      summaryOut: 's.json',
      top: 4,
    });
    expect(parse('--summary').options.summary).toBe('after');
    expect(parse('--summary', '--summary-only').options.summary).toBe('only');
  });

  it('reads --format csv and tsv with --table and --bom, and refuses them with other formats', () => {
    expect(parse('-f', 'csv', 'dir').options).toMatchObject({ format: 'csv', table: 'quotes', bom: false });
    expect(parse('-f', 'tsv', '--table', 'mentions', '--bom', 'dir').options).toMatchObject({ format: 'tsv', table: 'mentions', bom: true });
    expect(() => parse('--table', 'people', 'dir')).toThrow(/--table needs --format csv or --format tsv/);
    expect(() => parse('--json', '--bom', 'dir')).toThrow(/--bom needs --format csv or --format tsv/);
    expect(() => parse('-f', 'csv', '--table', 'speakers', 'dir')).toThrow(expect.objectContaining({ code: 'commander.invalidArgument' }));
  });

  it('keeps a CSV or TSV stream one table: the summary only to a file', () => {
    expect(() => parse('-f', 'csv', '--summary', 'dir')).toThrow(/--summary-out/);
    expect(() => parse('-f', 'tsv', '--summary-only', 'dir')).toThrow(/--summary-out/);
    expect(parse('-f', 'csv', '--summary-out', 's.json', 'dir').options).toMatchObject({ summary: 'after', summaryOut: 's.json' });
  });

  it('treats options that need --json alike', () => {
    expect(() => parse('--include-text', 'dir')).toThrow(/--include-text needs --json/);
    expect(() => parse('--error-records', 'dir')).toThrow(/--error-records needs --json/);
  });

  it('reads --full for text only, --aliases and --no-merge-names', () => {
    expect(parse('--full', '--aliases', 'names.txt', '--no-merge-names', 'dir').options).toMatchObject({ full: true, aliases: 'names.txt', mergeNames: false });
    expect(() => parse('--json', '--full', 'dir')).toThrow(/--full is for text output/);
  });

  it('takes --format json and --color', () => {
    expect(parse('-f', 'json', '--color').options).toMatchObject({ format: 'json', color: true });
  });

  it.each([
    [['--format', 'xml'], 'commander.invalidArgument'],
    [['--json', '--format', 'text'], 'commander.conflictingOption'],
    [['--max-bytes', 'lots'], 'commander.invalidArgument'],
    [['--ext', ','], 'commander.invalidArgument'],
    [['--frobnicate'], 'commander.unknownOption'],
    [['--ext'], 'commander.optionMissingArgument'],
    [['--jobs', '0'], 'commander.invalidArgument'],
    [['--jobs', 'many'], 'commander.invalidArgument'],
    [['--shard', '0/4'], 'commander.invalidArgument'],
    [['--shard', '5/4'], 'commander.invalidArgument'],
    [['--shard', 'half'], 'commander.invalidArgument'],
    [['--top', '-1'], 'commander.invalidArgument'],
  ])('rejects %j', (argv, code) => {
    expect(() => parse(...argv)).toThrow(expect.objectContaining({ code }));
  });

  it('declares each long flag once', () => {
    const longs = OPTION_SPECS.map((spec) => /--[\w-]+/.exec(spec.flags)?.[0]);
    expect(new Set(longs).size).toBe(longs.length);
  });
});

describe('parseSize', () => {
  it.each([
    ['1048576', 1048576],
    ['500K', 500 * 1024],
    ['500kb', 500 * 1024],
    ['10M', 10 * 1024 ** 2],
    ['2.5MiB', 2.5 * 1024 ** 2],
    ['1G', 1024 ** 3],
  ])('%s → %d', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'ten', '0', '-5', '10T', '1e6'])('rejects %j', (text) => {
    expect(() => parseSize(text)).toThrow(InvalidArgumentError);
  });
});

describe('parseExtensions', () => {
  it('normalises dots, case, spaces and duplicates', () => {
    expect(parseExtensions('.TXT, md,*.md,,text')).toEqual(['txt', 'md', 'text']);
  });
});
