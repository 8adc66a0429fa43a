/**
 * The man page and the shell completions, written from the same {@link OPTION_SPECS} as the
 * parser and the help, so that they can never list an option the command does not have. Pure:
 * `scripts/build-cli-reference.mjs` writes them into generated/ at build time.
 */
import { EXAMPLES, OPTION_SPECS, type OptionSpec } from './options.js';

/** An option's names and argument, read from its commander flags. */
interface Flags {
  short?: string;
  long: string;
  /** The argument's name ("list" for `--ext <list>`), when it takes one. */
  argument?: string;
}

function flagsOf(spec: OptionSpec): Flags {
  const match = /^(?:(-\w), )?(--[\w-]+)(?: <([\w/-]+)>)?$/.exec(spec.flags);
  if (!match) throw new Error(`unexpected option flags: ${spec.flags}`);
  return { short: match[1], long: match[2]!, argument: match[3] };
}

/** Options that take a file or folder: completed with paths. */
const PATH_ARGUMENTS = new Set(['file']);

// troff: a backslash is \e, a dash in an option \-, a line starting with . or ' is escaped.
function roff(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1');
}
function roffFlag(flag: string): string {
  return flag.replace(/-/g, '\\-');
}

/** The man page, dossier(1), in troff's man macros. */
export function manPage(version: string, date: string): string {
  const lines = [
    `.TH DOSSIER 1 "${date}" "dossier ${version}" "User Commands"`,
    '.SH NAME',
    'dossier \\- people, places, organizations and quotations in news articles',
    '.SH SYNOPSIS',
    '.B dossier',
    '[\\fIoptions\\fR] [\\fIpaths\\fR...]',
    '.SH DESCRIPTION',
    roff(
      'Reads news articles and reports the people, places and organizations in them, and who said what: ' +
        'each direct quotation with its speaker. Each path is a file, a folder (read recursively) or a quoted ' +
        'glob pattern; - or no path at all, when text is piped in, reads standard input. Output is a summary ' +
        'for a terminal, one JSON report per line (--json), or a CSV or TSV table (--format csv).',
    ),
    '.SH OPTIONS',
  ];
  for (const spec of OPTION_SPECS) {
    const flags = flagsOf(spec);
    const names = [flags.short, flags.long].filter(Boolean).map((f) => `\\fB${roffFlag(f!)}\\fR`).join(', ');
    lines.push('.TP', flags.argument ? `${names} \\fI${flags.argument}\\fR` : names);
    let description = spec.description;
    if (spec.choices) description += ` (${spec.choices.join(', ')})`;
    if (spec.default) description += ` (default: ${spec.default.description ?? String(spec.default.value)})`;
    lines.push(roff(description));
  }
  lines.push('.TP', '\\fB\\-V\\fR, \\fB\\-\\-version\\fR', 'print the version', '.TP', '\\fB\\-h\\fR, \\fB\\-\\-help\\fR', 'show the help');
  const [examples = '', exitCodes = ''] = EXAMPLES.split(/\nExit codes:\n/);
  lines.push('.SH EXIT STATUS');
  for (const line of exitCodes.trim().split('\n')) {
    const [code, ...meaning] = line.trim().split(/\s+/);
    lines.push('.TP', `\\fB${code}\\fR`, roff(meaning.join(' ')));
  }
  lines.push(
    '.SH ENVIRONMENT',
    '.TP',
    '\\fBNO_COLOR\\fR',
    'any value turns colour off (unless \\fBFORCE_COLOR\\fR or \\fB\\-\\-color\\fR).',
    '.TP',
    '\\fBFORCE_COLOR\\fR',
    '0 or false turns colour off; 1, 2, 3 choose the level; anything else turns it on.',
    '.TP',
    '\\fBCOLUMNS\\fR',
    'the width text output is laid out for (default: the terminal\'s, or 80).',
    '.TP',
    '\\fBDOSSIER_DEBUG\\fR',
    'print a stack trace after an internal error.',
    '.SH EXAMPLES',
    '.nf',
    ...examples
      .replace(/^\s*Examples:\s*/, '')
      .trimEnd()
      .split('\n')
      .map((line) => roff(line.replace(/^\s*\$ /, '$ ')).replace(/-/g, '\\-')),
    '.fi',
    '.SH SEE ALSO',
    'The README and docs/ (cli.md, batch.md, sharding.md) installed with the package.',
  );
  return `${lines.join('\n')}\n`;
}

/** Every option as the completions need it. */
function completionOptions(): (Flags & { choices?: readonly string[]; description: string })[] {
  return [
    ...OPTION_SPECS.map((spec) => ({ ...flagsOf(spec), choices: spec.choices, description: spec.description })),
    { short: '-V', long: '--version', description: 'print the version' },
    { short: '-h', long: '--help', description: 'show this help' },
  ];
}

/** Completion for bash (`source` it, or put it in bash-completion's completions folder). */
export function bashCompletion(): string {
  const options = completionOptions();
  const words = options.flatMap((o) => [o.short, o.long].filter(Boolean)).join(' ');
  const cases = options
    .filter((o) => o.argument)
    .map((o) => {
      const names = [o.short, o.long].filter(Boolean).join('|');
      const action = o.choices
        ? `COMPREPLY=($(compgen -W '${o.choices.join(' ')}' -- "$cur"))`
        : PATH_ARGUMENTS.has(o.argument!)
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : 'COMPREPLY=()';
      return `    ${names}) ${action}; return ;;`;
    });
  return `# bash completion for dossier (generated from its options)
_dossier() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${cases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W '${words}' -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -o bashdefault -F _dossier dossier
`;
}

/** Completion for zsh (a `_dossier` file in a folder of `$fpath`). */
export function zshCompletion(): string {
  // In _arguments, a bracket in a description is escaped with a backslash.
  const quote = (text: string): string => text.replace(/'/g, "'\\''").replace(/[[\]]/g, '\\$&');
  const specs = completionOptions().map((o) => {
    const action = !o.argument
      ? ''
      : o.choices
        ? `:${o.argument}:(${o.choices.join(' ')})`
        : PATH_ARGUMENTS.has(o.argument)
          ? `:${o.argument}:_files`
          : `:${o.argument}: `;
    const body = `[${quote(o.description)}]${action}`;
    return o.short ? `  {${o.short},${o.long}}'${body}'` : `  '${o.long}${body}'`;
  });
  return `#compdef dossier
# zsh completion for dossier (generated from its options)
_arguments -s \\
${specs.join(' \\\n')} \\
  '*:path:_files'
`;
}

/** Completion for fish (a `dossier.fish` file in `~/.config/fish/completions`). */
export function fishCompletion(): string {
  const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = completionOptions().map((o) => {
    const parts = ['complete -c dossier'];
    if (o.short) parts.push(`-s ${o.short.slice(1)}`);
    parts.push(`-l ${o.long.slice(2)}`);
    if (o.argument) parts.push(o.choices ? `-x -a ${quote(o.choices.join(' '))}` : PATH_ARGUMENTS.has(o.argument) ? '-r -F' : '-x');
    parts.push(`-d ${quote(o.description)}`);
    return parts.join(' ');
  });
  return `# fish completion for dossier (generated from its options)\n${lines.join('\n')}\n`;
}
