/**
 * The command line, declared as data: each option is one entry of {@link OPTION_SPECS}, from
 * which both the parser and the help are built. Adding an option means adding an entry here
 * and reading it in {@link toCliOptions}.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../format/index.js';

/** Default for `--max-bytes`: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Default for `--ext`. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md'];

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
  { flags: '--color', description: 'force coloured output' },
  { flags: '--no-color', description: 'never colour the output (also: NO_COLOR=1)' },
  {
    flags: '-q, --quiet',
    description: 'print only fatal errors on stderr',
  },
];

const EXAMPLES = `
Examples:
  $ dossier article.txt                 summary of one article
  $ dossier articles/                   every .txt and .md file under a folder
  $ dossier --json articles/ | jq .people
  $ curl -s https://example.com/story.txt | dossier -
  $ dossier --ext txt,text --max-bytes 2M archive/

Exit codes:
  0  every input was analysed
  1  some inputs were skipped (each reported on stderr), the rest analysed
  2  usage error, or no input could be analysed
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
}

/** Reads commander's option values into {@link CliOptions}. */
export function toCliOptions(raw: Record<string, unknown>): CliOptions {
  return {
    format: raw['json'] === true ? 'json' : (raw['format'] as FormatName),
    extensions: raw['ext'] as readonly string[],
    maxBytes: raw['maxBytes'] as number,
    color: raw['color'] as boolean | undefined,
    quiet: raw['quiet'] === true,
  };
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
