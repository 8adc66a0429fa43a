/**
 * Token arithmetic around a quotation: which tokens a span covers, where the reporter's
 * sentence around the quotation begins and ends. Sentence ends are told from punctuation
 * tokens rather than wink's sentences, which often run on past a closing mark (“No.” According
 * to…) or stop inside one; abbreviations ("Sen.", "U.S.") are single tokens, so a lone period
 * token is a reliable end.
 */
import type { NlpDocument, Paragraph, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, EntityMention } from '../types.js';
import { splitTitle } from '../../nlp/sentence-starts.js';
import { hasWordChar, memoised } from './token-cache.js';
import { codeAt } from '../../support/code-unit.js';

/** A half-open range of token indices `[start, end)`. */
export interface TokenRange {
  start: number;
  end: number;
}

/**
 * The first index in `[0, length)` for which `before(i)` is false, `length` when none; `before`
 * must hold for a prefix of the indices only (a sorted array searched by binary search).
 */
function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none). */
export function tokenIndexAt(doc: NlpDocument, offset: number): number {
  // partitionPoint written out: this runs several times per quotation, and the closure costs.
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The paragraph holding `offset`, or the last paragraph starting before it. */
export function paragraphAt(doc: NlpDocument, offset: number): Paragraph | undefined {
  const paragraphs = doc.paragraphs;
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as Paragraph).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return paragraphs[lo - 1];
}

const TERMINAL = new Set(['.', '?', '!', '…', '...', '?!', '!?']);
const CLOSERS = new Set(['”', '"', "'", '’', '»', ')']);

/** True when the token ends a sentence: a terminal stop, or a closing mark right after one. */
export function endsSentence(doc: NlpDocument, index: number): boolean {
  // Most tokens are words, told at once by their first character; for the marks, every walk
  // to a sentence boundary asks again, so the answer is kept.
  const token = doc.tokens[index];
  if (!token) return false;
  if (!mayEndSentence(codeAt(token.text, 0))) return token.text.length > 1 && token.text.endsWith('.') && abbreviationEndsBeforeQuote(doc, index);
  return memoised(doc, 'sentenceEnd', index, sentenceEndAt);
}

/**
 * "said in Naples, Fla. “We will…”": an abbreviation's stop ends the sentence too
 * when the tokenizer starts a new one after it (before a quotation opening on a capital, see
 * sentence-starts.ts); wink keeps the stop inside the abbreviation's token.
 */
function abbreviationEndsBeforeQuote(doc: NlpDocument, index: number): boolean {
  const next = doc.tokens[index + 1];
  return next !== undefined && next.sentence !== (doc.tokens[index] as Token).sentence && next.type === 'punctuation' && next.start > (doc.tokens[index] as Token).end;
}

/** True for the first character of a {@link TERMINAL} or {@link CLOSERS} mark. */
function mayEndSentence(code: number): boolean {
  switch (code) {
    case 0x2e: // .
    case 0x3f: // ?
    case 0x21: // !
    case 0x2026: // …
    case 0x201d: // ”
    case 0x22: // "
    case 0x27: // '
    case 0x2019: // ’
    case 0xbb: // »
    case 0x29: // )
      return true;
    default:
      return false;
  }
}

function sentenceEndAt(doc: NlpDocument, index: number): boolean {
  const token = doc.tokens[index];
  if (!token) return false;
  return stopsHere(doc, index, token) && !continues(token, doc.tokens[index + 1]);
}

function stopsHere(doc: NlpDocument, index: number, token: Token): boolean {
  if (TERMINAL.has(token.text)) return !(token.text === '.' && splitTitle(doc.tokens, index));
  // Walk back over adjacent closing marks (.'' is three tokens: '.', "'", "'").
  let current = token;
  for (let i = index - 1; CLOSERS.has(current.text) && i >= 0 && index - i <= 3; i--) {
    const before = doc.tokens[i] as Token;
    if (before.end !== current.start) return false;
    if (TERMINAL.has(before.text)) return true;
    current = before;
  }
  return false;
}

