/**
 * Stage helper: finds the double quotation marks in a text and tells, from the characters
 * around each one, whether it can open or close a quotation. Single marks (‘ ’ ' ‹ ›) are left
 * out on purpose: news text uses them for apostrophes and for quotes nested inside double
 * marks, never for a top-level quotation, so treating them as marks only invites errors
 * (it’s, O’Brien, ’90s, students’).
 */

/**
 * Families of double marks. A quotation opened with one family is closed by the same family;
 * a mark of another family inside it is a nested quote (or sloppy typing, see pair-marks).
 * - `curly`: “ ” (and the low-high „ “ pair, whose closing “ is told by position)
 * - `straight`: "
 * - `twin`: two apostrophes '' standing for a double mark (some archive copies)
 * - `guillemet`: « »
 */
export type MarkFamily = 'curly' | 'straight' | 'twin' | 'guillemet';

/** One double quotation mark in the text. */
export interface QuoteMark {
  /** Offset of the mark's first character. */
  start: number;
  /** One past its last character (two characters for a twin mark ''). */
  end: number;
  family: MarkFamily;
  /** The mark may open a quotation here. */
  canOpen: boolean;
  /** The mark may close a quotation here. */
  canClose: boolean;
}

const SPACE = /\s/u;
/** Characters after which an opening mark may stand (besides space and text start). */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', ',', ';', '‘', "'", '“', '"', '„', '«', '\u00a0']);
/** Characters before which a closing mark may stand (besides space and text end). */
const CLOSING_CONTEXT = new Set([')', ']', '}', '.', ',', ';', ':', '!', '?', '—', '–', '-', '/', '’', "'", '”', '"', '»', '…']);

/** The characters that may be (part of) a double mark. */
const MARK_SEARCH = /[“”„«»"']/gu;

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'";
}

/**
 * Left-flanking: followed by text, preceded by space, start or opening punctuation — the shape
 * of an opening mark. Right-flanking is the mirror image. Both tests look at one character
 * each side, so the scan stays linear.
 */
function flanking(text: string, start: number, end: number): { left: boolean; right: boolean } {
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  const spaceBefore = before === undefined || SPACE.test(before);
  const spaceAfter = after === undefined || SPACE.test(after);
  const left = !spaceAfter && (spaceBefore || OPENING_CONTEXT.has(before));
  const right = !spaceBefore && (spaceAfter || CLOSING_CONTEXT.has(after));
  return { left, right };
}

/**
 * Direction of a symmetric mark (" or ''): opening when only left-flanking, closing when only
 * right-flanking, either when both or neither (then the pairing decides by state).
 */
function symmetric(text: string, start: number, end: number): { canOpen: boolean; canClose: boolean } {
  const { left, right } = flanking(text, start, end);
  if (left && !right) return { canOpen: true, canClose: false };
  if (right && !left) return { canOpen: false, canClose: true };
  return { canOpen: true, canClose: true };
}

/**
 * Direction of a directional mark (“ ” « »): as drawn, unless the flanking clearly says the
 * opposite (a ” typed where “ was meant, as some sites do).
 */
function directional(text: string, start: number, end: number, opening: boolean): { canOpen: boolean; canClose: boolean } {
  const { left, right } = flanking(text, start, end);
  if (opening && right && !left) return { canOpen: false, canClose: true };
  if (!opening && left && !right) return { canOpen: true, canClose: false };
  return { canOpen: opening, canClose: !opening };
}

/**
 * Scans `text` once, left to right, and returns its double quotation marks in order.
 * A run of three apostrophes is a twin mark plus a single one: the twin sits on the outside
 * (''' opening: twin first; closing: twin last), as a nested single quote sits inside.
 */
export function scanQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let i = 0;
  while (i < text.length) {
    // Most characters are no mark: jump to the next one that may be, with a native search.
    MARK_SEARCH.lastIndex = i;
    const found = MARK_SEARCH.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i];
    if (ch === '“' || ch === '”' || ch === '„') {
      // „ always opens; its partner is a “ or ”, which pairing accepts from the same family.
      const dir = ch === '„' ? { canOpen: true, canClose: false } : directional(text, i, i + 1, ch === '“');
      // “ after text and before space is how „…“ closes: directional() already allows that.
      marks.push({ start: i, end: i + 1, family: 'curly', ...dir });
      i++;
    } else if (ch === '«' || ch === '»') {
      marks.push({ start: i, end: i + 1, family: 'guillemet', ...directional(text, i, i + 1, ch === '«') });
      i++;
    } else if (ch === '"') {
      marks.push({ start: i, end: i + 1, family: 'straight', ...symmetric(text, i, i + 1) });
      i++;
    } else if (isApostrophe(ch) && isApostrophe(text[i + 1])) {
      let run = 2;
      while (isApostrophe(text[i + run])) run++;
      // Use the flanking of the whole run to decide where the twin sits inside it.
      const whole = symmetric(text, i, i + run);
      const twinStart = run === 2 || (whole.canOpen && !whole.canClose) ? i : i + run - 2;
      marks.push({ start: twinStart, end: twinStart + 2, family: 'twin', ...whole });
      i += run;
    } else {
      i++;
    }
  }
  return marks;
}
