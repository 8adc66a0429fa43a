/**
 * The human-readable summary of one report: a header, then People, Places, Organizations and
 * Quotations in aligned columns, secondary details dimmed. Pure: report in, string out; the
 * caller decides colour by passing a chalk instance (level 0 gives plain text).
 */
import type { ChalkInstance } from 'chalk';
import type { Organization, Person, Place, Quote, Report } from '../report.js';
import { countryName } from './country-name.js';
import { formatEntityExplanations } from './explain-entities.js';
import { formatQuoteExplanations } from './explain-quotes.js';
import { type Cell, columnWidths, MIN_WRAP_WIDTH, plural, renderTable, singleLine, type TableOptions, wrapLines, wrapWords } from './layout.js';

/** Options for {@link formatText}. */
export interface TextFormatOptions {
  /** Colours to use; `new Chalk({ level: 0 })` for none. */
  chalk: ChalkInstance;
  /** Columns to fit in (the terminal's width); default {@link DEFAULT_WIDTH}. */
  width?: number;
  /** Every quote whole (`--full`); otherwise a quote takes at most {@link QUOTE_LINES} lines. */
  full?: boolean;
}

/** Width laid out for when none is given (not a terminal). */
export const DEFAULT_WIDTH = 80;
/** Narrower than this, the layout keeps this width (lines then run past a tiny window). */
const MIN_WIDTH = 40;
/** Lines a quote takes at most without `--full`. */
export const QUOTE_LINES = 3;
/** A quote column narrower than this goes below its speaker instead of beside. */
const MIN_QUOTE_COLUMN = 32;
/** How far a quote below its speaker is indented. */
const STACKED_INDENT = '      ';

/** `share` of the width, between `min` and `max` columns. */
function columnCap(width: number, share: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.floor(width * share)));
}

/**
 * Renders one report as text ending in a newline, laid out for `width` columns: names are cut
 * with "…" so that columns stay in line, titles and quotes wrap at words with a hanging indent.
 * Entities keep the report's order (the analysis decides what comes first).
 */
export function formatText(report: Report, options: TextFormatOptions): string {
  const { chalk } = options;
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const maxName = columnCap(width, 0.35, 16, 30);
  const lines: string[] = [];

  lines.push(chalk.bold.underline(singleLine(report.source) || '(unnamed)'));
  const { sentences, words, paragraphs } = report.stats;
  const counts = [plural(sentences, 'sentence'), plural(words, 'word'), plural(paragraphs, 'paragraph')].join(' · ');
  lines.push(...wrapWords(counts, width).map((line) => chalk.dim(line)));

  // One name column and one count column for all three entity sections, so they line up.
  const entities = [...report.people, ...report.places, ...report.organizations];
  const countDigits: Counts = {
    chalk,
    mentionDigits: digits(entities.map((e) => e.mentions.length)),
    quoteDigits: digits(report.people.map((p) => p.quoteCount)),
  };
  const entityRows = {
    people: report.people.map((p) => personRow(p, countDigits)),
    places: report.places.map((p) => placeRow(p, countDigits)),
    organizations: report.organizations.map((o) => organizationRow(o, countDigits)),
  };
  const shared = columnWidths(
    [...entityRows.people, ...entityRows.places, ...entityRows.organizations].map((r) => r.slice(0, 2)),
    [],
    [maxName],
  );

  // Empty sections are not printed; one closing line says what was not found.
  const missing: string[] = [];
  const entityTable: TableOptions = { minWidths: shared, maxWidths: [maxName], width };
  const add = (title: string, rows: Cell[][]): void => {
    if (rows.length === 0) missing.push(title.toLowerCase());
    else section(lines, chalk, title, rows, entityTable);
  };
  add('People', entityRows.people);
  add('Places', entityRows.places);
  add('Organizations', entityRows.organizations);

  const direct = report.quotes.filter((q) => q.kind === 'direct');
  const partial = report.quotes.filter((q) => q.kind === 'partial');
  const turns = report.quotes.filter((q) => q.kind === 'transcript');
  const quotes = quoteLayout(report, options.full === true, width, chalk);
  if (direct.length > 0) quotes.section(lines, 'Quotations', direct);
  else missing.push(partial.length > 0 || turns.length > 0 ? 'direct quotations' : 'quotations');
  if (partial.length > 0) quotes.section(lines, 'Partial quotations', partial);
  if (turns.length > 0) quotes.section(lines, 'Transcript', turns);

  if (missing.length > 0) lines.push('', chalk.dim(`No ${joinWords(missing)} found.`));
  lines.push(...formatQuoteExplanations(report, chalk));
  const why = report.explain?.entities ? formatEntityExplanations(report.explain.entities, chalk) : '';
  return `${lines.join('\n')}\n${why ? `\n${why}` : ''}`;
}

/**
 * How quotations are laid out at `width`: speaker, cue and the quote side by side when the
 * quote keeps at least {@link MIN_QUOTE_COLUMN} columns, else the quote on lines of its own
 * below its speaker. Both quote tables share one layout, so speakers line up across them.
 */
