/** Letter-case helpers for names: ALL-CAPS detection, title-casing, headline lines. */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { memoKey, memoOf } from '../../nlp/document-memo.js';
import { codeAt, startsCapitalised } from '../../support/code-unit.js';
import { DASHES } from '../lexicon/clause-words.js';
import { creditLineAt } from './credit-lines.js';

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The number of letters in the word, counted up to `max`: a word has `min` letters when this
 * is `min` or more, for any `min` up to `max`. This runs on every token: ASCII characters are
 * told by their code, and only others go through a Unicode regex.
 */
function lettersUpTo(word: string, max: number): number {
  const length = word.length;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const unit = codeAt(word, i);
    const code = unit | 0x20;
    if (code >= 0x61 && code <= 0x7a) n++;
    else if (unit >= 0x80) return Math.min(countLetters(word), max);
    if (n >= max) return max;
  }
  return n;
}

/**
 * True when the word at `index` follows "The" written with its capital in mid-sentence, after a
 * word in lower case ("told The Guardian", "in The Economist magazine"): the article is part of
 * a name, as in the titles of publications, bands and works. Not at a sentence's start, nor in
 * a Title Case headline, where the word before is capitalised too.
 */
export function capitalisedTheBefore(tokens: readonly Token[], index: number): boolean {
  const article = tokens[index - 1];
  const before = tokens[index - 2];
  return article?.text === 'The' && before !== undefined && article.sameLine && before.sentence === article.sentence && /^\p{Ll}/u.test(before.text);
}

/** True when the word holds a letter; ASCII characters are told by their code. */
export function hasLetter(word: string): boolean {
  return lettersUpTo(word, 1) === 1;
}

/** Number of letters in a word, for words beyond ASCII. */
function countLetters(word: string): number {
  let n = 0;
  for (const ch of word) if (LETTER.test(ch)) n++;
  return n;
}

/** True when the word has at least one letter and no lower-case letter ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  // No regex and no new strings for ASCII words: this runs on every token.
  let upper = false;
  const length = word.length;
  for (let i = 0; i < length; i++) {
    const code = codeAt(word, i);
    if (code >= 0x80) return UPPER.test(word) && !LOWER.test(word);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  return upper;
}

/** Two capitals, with or without full stops: "HR", "UN", "U.N.", "P.S.". */
const TWO_CAPITALS = /^\p{Lu}\.?\p{Lu}\.?$/u;

/** True when the word is two capitals, with or without full stops ("HR", "U.N."). */
export function isTwoCapitals(word: string): boolean {
  return TWO_CAPITALS.test(word);
}

/** The shape of an organization's acronym: two to six capitals and nothing else ("NATO", "FIFA"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** True when the word has the shape of an acronym ("FBI", "BAFTA"; not "U.S." or "IE6"). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** "LONDON" → "London", "NEW-YORK" → "New-York", "O.J." stays: for looking up words written in capitals. */
export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Token indices that stand in lines of some kind, as {@link findCaseLines} finds them. */
export interface TokenMarks extends Iterable<number> {
  /** True when token `index` is marked. */
  has(index: number): boolean;
  /** How many tokens are marked. */
  readonly size: number;
}

/**
 * Token indices kept as one flag per token. The name stages ask of nearly every token whether it
 * stands in such a line: a flag is read where a Set of numbers hashes each index.
 */
class TokenFlags implements TokenMarks {
  private readonly flags: Uint8Array;
  size = 0;

  constructor(length: number) {
    this.flags = new Uint8Array(length);
  }

  add(index: number): void {
    if (this.flags[index] === 1) return;
    this.flags[index] = 1;
    this.size++;
  }

  has(index: number): boolean {
    return this.flags[index] === 1;
  }

  /** The marked indices, in order. */
  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.flags.length; i++) if (this.flags[i] === 1) yield i;
  }
}

