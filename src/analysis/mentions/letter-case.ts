/** Letter-case helpers for names: ALL-CAPS detection, title-casing, headline lines. */
import type { NlpDocument } from '../../nlp/document.js';

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Number of letters in a word (no array allocated: this runs on every token). */
function countLetters(word: string): number {
  let n = 0;
  for (const ch of word) if (LETTER.test(ch)) n++;
  return n;
}

/** True when the word has at least one letter and no lower-case letter ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  // Two regex tests and no new strings: this runs on every token.
  return UPPER.test(word) && !LOWER.test(word);
}

/** "LONDON" → "London", "NEW-YORK" → "New-York": for looking up words written in capitals. */
export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Token indices that stand in ALL-CAPS lines (headlines, datelines, sports tables): lines whose
 * words of two or more letters are mostly written in capitals. There, case tells nothing.
 */
export function findCapsLines(doc: NlpDocument): Set<number> {
  return linesWhere(doc, 2, 3, 0.7, isAllCaps);
}

/**
 * Token indices that stand in Title Case lines ("Wealthy Voters Abandon Republican Party for
 * Hillary Clinton"): lines whose words of four or more letters are mostly capitalised. There a
 * capital does not make a common word a name.
 */
export function findTitleCaseLines(doc: NlpDocument): Set<number> {
  return linesWhere(doc, 4, 5, 0.8, (word) => /^\p{Lu}/u.test(word));
}

/** Tokens of lines with at least `minWords` words of `minLetters` letters, `share` of which pass `test`. */
function linesWhere(doc: NlpDocument, minLetters: number, minWords: number, share: number, test: (word: string) => boolean): Set<number> {
  const caps = new Set<number>();
  let lineStart = 0;
  const flush = (end: number): void => {
    let words = 0;
    let upper = 0;
    for (let i = lineStart; i < end; i++) {
      const t = doc.tokens[i];
      if (!t || t.type !== 'word' || t.text.length < minLetters || countLetters(t.text) < minLetters) continue;
      words++;
      if (test(t.text)) upper++;
    }
    if (words >= minWords && upper / words >= share) for (let i = lineStart; i < end; i++) caps.add(i);
  };
  for (let i = 1; i <= doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t || !t.sameLine) {
      flush(i);
      lineStart = i;
    }
  }
  return caps;
}
