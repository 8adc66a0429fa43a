import type { NlpDocument, Paragraph, Sentence, Token } from './document.js';
import { startsSentenceInLine } from './sentence-starts.js';
import { DocumentMemos } from './document-memo.js';
import { findTemporal } from './temporal.js';
import { readIsolated, type WinkEngine } from './wink.js';
import { codeAt, isBlank } from '../support/code-unit.js';

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const NON_LATIN1 = /[^\u0000-\u00ff]/;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const SENTENCE_END = /[.!?:;”"’»]$/;

/**
 * Finds where `value` starts at or after `from`: only spaces lie between a token and the one
 * before it, but wink drops some zero-width characters (a stray U+FEFF mid-text), so the token
 * is searched for rather than assumed to follow its spaces exactly.
 */
function locate(text: string, value: string, from: number): number {
  // Usually the token stands right after the spaces that follow the previous one.
  let at = from;
  while (at < text.length && text.charCodeAt(at) === 32) at++;
  if (standsAt(text, value, at)) return at;
  const found = text.indexOf(value, from);
  return found < 0 ? from : found;
}

/** `text.startsWith(value, at)`, by character codes: faster for the short strings tokens are. */
function standsAt(text: string, value: string, at: number): boolean {
  const length = value.length;
  if (at + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== codeAt(value, k)) return false;
  return true;
}

/** True when a line break stands in `text` between `from` and `to`. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Longest run of non-space characters wink is given; real words and most URLs are shorter. */
export const MAX_RUN = 256;

/**
 * True when more than {@link MAX_RUN} characters lie between two plain spaces somewhere: the
 * usual text is settled by jumping from space to space (a native search) instead of reading
 * every character; a long gap may still hold line breaks, which {@link breakLongRuns} checks.
 */
function hasLongGap(text: string): boolean {
  let from = 0;
  while (from < text.length) {
    const space = text.indexOf(' ', from);
    const end = space < 0 ? text.length : space;
    if (end - from > MAX_RUN) return true;
    from = end + 1;
  }
  return false;
}

/**
 * The text with every run of more than {@link MAX_RUN} non-space characters broken by a space
 * every {@link MAX_RUN} characters. Same length as the text; returned unchanged when no run is
 * that long (the usual case, without copying).
 */
export function breakLongRuns(text: string): string {
  if (!hasLongGap(text)) return text;
  let run = 0;
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2028 || code === 0x2029;
    if (space) {
      run = 0;
      continue;
    }
    // Never split a surrogate pair: a break lands on the next whole character.
    if (++run > MAX_RUN && !(code >= 0xdc00 && code <= 0xdfff)) {
      (parts ??= []).push(text.slice(from, i), ' ');
      from = i + 1;
      run = 0;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Splits the text into paragraphs at line breaks, keeping non-blank lines only. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r\n|\r|\n|\u2029/g;
  let start = 0;
  const push = (end: number): void => {
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) paragraphs.push({ index: paragraphs.length, start: start + lead, end: start + lead + trimmed.length });
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return paragraphs;
}

/**
 * Runs wink over `text` and returns tokens with exact character offsets, sentences and
 * paragraphs. Offsets are found by looking each token's value up in the text, in order.
 */
export function tokenize(wink: WinkEngine, text: string): NlpDocument {
  const its = wink.its;
  // wink's tokenizer is quadratic in the length of a run without spaces; it reads a copy in which
  // such runs are broken by spaces (same length, so offsets still hold), while token values are
  // located in the original text.
  // Everything is copied out of wink inside `readIsolated`, which then rolls wink's lexicon back:
  // the next document is tokenised and tagged as if this one had never been read.
  const { values, tags, types, normals, lemmas } = readIsolated(wink, () => {
    const doc = wink.readDoc(breakLongRuns(text));
    return {
      values: doc.tokens().out(its.value) as string[],
      tags: doc.tokens().out(its.pos) as string[],
      types: doc.tokens().out(its.type) as string[],
      normals: doc.tokens().out(its.normal) as string[],
      // wink's typings declare `its.lemma` with a narrower signature than `out` accepts.
      lemmas: doc.tokens().out(its.lemma as unknown as typeof its.normal) as string[],
    };
  });

  // wink emits line breaks and tabs as tokens of their own; stages want words and punctuation
  // only, so those are dropped here and the kept tokens are renumbered.
  const tokens: Token[] = [];
  let cursor = 0;
  let lastEnd = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const length = value.length;
    const start = locate(text, value, cursor);
    cursor = start + length;
    if (isBlank(value)) continue;
    // wink's tokenizer does not know letters such as Ł or ź and cuts "Łódź" into three tokens;
    // letter pieces written together are glued back into one word.
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === start && LETTERS_ONLY.test(value) && LETTERS_ONLY.test(previous.text) && (NON_LATIN1.test(value) || NON_LATIN1.test(previous.text))) {
      previous.text += value;
      previous.end = start + length;
      previous.normal = previous.text.toLowerCase();
      previous.lemma = previous.normal;
      previous.type = 'word';
      if (CAPITAL_FIRST.test(previous.text)) previous.pos = 'PROPN';
      lastEnd = previous.end;
      continue;
    }
    const normal = normals[i] ?? value.toLowerCase();
    tokens.push({
      index: tokens.length,
      text: value,
      normal,
      pos: tags[i] ?? 'X',
      type: types[i] ?? 'word',
      lemma: lemmas[i] || value.toLowerCase(),
      sentence: 0,
      start,
      end: start + length,
      sameLine: tokens.length > 0 && !hasLineBreak(text, lastEnd, start),
      temporal: undefined,
    });
    lastEnd = start + length;
  }

  // Sentence starts: every line break that is not a hard wrap inside a sentence (news copy puts
  // one paragraph on a line; a headline has no full stop), and the ends of sentences inside a
  // line (sentence-starts.ts).
  const starts: number[] = tokens.length ? [0] : [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const hardWrap = !t.sameLine && LOWER_FIRST.test(t.text) && !SENTENCE_END.test((tokens[k - 1] as Token).text);
    if (t.sameLine ? startsSentenceInLine(tokens, k) : !hardWrap) starts.push(k);
  }
  const sentences: Sentence[] = [];
  for (let k = 0; k < starts.length; k++) {
    const first = starts[k] as number;
    const endToken = starts[k + 1] ?? tokens.length;
    const index = sentences.length;
    for (let t = first; t < endToken; t++) (tokens[t] as Token).sentence = index;
    sentences.push({ index, firstToken: first, endToken, start: (tokens[first] as Token).start, end: (tokens[endToken - 1] as Token).end });
  }

  const temporal = findTemporal(tokens);
  for (let t = 0; t < tokens.length; t++) {
    const kind = temporal[t];
    if (kind) (tokens[t] as Token).temporal = kind;
  }

  return { text, tokens, sentences, paragraphs: findParagraphs(text), memos: new DocumentMemos() };
}