/** Short words headlines leave in lower case ("Bridge for Ferries Is Costly but Overdue"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'of', 'on', 'in', 'at', 'to', 'by', 'up', 'as', 'off', 'per', 'via', 'vs', 'vs.', 'v.']);

/**
 * True when every word of the line is capitalised except short words headlines leave in lower
 * case: "He sat on the Harbour Trust." fails on "sat".
 */
function everyWordCapitalised(doc: NlpDocument, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i];
    // A clitic wink splits off ("’s" of "It’s") has no case of its own.
    if (t && t.type === 'word' && /^\p{L}/u.test(t.text) && !startsCapitalised(t.text) && !TITLE_SMALL_WORDS.has(t.normal)) return false;
  }
  return true;
}

/** The tokens of a document's headline-like lines, of two kinds. */
export interface CaseLines {
  /**
   * Tokens of ALL-CAPS lines (headlines, datelines, sports tables): lines whose words of two or
   * more letters are mostly written in capitals. There, case tells nothing.
   */
  caps: TokenMarks;
  /**
   * Tokens of Title Case lines ("Harbor Voters Reject Transit Plan for Linda Garrow"): lines
   * whose words of four or more letters are mostly capitalised. There a capital does not make a
   * common word a name. A line that ends in a full stop counts only when every word is
   * capitalised but the small ones headlines leave in lower case ("Garrow Plan for Schools Is
   * Bold but Costly."): otherwise it is a sentence dense with names ("He sat on the Council on
   * Foreign Relations and the Trilateral Commission."), not a headline. So is a line of several
   * sentences that is longer than a headline or holds more commas (a transcript's opening
   * paragraph of parties and counsel), whatever its last mark.
   */
  titleCase: TokenMarks;
}

/** Letters a word needs to count in a line in capitals, and words such a line needs; share of them in capitals. */
const CAPS_LETTERS = 2;
const CAPS_WORDS = 3;
const CAPS_SHARE = 0.7;
/** The same for lines in title case, of which capitalised. */
const TITLE_LETTERS = 4;
const TITLE_WORDS = 5;
const TITLE_SHARE = 0.8;

/** Words in capitals a line must open with, before a dash or a colon, to have a head in capitals. */
const CAPS_HEAD_WORDS = 5;
/** What ends a line's head in capitals: "HIGHER TURNOUT IN IOWA - Ann Garrow: …", "BREAKING: …". */
const HEAD_SEPARATORS: ReadonlySet<string> = new Set([...DASHES, ':']);

/**
 * Where the head in capitals of a line [start, end) ends ({@link CAPS_HEAD_WORDS} words at least
 * in capitals, then a dash, a colon or a capitalised word, then text in lower case: a
 * newsletter's item heading or a headline run into its text), or `start` when the line has none.
 */
function capsHeadEnd(doc: NlpDocument, start: number, end: number): number {
  const { tokens } = doc;
  let words = 0;
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    // A dash written between two words joins them ("WELL-KNOWN"); a colon ends the head anyway.
    const separates = HEAD_SEPARATORS.has(t.text) && (t.text === ':' || (tokens[k - 1] as Token).end !== t.start);
    if (separates) return words >= CAPS_HEAD_WORDS && k > start ? k : start;
    if (t.type !== 'word' || !hasLetter(t.text)) continue;
    // "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee …": a head run
    // straight into a sentence ends where the sentence's capitalised first word begins.
    if (!isAllCaps(t.text)) return words >= CAPS_HEAD_WORDS && startsCapitalised(t.text) && k > start ? k : start;
    if (lettersUpTo(t.text, CAPS_LETTERS) >= CAPS_LETTERS) words++;
  }
  return start;
}

/** Most commas and words of a headline: a longer line, or one with more commas, is a list of names. */
const HEADLINE_COMMAS = 1;
const HEADLINE_WORDS = 16;

/** True when a line is short and holds at most one comma, as headlines do. */
function headlineShaped(doc: NlpDocument, start: number, end: number): boolean {
  let commas = 0;
  let words = 0;
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i] as Token;
    if (t.text === ',') commas++;
    else if (t.type === 'word') words++;
  }
  return commas <= HEADLINE_COMMAS && words <= HEADLINE_WORDS;
}

