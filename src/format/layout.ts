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
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Display width in terminal columns, counting user-perceived characters (é = 1, not 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += isWide(segment) ? 2 : 1;
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
  for (const { segment } of graphemes.segment(text)) {
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
  /** Maximum width per column; longer cells overflow instead of widening the whole column. */
  maxWidths?: readonly (number | undefined)[];
}

/**
 * Lays rows out in aligned columns. Trailing empty cells are dropped and the last cell is not
 * padded, so no line ends in spaces.
 */
export function renderTable(rows: readonly (readonly Cell[])[], options: TableOptions = {}): string[] {
  const { indent = '  ', gap = '  ', minWidths = [], maxWidths = [] } = options;
  const widths = columnWidths(rows, minWidths, maxWidths);
  return rows.map((row) => {
    let last = row.length - 1;
    while (last >= 0 && row[last]!.text === '') last -= 1;
    const parts: string[] = [];
    for (let i = 0; i <= last; i += 1) {
      // A column empty in every row takes no room at all (not even its gap).
      if (widths[i] === 0) continue;
      const cell = row[i]!;
      const fill = ' '.repeat(Math.max(0, widths[i]! - displayWidth(cell.text)));
      const styled = cell.style ? cell.style(cell.text) : cell.text;
      if (cell.align === 'right') parts.push(fill + styled);
      else parts.push(i === last ? styled : styled + fill);
    }
    return indent + parts.join(gap);
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
