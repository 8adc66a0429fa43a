/**
 * Small text-layout helpers for the text formatter: display width, truncation, aligned columns.
 * Widths are measured on the plain text and colour is applied after padding, so escape codes
 * never disturb alignment.
 */

/** Colours a string (a chalk style, or identity when colour is off). */
export type Style = (text: string) => string;

/** One cell of a {@link renderTable} row. */
export interface Cell {
  text: string;
  style?: Style;
  align?: 'left' | 'right';
  /**
   * How the cell breaks into lines when it is the last of its row in a table of a given
   * `width` (default: {@link wrapWords}); each line is styled on its own.
   */
  wrap?: (width: number) => string[];
}

/** Made on first use: making a segmenter loads ICU's break data (some 30 ms of a one-article run). */
let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of `text`. */
function graphemes(text: string): Iterable<{ segment: string }> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter.segment(text);
}
/**
 * Characters that each take one column and never join with a neighbour: printable ASCII, Latin
 * letters with their accents precomposed, and the punctuation of news copy (curly quotes,
 * dashes, ellipsis, currency signs); no combining marks, zero-width or bidi controls. Text made
 * only of these needs no grapheme segmentation.
 */
const SINGLE_COLUMN = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;

/** Display width in terminal columns, counting user-perceived characters (é = 1, not 2). */
export function displayWidth(text: string): number {
  // Most of a summary is such text; segmenting it would load ICU's break data for nothing
  // (some 20 ms of a one-article run).
  if (SINGLE_COLUMN.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes(text)) width += isWide(segment) ? 2 : 1;
  return width;
}

// East Asian wide characters and emoji shown as pictures take two columns in terminals
// (not Extended_Pictographic: that includes © and ™, which are narrow).
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Emoji_Presentation}/u;
function isWide(segment: string): boolean {
  return WIDE.test(segment);
}

/**
 * Makes document text safe and single-line for a terminal: control characters (including
 * escape sequences an article could smuggle in) and runs of whitespace become one space.
 */
export function singleLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/**
 * Shortens `text` to at most `max` columns, cutting at a word boundary when one is near and
 * ending with "…". Text that fits is returned unchanged.
 */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let cut = '';
  let width = 0;
  let next = '';
  for (const { segment } of graphemes(text)) {
    const w = isWide(segment) ? 2 : 1;
    if (width + w > max - 1) {
      next = segment;
      break;
    }
    cut += segment;
    width += w;
  }
  const space = cut.lastIndexOf(' ');
  // Prefer a word boundary (unless the cut already ends a word) when that does not throw away
  // more than a fifth of the room.
  if (next.trim() !== '' && space > 0 && space >= cut.length * 0.8) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/**
 * Breaks `text` into lines of at most `width` columns at spaces; a word longer than a line is
 * cut at grapheme boundaries. Runs of spaces become one; '' gives no line.
 */