/** A score or a count of goals standing alone. */
export const SMALL_NUMBER = /^\d{1,3}$/;

/**
 * True when two small numbers in the line each follow a capitalised word: a result ("Manchester
 * United 0 Nottingham Forest 0"), whose capitals are the sides' names, not a headline's.
 */
function scoresAfterNames(doc: NlpDocument, start: number, end: number): boolean {
  let scores = 0;
  for (let i = start + 1; i < end; i++) {
    const t = doc.tokens[i] as Token;
    const before = doc.tokens[i - 1] as Token;
    const after = doc.tokens[i + 1];
    // Not a date's day ("February 6, 2016"), nor digits glued to a word ("Lavender 5pts").
    const alone = before.end < t.start && (after === undefined || after.start > t.end || !/^[\p{L}\p{N}]/u.test(after.text));
    if (SMALL_NUMBER.test(t.text) && alone && t.temporal === undefined && before.temporal === undefined && startsCapitalised(before.text) && ++scores >= 2) return true;
  }
  return false;
}

/**
 * True when a line whose longer words are mostly capitalised reads as a headline: one sentence
 * with no full stop; else only with the shape of a headline, and, ending in a full stop, every
 * word but the small ones capitalised. Not a result line, nor a credit line in brackets or
 * opening with "Reporting by" (its capitals are journalists' names).
 */
function readsAsHeadline(doc: NlpDocument, start: number, end: number): boolean {
  if (scoresAfterNames(doc, start, end) || creditLineAt(doc.tokens, start, end)) return false;
  const last = doc.tokens[end - 1] as Token;
  const stop = last.text === '.';
  if (!stop && (doc.tokens[start] as Token).sentence === last.sentence) return true;
  if (!headlineShaped(doc, start, end)) return false;
  return !stop || everyWordCapitalised(doc, start, end);
}

/**
 * The lines in capitals and the lines in title case, found in one pass over the tokens: each
 * line's words are counted as they are read, for both kinds at once, and the line is judged at
 * its end. A word counts when it has enough letters (see the constants above); a line in title
 * case must also read as a headline ({@link readsAsHeadline}).
 */
export function findCaseLines(doc: NlpDocument): CaseLines {
  const { tokens } = doc;
  const caps = new TokenFlags(tokens.length);
  const titleCase = new TokenFlags(tokens.length);
  let lineStart = 0;
  let capsWords = 0;
  let capsUpper = 0;
  let titleWords = 0;
  let titleUpper = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'word') {
      const letters = lettersUpTo(t.text, TITLE_LETTERS);
      if (letters >= CAPS_LETTERS) {
        capsWords++;
        if (isAllCaps(t.text)) capsUpper++;
      }
      if (letters >= TITLE_LETTERS) {
        titleWords++;
        if (startsCapitalised(t.text)) titleUpper++;
      }
    }
    const next = tokens[i + 1];
    if (next !== undefined && next.sameLine) continue;
    const end = i + 1;
    if (capsWords >= CAPS_WORDS && capsUpper / capsWords >= CAPS_SHARE) for (let k = lineStart; k < end; k++) caps.add(k);
    else if (capsUpper >= CAPS_HEAD_WORDS) {
      const headEnd = capsHeadEnd(doc, lineStart, end);
      for (let k = lineStart; k < headEnd; k++) caps.add(k);
    }
    if (titleWords >= TITLE_WORDS && titleUpper / titleWords >= TITLE_SHARE && readsAsHeadline(doc, lineStart, end)) {
      for (let k = lineStart; k < end; k++) titleCase.add(k);
    }
    lineStart = end;
    capsWords = 0;
    capsUpper = 0;
    titleWords = 0;
    titleUpper = 0;
  }
  return { caps, titleCase };
}

const CASE_LINES = memoKey('lines in capitals and in title case', findCaseLines);

/** The document's lines in capitals and in title case ({@link findCaseLines}), found once per document. */
export function caseLinesOf(doc: NlpDocument): CaseLines {
  return memoOf(doc, CASE_LINES);
}
