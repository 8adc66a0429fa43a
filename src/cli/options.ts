/**
 * The command line, declared as data: each option is one entry of {@link OPTION_SPECS}, from
 * which both the parser and the help are built. Adding an option means adding an entry here
 * and reading it in {@link toCliOptions}.
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '../batch/shard.js';
import { DEFAULT_TABLE, FORMAT_NAMES, TABLE_FORMATS, TABLE_NAMES, type FormatName, type TableName } from '../format/index.js';

/** Default for `--max-bytes`: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Default for `--ext`. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md'];

/** Default for `--top`: entries per list in the summary. */
export const DEFAULT_TOP = 10;

/** Default for `--jobs`: one thread per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** One option of the command line. */
export interface OptionSpec {
  /** commander flags: `-q, --quiet`, `--ext <list>`. */
  flags: string;
  description: string;
  /** Allowed values, listed in the help and checked by commander. */
  choices?: readonly string[];
  /** Default value, and how the help shows it. */
  default?: { value: unknown; description?: string };
  /** Parses and checks the argument; throws InvalidArgumentError with a reason. */
  parse?: (value: string) => unknown;
  /** Options this one cannot be combined with (attribute names). */
  conflicts?: readonly string[];
}

/** Every option, in the order the help lists them. */
export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    flags: '-f, --format <name>',
    description: 'output format',
    choices: FORMAT_NAMES,
    default: { value: 'text' },
  },
  {
    flags: '--json',
    description: 'same as --format json: one JSON report per line (NDJSON)',
    conflicts: ['format'],
  },
  {
    flags: '--table <name>',
    description: 'with --format csv or tsv: the table to print, one row per item',
    choices: TABLE_NAMES,
  },
  { flags: '--bom', description: 'with --format csv or tsv: start with a UTF-8 byte order mark (for Excel)' },
  { flags: '--full', description: 'text output: print every quote whole (default: at most 3 lines each)' },
  {
    flags: '--ext <list>',
    description: 'extensions to read in folders',
    default: { value: DEFAULT_EXTENSIONS, description: 'txt,md' },
    parse: parseExtensions,
  },
  {
    flags: '--max-bytes <size>',
    description: 'skip larger inputs (bytes, or K, M, G)',
    default: { value: DEFAULT_MAX_BYTES, description: '10M' },
    parse: parseSize,
  },
  {
    flags: '--explain',
    description: 'show what decided each finding: for each name the features that fired, their weights and the rule; for each quotation the clause and rule that named its speaker',
  },
  {
    flags: '--include-text',
    description: 'with --json: add the analysed text (for HTML, the extracted article) as "text"',
  },
  {
    flags: '-j, --jobs <n>',
    description: 'analyse on n worker threads when there are 100 inputs or more (default: one per core)',
    parse: (value) => parseCount(value, 'jobs'),
  },
  {
    flags: '--shard <k/n>',
    description: 'analyse only the k-th of n slices of the inputs (split by path hash)',
    parse: parseShardOption,
  },
  { flags: '--summary', description: 'after the reports, a summary of the whole corpus' },
  { flags: '--summary-only', description: 'the corpus summary instead of the reports' },
  {
    flags: '--summary-out <file>',
    description: 'write the summary as JSON to a file (stdout keeps only the reports)',
  },
  {
    flags: '--top <n>',
    description: 'entries per list in the summary',
    default: { value: DEFAULT_TOP },
    parse: (value) => parseCount(value, 'top'),
  },
  {
    flags: '--aliases <file>',
    description: 'names of one person, one line each: Barack Obama = Obama = President Obama',
  },
  {
    flags: '--no-merge-names',
    description: 'in the summary, keep every written name apart (no "Obama" into "Barack Obama")',
  },
  {
    flags: '-o, --output <file>',
    description: 'write the output to a file, atomically (a temporary file renamed at the end)',
  },
  {
    flags: '--resume',
    description: 'with --json --output: keep the reports already in the file, analyse only the rest',
  },
  {
    flags: '--error-records',
    description: 'with --json: also a {"type":"error",...} line on stdout for each skipped input',
  },
  { flags: '--color', description: 'force coloured output' },
  { flags: '--no-color', description: 'never colour the output (also: NO_COLOR=1)' },
  {
    flags: '-q, --quiet',
    description: 'print only fatal errors on stderr',
  },
];

