/**
 * The human-readable summary of one report: a header, then People, Places, Organizations and
 * Quotations in aligned columns, secondary details dimmed. Pure: report in, string out; the
 * caller decides colour by passing a chalk instance (level 0 gives plain text).
 */
import type { ChalkInstance } from 'chalk';
import type { Organization, Person, Place, Quote, Report } from '../report.js';
import { formatQuoteExplanations } from './explain-quotes.js';
import { type Cell, columnWidths, plural, renderTable, singleLine, truncate } from './layout.js';
import { formatEntityExplanations } from './explain-entities.js';

/** Options for {@link formatText}. */
export interface TextFormatOptions {
  /** Colours to use; `new Chalk({ level: 0 })` for none. */
  chalk: ChalkInstance;
  /** Longest quotation shown, in columns, before it is cut with "…". Default 100. */
  maxQuoteWidth?: number;
}

/** Default for {@link TextFormatOptions.maxQuoteWidth}. */
export const DEFAULT_MAX_QUOTE_WIDTH = 100;

// Names longer than this overflow their cell rather than pushing every other column right.
const MAX_NAME_WIDTH = 30;
const MAX_CUE_WIDTH = 18;

/**
 * Renders one report as text ending in a newline. Entities keep the report's order (the
 * analysis decides what comes first).
 */
export function formatText(report: Report, options: TextFormatOptions): string {
  const { chalk } = options;
  const maxQuoteWidth = options.maxQuoteWidth ?? DEFAULT_MAX_QUOTE_WIDTH;
  const lines: string[] = [];

  lines.push(chalk.bold.underline(singleLine(report.source) || '(unnamed)'));
  const { sentences, words, paragraphs } = report.stats;
  lines.push(
    chalk.dim(
      [plural(sentences, 'sentence'), plural(words, 'word'), plural(paragraphs, 'paragraph')].join(
        ' · ',
      ),
    ),
  );

  // One name column and one count column for all three entity sections, so they line up.
  const entities = [...report.people, ...report.places, ...report.organizations];
  const counts: Counts = {
    chalk,
    mentionDigits: digits(entities.map((e) => e.mentions.length)),
    quoteDigits: digits(report.people.map((p) => p.quoteCount)),
  };
  const entityRows = {
    people: report.people.map((p) => personRow(p, counts)),
    places: report.places.map((p) => placeRow(p, counts)),
    organizations: report.organizations.map((o) => organizationRow(o, counts)),
  };
  const shared = columnWidths(
    [...entityRows.people, ...entityRows.places, ...entityRows.organizations].map((r) => r.slice(0, 2)),
    [],
    [MAX_NAME_WIDTH],
  );

  // Empty sections are not printed; one closing line says what was not found.
  const missing: string[] = [];
  const add = (title: string, rows: Cell[][], table: TableLayout): void => {
    if (rows.length === 0) missing.push(title.toLowerCase());
    else section(lines, chalk, title, rows, table);
  };
  add('People', entityRows.people, { minWidths: shared });
  add('Places', entityRows.places, { minWidths: shared });
  add('Organizations', entityRows.organizations, { minWidths: shared });

  const direct = report.quotes.filter((q) => q.kind === 'direct');
  const partial = report.quotes.filter((q) => q.kind === 'partial');
  const people = new Set(report.people.map((p) => p.name));
  const quoteRows = (quotes: Quote[]): Cell[][] =>
    quotes.map((q) => quoteRow(q, people, chalk, maxQuoteWidth));
  // Both quote tables share widths too, so speakers line up across them.
  const quoteWidths = columnWidths(
    [...quoteRows(direct), ...quoteRows(partial)].map((r) => r.slice(0, 2)),
    [],
    [MAX_NAME_WIDTH, MAX_CUE_WIDTH],
  );
  const quoteTable = { minWidths: quoteWidths, maxWidths: [MAX_NAME_WIDTH, MAX_CUE_WIDTH] };
  if (direct.length > 0) section(lines, chalk, 'Quotations', quoteRows(direct), quoteTable);
  else missing.push(partial.length > 0 ? 'direct quotations' : 'quotations');
  if (partial.length > 0) section(lines, chalk, 'Partial quotations', quoteRows(partial), quoteTable);

  if (missing.length > 0) lines.push('', chalk.dim(`No ${joinWords(missing)} found.`));
  lines.push(...formatQuoteExplanations(report, chalk));
  const why = report.explain?.entities ? formatEntityExplanations(report.explain.entities, chalk) : '';
  return `${lines.join('
')}
${why ? `
${why}` : ''}`;
}

/** Column limits for one section's table. */
interface TableLayout {
  minWidths?: readonly number[];
  maxWidths?: readonly (number | undefined)[];
}

function section(
  lines: string[],
  chalk: ChalkInstance,
  title: string,
  rows: Cell[][],
  table: TableLayout,
): void {
  lines.push('', `${chalk.bold(title)} ${chalk.dim(`(${rows.length})`)}`);
  lines.push(...renderTable(rows, { maxWidths: [MAX_NAME_WIDTH], ...table }));
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

// Country codes → English names ("DE" → "Germany"); Node ships the full ICU data.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

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

function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}

function organizationRow(organization: Organization, { chalk, mentionDigits }: Counts): Cell[] {
  return [
    { text: singleLine(organization.name) },
    countCell(organization.mentions.length, 'mention', mentionDigits, chalk),
  ];
}

function quoteRow(
  quote: Quote,
  people: ReadonlySet<string>,
  chalk: ChalkInstance,
  maxQuoteWidth: number,
): Cell[] {
  const speaker: Cell = quote.speaker
    ? {
        // Truncated: a long description ("a spokeswoman for the ...") would push the quotes
        // out of line. JSON keeps it whole.
        text: truncate(singleLine(quote.speaker.name), MAX_NAME_WIDTH),
        // A described speaker ("a spokeswoman") is not one of the People: dim it.
        style: people.has(quote.speaker.name) ? undefined : chalk.dim,
      }
    : { text: 'unattributed', style: chalk.dim.italic };
  return [
    speaker,
    { text: quote.cue ? singleLine(quote.cue) : '', style: chalk.dim },
    { text: `“${truncate(singleLine(quote.text), maxQuoteWidth)}”`, style: chalk.green },
  ];
}