function quoteLayout(report: Report, full: boolean, width: number, chalk: ChalkInstance) {
  const people = new Set(report.people.map((p) => p.name));
  const maxWidths = [columnCap(width, 0.32, 14, 30), columnCap(width, 0.18, 8, 18)];
  const heads = (quotes: Quote[]): Cell[][] => quotes.map((q) => quoteHead(q, people, chalk));
  const widths = columnWidths(heads(report.quotes), [], maxWidths);
  const start = 2 + widths[0]! + 2 + (widths[1]! > 0 ? widths[1]! + 2 : 0);
  const beside = width - start >= MIN_QUOTE_COLUMN;
  // Below their speaker, quotes leave the whole line to speaker and cue.
  if (!beside) maxWidths[0] = Math.max(maxWidths[0]!, width - 6 - Math.max(widths[1]!, MIN_WRAP_WIDTH));
  const table: TableOptions = { minWidths: beside ? widths : columnWidths(heads(report.quotes), [], maxWidths), maxWidths, width };
  const maxLines = full ? Infinity : QUOTE_LINES;
  const quoteCell = (q: Quote): Cell => {
    const text = singleLine(q.text);
    return { text: `“${text}”`, style: chalk.green, wrap: (room) => quoteLines(text, room, maxLines) };
  };
  return {
    section(lines: string[], title: string, quotes: Quote[]): void {
      lines.push('', `${chalk.bold(title)} ${chalk.dim(`(${quotes.length})`)}`);
      if (beside) {
        lines.push(...renderTable(quotes.map((q) => [...quoteHead(q, people, chalk), quoteCell(q)]), table));
        return;
      }
      for (const q of quotes) {
        lines.push(...renderTable([quoteHead(q, people, chalk)], table));
        const room = width - STACKED_INDENT.length;
        for (const line of quoteLines(singleLine(q.text), room, maxLines)) lines.push(STACKED_INDENT + chalk.green(line));
      }
    },
  };
}

/**
 * A quote in “marks”, wrapped at words in lines of `room` columns with a hanging indent (the
 * lines after the first start under its first letter), in at most `maxLines` lines.
 */
function quoteLines(text: string, room: number, maxLines: number): string[] {
  const lines = wrapLines(text, room - 2, maxLines);
  if (lines.length === 0) return ['“”'];
  return lines.map((line, i) => `${i === 0 ? '“' : ' '}${line}${i === lines.length - 1 ? '”' : ''}`);
}

function section(
  lines: string[],
  chalk: ChalkInstance,
  title: string,
  rows: Cell[][],
  table: TableOptions,
): void {
  lines.push('', `${chalk.bold(title)} ${chalk.dim(`(${rows.length})`)}`);
  lines.push(...renderTable(rows, table));
}

/** "a", "a or b", "a, b or c". */
function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What count cells need to line up: digits per column, and the colours. */
interface Counts {
  chalk: ChalkInstance;
  mentionDigits: number;
  quoteDigits: number;
}

function digits(values: readonly number[]): number {
  return String(Math.max(0, ...values)).length;
}

function countCell(count: number, singular: string, width: number, chalk: ChalkInstance): Cell {
  // Pad the number, not the phrase, so digits line up: " 3 mentions" above "12 mentions".
  const [number, unit] = [String(count).padStart(width), plural(count, singular).split(' ')[1]];
  const style = (s: string): string => s.slice(0, width + 1) + chalk.dim(s.slice(width + 1));
  return { text: `${number} ${unit}`, style };
}

function personRow(person: Person, { chalk, mentionDigits, quoteDigits }: Counts): Cell[] {
  return [
    { text: singleLine(person.name) },
    countCell(person.mentions.length, 'mention', mentionDigits, chalk),
    person.quoteCount > 0
      ? countCell(person.quoteCount, 'quote', quoteDigits, chalk)
      : { text: '' },
    { text: person.titles.map(singleLine).join(', '), style: chalk.dim },
  ];
}

function placeRow(place: Place, { chalk, mentionDigits }: Counts): Cell[] {
  const details: string[] = [];
  if (place.kind !== 'place') details.push(place.kind);
  if (place.country && place.kind !== 'country') details.push(countryName(place.country));
  return [
    { text: singleLine(place.name) },
    countCell(place.mentions.length, 'mention', mentionDigits, chalk),
    { text: details.join(' · '), style: chalk.dim },
  ];
}


function organizationRow(organization: Organization, { chalk, mentionDigits }: Counts): Cell[] {
  return [
    { text: singleLine(organization.name) },
    countCell(organization.mentions.length, 'mention', mentionDigits, chalk),
  ];
}

/** Speaker and cue of a quote: the cells before the quote itself. */
function quoteHead(quote: Quote, people: ReadonlySet<string>, chalk: ChalkInstance): Cell[] {
  const speaker: Cell = quote.speaker
    ? {
        // Cut to the column when long ("a spokeswoman for the ..."); JSON keeps it whole.
        text: singleLine(quote.speaker.name),
        // A described speaker ("a spokeswoman") is not one of the People: dim it.
        style: people.has(quote.speaker.name) ? undefined : chalk.dim,
      }
    : { text: 'unattributed', style: chalk.dim.italic };
  return [speaker, { text: quote.cue ? singleLine(quote.cue) : '', style: chalk.dim }];
}