/** The help's closing text: examples and exit codes (also in the man page). */
export const EXAMPLES = `
Examples:
  $ dossier article.txt                 summary of one article
  $ dossier articles/                   every .txt and .md file under a folder
  $ dossier --json articles/ | jq .people
  $ curl -s https://example.com/story.txt | dossier -
  $ dossier --ext txt,text --max-bytes 2M archive/
  $ dossier --json 'news/**/*.html' > reports.ndjson
  $ dossier --format csv --table people --bom corpus/ > people.csv
  $ dossier --summary-only --aliases aliases.txt --ext txt,html corpus/
  $ dossier --format html corpus/ -o report.html
  $ dossier --json --shard 3/8 corpus/ > part-3.ndjson
  $ dossier --json --output reports.ndjson --resume corpus/

Exit codes:
  0    every input was analysed
  1    some inputs were skipped (each reported on stderr), the rest analysed
  2    usage error, or no input could be analysed
  130  interrupted (Ctrl-C); every line written is whole
`;

/** Where commander writes help, version and its (suppressed) errors. */
export interface ProgramOutput {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  /** Columns available for the help; 80 when not a terminal. */
  helpWidth: number;
}

/**
 * The commander program for `dossier`. It never exits the process: errors, `--help` and
 * `--version` surface as CommanderError for the caller to map to an exit code.
 */
export function buildProgram(version: string, output: ProgramOutput): Command {
  const program = new Command('dossier')
    .description(
      'Reads news articles and reports the people, places and organizations in them,\n' +
        'and who said what. Reads standard input when no path is given (or given as -).',
    )
    .argument('[paths...]', 'files and folders to read; - for standard input')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      // The CLI prints commander's errors itself, in dossier's one-line style.
      outputError: () => {},
      getOutHelpWidth: () => output.helpWidth,
      getErrHelpWidth: () => output.helpWidth,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', EXAMPLES);
  for (const spec of OPTION_SPECS) program.addOption(toOption(spec));
  return program;
}

function toOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.default) option.default(spec.default.value, spec.default.description);
  if (spec.parse) option.argParser(spec.parse);
  if (spec.conflicts) option.conflicts([...spec.conflicts]);
  return option;
}

/** The parsed command line, in the CLI's own terms. */
export interface CliOptions {
  format: FormatName;
  extensions: readonly string[];
  maxBytes: number;
  /** `--color` → true, `--no-color` → false, neither → undefined. */
  color: boolean | undefined;
  quiet: boolean;
  /** `--include-text`. */
  includeText: boolean;
  /** `--explain`: reports carry `explain` (why each name was typed, what chose each speaker). */
  explain: boolean;
  /** Threads to analyse with (`--jobs`, default one per core). */
  jobs: number;
  /** `--shard K/N`, when given. */
  shard: Shard | undefined;
  /** `none`, `after` the reports (`--summary`, `--summary-out`), or `only` (`--summary-only`). */
  summary: 'none' | 'after' | 'only';
  /** `--summary-out FILE`. */
  summaryOut: string | undefined;
  /** Entries per list in the summary. */
  top: number;
  /** `--output FILE`: written through a temporary file, renamed when the run ends. */
  output: string | undefined;
  /** `--resume` (needs `--output` and JSON). */
  resume: boolean;
  /** `--error-records` (needs JSON): skipped inputs also as `{"type":"error"}` lines. */
  errorRecords: boolean;
  /** `--table` for CSV and TSV (default quotes), and `--bom`. */
  table: TableName;
  bom: boolean;
  /** `--full`: text output prints every quote whole. */
  full: boolean;
  /** `--aliases FILE`, read by the run. */
  aliases: string | undefined;
  /** Summary: merge the forms of one person's name across articles (off with `--no-merge-names`). */
  mergeNames: boolean;
}