/**
 * A stop followed by a lower-case word, by ")" "," ";" or by a letter with no space between
 * belongs to an abbreviation wink split
 * off ("(D-Wis.)", "a.m. on") rather than ending the sentence.
 */
function continues(stop: Token, next: Token | undefined): boolean {
  if (!next || next.pos === 'SPACE') return false;
  // “We won.” — the sentence ends after the closing mark, not before it.
  if (next.start === stop.end && CLOSERS.has(next.text)) return true;
  // "N.Y.", "U.S.": a letter right after the stop, with no space, is inside an abbreviation.
  if (next.start === stop.end && /^[\p{L}\p{N}]/u.test(next.text)) return true;
  return /^[),;]/u.test(next.text) || /^\p{Ll}/u.test(next.text);
}

/** True when the token is a word or number (not punctuation or a symbol). */
export function isWordy(token: Token | undefined): boolean {
  return token !== undefined && hasWordChar(token.text);
}

/**
 * The reporter's words before a quotation in the same sentence: tokens from the last sentence
 * end (or `floor`, e.g. the end of the previous quotation or the paragraph start) up to
 * `quoteToken`, the quotation's first token.
 */
export function leftContext(doc: NlpDocument, quoteToken: number, floor: number): TokenRange {
  let start = quoteToken;
  while (start > floor && !endsSentence(doc, start - 1)) start--;
  return { start, end: quoteToken };
}

/**
 * The reporter's words after a quotation in the same sentence: from `afterToken`, the first
 * token after the closing mark, through the sentence's final stop, but not past `ceiling`
 * (the next quotation or the paragraph end).
 */
export function rightContext(doc: NlpDocument, afterToken: number, ceiling: number): TokenRange {
  let end = afterToken;
  while (end < ceiling) {
    end++;
    if (endsSentence(doc, end - 1)) break;
  }
  return { start: afterToken, end };
}

/** First and one-past-last token of a paragraph. */
export function paragraphTokens(doc: NlpDocument, paragraph: Paragraph): TokenRange {
  return { start: tokenIndexAt(doc, paragraph.start), end: tokenIndexAt(doc, paragraph.end) };
}

/** How quoted words end, which tells whether the reporter's sentence goes on after them. */
export type QuoteEnding = 'stop' | 'exclaim' | 'open' | 'bare';

/** Closing marks, brackets and spaces that follow the last punctuation of quoted words. */
const TRAILING = new Set([' ', '\t', '\n', '\r', '\u00a0', "'", '’', '”', '"', '»', ')', ']']);

/**
 * The ending of quoted words (with or without their marks): `stop` for "." or "…" (the
 * sentence ends with them), `exclaim` for "?" or "!" (it may go on: “Why?” she asked),
 * `open` for "," ";" ":" or a dash (it goes on: “Yes,” she said), `bare` for a word
 * (a quoted phrase inside the reporter's sentence, as a rule).
 */
export function quoteEnding(quoted: string): QuoteEnding {
  let i = quoted.length - 1;
  while (i >= 0 && TRAILING.has(quoted[i] as string)) i--;
  const last = i >= 0 ? (quoted[i] as string) : '';
  if (last === '.' || last === '…') return 'stop';
  if (last === '?' || last === '!') return 'exclaim';
  if (/[,;:—–-]/u.test(last)) return 'open';
  return 'bare';
}

/** Index of the last entity mention that ends at or before `offset` (binary search), or -1. */
export function lastMentionBefore(entities: AnalysedEntities, offset: number): number {
  return partitionPoint(entities.mentions.length, (i) => (entities.mentions[i] as EntityMention).end <= offset) - 1;
}

/** True for each token that the reporter writes (not inside a quotation). */
export function narratorMask(doc: NlpDocument, quoted: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length).fill(1);
  const spans = [...quoted].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    while (s < spans.length && (spans[s] as Span).end <= t.start) s++;
    const span = spans[s];
    if (span && span.start <= t.start && t.end <= span.end) mask[i] = 0;
  }
  return mask;
}