export function wrapWords(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    let rest = word;
    let restWidth = displayWidth(rest);
    if (line !== '' && lineWidth + 1 + restWidth <= room) {
      line += ` ${rest}`;
      lineWidth += 1 + restWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    // A word wider than a whole line is cut into pieces that fill lines, after a hyphen when
    // there is one ("Secretary-" / "General").
    while (restWidth > room) {
      const [head, tail] = splitAtWidth(rest, room, true);
      lines.push(head);
      rest = tail;
      restWidth = displayWidth(rest);
    }
    line = rest;
    lineWidth = restWidth;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The longest head of `text` that fits in `width` columns (at least one grapheme), and the rest;
 * with `atHyphen`, the head ends after its last hyphen when it has one.
 */
function splitAtWidth(text: string, width: number, atHyphen = false): [string, string] {
  let head = '';
  let w = 0;
  for (const { segment } of graphemes(text)) {
    const sw = isWide(segment) ? 2 : 1;
    if (head !== '' && w + sw > width) break;
    head += segment;
    w += sw;
  }
  const hyphen = atHyphen ? head.lastIndexOf('-') : -1;
  if (hyphen > 0) head = head.slice(0, hyphen + 1);
  return [head, text.slice(head.length)];
}

/**
 * Wraps `text` in at most `maxLines` lines of `width` columns; when it needs more, the last line
 * is cut at a word and ends with "…".
 */
export function wrapLines(text: string, width: number, maxLines = Infinity): string[] {
  const lines = wrapWords(text, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last line kept ends in "…": drop its last words until that fits (a single word that
  // fills the line is cut instead).
  let last = kept[maxLines - 1]!;
  while (displayWidth(last) + 1 > width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = displayWidth(last) + 1 > width ? truncate(last, width) : `${last.replace(/[\s,;:.\-–—]+$/u, '')}…`;
  return kept;
}

/** "1 mention", "3 mentions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Options for {@link renderTable}. */
export interface TableOptions {
  /** Indentation before the first column. */
  indent?: string;
  /** Space between columns. */
  gap?: string;
  /** Minimum width per column (to line up several tables). */
  minWidths?: readonly number[];
  /**
   * Maximum width per column; a longer cell is cut with "…" (the last cell of a row only when
   * the table has a `width`, in which case it wraps instead), so columns stay in line.
   */
  maxWidths?: readonly (number | undefined)[];
  /**
   * Columns the table must fit in: the last cell of each row wraps onto lines of their own,
   * indented to its column (see {@link Cell.wrap}). Without it, the last cell runs on.
   */
  width?: number;
}

/** The narrowest room a wrapped last cell is given, even when the columns before it leave less. */
export const MIN_WRAP_WIDTH = 10;

/**
 * Lays rows out in aligned columns. Trailing empty cells are dropped and the last cell is not
 * padded, so no line ends in spaces. A row may take several lines when the table has a width.
 */
export function renderTable(rows: readonly (readonly Cell[])[], options: TableOptions = {}): string[] {
  const { indent = '  ', gap = '  ', minWidths = [], maxWidths = [], width } = options;
  const widths = columnWidths(rows, minWidths, maxWidths);
  return rows.flatMap((row) => {
    let last = row.length - 1;
    while (last >= 0 && row[last]!.text === '') last -= 1;
    const parts: string[] = [];
    let start = displayWidth(indent);
    let more: string[] = [];
    for (let i = 0; i <= last; i += 1) {
      // A column empty in every row takes no room at all (not even its gap).
      if (widths[i] === 0) continue;
      const cell = row[i]!;
      const style = cell.style ?? ((text: string) => text);
      if (i === last && width !== undefined) {
        const room = Math.max(MIN_WRAP_WIDTH, width - start);
        const lines = (cell.wrap ?? ((w: number) => wrapWords(cell.text, w)))(room);
        const first = lines[0] ?? '';
        const fill = cell.align === 'right' ? ' '.repeat(Math.max(0, widths[i]! - displayWidth(first))) : '';
        parts.push(fill + style(first));
        more = lines.slice(1).map((line) => ' '.repeat(start) + style(line));
        break;
      }
      const text = i === last || displayWidth(cell.text) <= widths[i]! ? cell.text : truncate(cell.text, widths[i]!);
      const fill = ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
      if (cell.align === 'right') parts.push(fill + style(text));
      else parts.push(i === last ? style(text) : style(text) + fill);
      start += widths[i]! + displayWidth(gap);
    }
    return [indent + parts.join(gap), ...more];
  });
}

/**
 * Column widths for {@link renderTable}: the widest cell up to the column's maximum, and at
 * least its minimum.
 */
export function columnWidths(
  rows: readonly (readonly Cell[])[],
  minWidths: readonly number[] = [],
  maxWidths: readonly (number | undefined)[] = [],
): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      const cap = maxWidths[i] ?? Infinity;
      const w = Math.min(displayWidth(cell.text), cap);
      widths[i] = Math.max(widths[i] ?? 0, w, minWidths[i] ?? 0);
    });
  }
  return widths;
}