/**
 * Reads commander's option values into {@link CliOptions}.
 *
 * @throws InvalidArgumentError for combinations that make no sense (`--resume` without a JSON
 *   `--output`, `--error-records` with text output)
 */
export function toCliOptions(raw: Record<string, unknown>): CliOptions {
  const options = readOptions(raw);
  if (options.resume && (options.output === undefined || options.format !== 'json')) {
    throw new InvalidArgumentError('--resume needs --json and --output <file> (it reads the reports back from the file).');
  }
  if (options.errorRecords && options.format !== 'json') {
    throw new InvalidArgumentError('--error-records needs --json.');
  }
  if (options.includeText && options.format !== 'json') {
    throw new InvalidArgumentError('--include-text needs --json.');
  }
  const table = TABLE_FORMATS.includes(options.format);
  if ((raw['table'] !== undefined || options.bom) && !table) {
    throw new InvalidArgumentError(`${raw['table'] !== undefined ? '--table' : '--bom'} needs --format csv or --format tsv.`);
  }
  if (table && options.summary !== 'none' && options.summaryOut === undefined) {
    throw new InvalidArgumentError(`--format ${options.format} prints one table: write the summary with --summary-out <file>.`);
  }
  if (options.full && options.format !== 'text') {
    throw new InvalidArgumentError('--full is for text output (JSON, CSV and TSV always have every quote whole).');
  }
  if (options.format === 'html' && options.summary !== 'none' && options.summaryOut === undefined) {
    throw new InvalidArgumentError('--format html always has the corpus summary; use --summary-out <file> for it as JSON.');
  }
  return options;
}

function readOptions(raw: Record<string, unknown>): CliOptions {
  return {
    format: raw['json'] === true ? 'json' : (raw['format'] as FormatName),
    extensions: raw['ext'] as readonly string[],
    maxBytes: raw['maxBytes'] as number,
    color: raw['color'] as boolean | undefined,
    quiet: raw['quiet'] === true,
    includeText: raw['includeText'] === true,
    explain: raw['explain'] === true,
    jobs: (raw['jobs'] as number | undefined) ?? defaultJobs(),
    shard: raw['shard'] as Shard | undefined,
    summary: raw['summaryOnly'] === true ? 'only' : raw['summary'] === true || raw['summaryOut'] !== undefined ? 'after' : 'none',
    summaryOut: raw['summaryOut'] as string | undefined,
    top: raw['top'] as number,
    output: raw['output'] as string | undefined,
    resume: raw['resume'] === true,
    errorRecords: raw['errorRecords'] === true,
    table: (raw['table'] as TableName | undefined) ?? DEFAULT_TABLE,
    bom: raw['bom'] === true,
    full: raw['full'] === true,
    aliases: raw['aliases'] as string | undefined,
    mergeNames: raw['mergeNames'] !== false,
  };
}

/**
 * Parses a count option (`--jobs 4`, `--top 20`): a whole number from 1.
 *
 * @throws InvalidArgumentError otherwise
 */
export function parseCount(value: string, name: string): number {
  const count = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new InvalidArgumentError(`Expected a whole number from 1 for --${name}.`);
  }
  return count;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/**
 * Parses `--ext`: "txt,md", ".txt, .MD" → `['txt', 'md']`.
 *
 * @throws InvalidArgumentError when no extension is left
 */
export function parseExtensions(value: string): string[] {
  const list = value
    .split(',')
    .map((ext) => ext.trim().replace(/^\*?\./, '').toLowerCase())
    .filter((ext) => ext.length > 0);
  if (list.length === 0) throw new InvalidArgumentError('Give at least one extension, e.g. txt,md.');
  return [...new Set(list)];
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Parses `--max-bytes`: "5000", "500K", "10M", "1G", "2.5MB" (units are powers of 1024).
 *
 * @throws InvalidArgumentError for anything else, or for 0
 */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  const bytes = match ? Math.floor(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new InvalidArgumentError('Expected a size such as 500K, 10M or 1048576.');
  }
  return bytes;
}
