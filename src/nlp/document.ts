import type { DocumentMemos } from './document-memo.js';
import type { TemporalKind } from './temporal.js';

/**
 * The tokenised document every analysis stage reads. It is built once per text by
 * {@link tokenize} and never mutated afterwards, so stages can share it freely; the one thing
 * that grows is {@link NlpDocument.memos}, the per-document context where stages keep what they
 * computed from this document.
 */

/** A half-open character range `[start, end)` in UTF-16 code units of the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** One token with its exact place in the text. */
export interface Token extends Span {
  /** Position of the token in {@link NlpDocument.tokens}. */
  index: number;
  /** The token as it stands in the text (`text.slice(start, end)`). */
  text: string;
  /** Lower-cased form, as wink normalises it. */
  normal: string;
  /** Universal part-of-speech tag from wink (`PROPN`, `NOUN`, `VERB`, `PUNCT`, ...). */
  pos: string;
  /** wink's token type: `word`, `punctuation`, `number`, `email`, `url`, ... */
  type: string;
  /** wink's lemma, lower-cased. */
  lemma: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** The kind of date, time or duration expression covering this token, if any. */
  temporal?: TemporalKind;
  /** True when only spaces/tabs (no line break) separate this token from the previous one. */
  sameLine: boolean;
}

/** A sentence as a token range and the character range it covers. */
export interface Sentence extends Span {
  index: number;
  /** Index of the first token. */
  firstToken: number;
  /** Index one past the last token. */
  endToken: number;
}

/** A paragraph: a stretch of text between blank lines or single line breaks. */
export interface Paragraph extends Span {
  index: number;
}

/** The tokenised text handed to every stage. */
export interface NlpDocument {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  /** Per-document memos of the stages (document-memo.ts): this document's state, nobody else's. */
  memos: DocumentMemos;
}

/** True when token `b` follows token `a` with no space between them. */
export function joinedWithoutSpace(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** True when the token opens its sentence (after any opening quotes or brackets). */
export function opensSentence(doc: NlpDocument, t: Token): boolean {
  const sentence = doc.sentences[t.sentence];
  if (!sentence) return true;
  for (let i = sentence.firstToken; i < t.index; i++) {
    if ((doc.tokens[i] as Token).type !== 'punctuation') return false;
  }
  return true;
}

/**
 * True when the token opens a quotation that starts in mid-sentence: right after an opening
 * quotation mark written after a space ('he said, “When …', "said, 'Man, if …'"), where a
 * capital says nothing of a name.
 */
export function opensQuotation(doc: NlpDocument, t: Token): boolean {
  const mark = doc.tokens[t.index - 1];
  if (mark === undefined || mark.end !== t.start || !OPENING_QUOTES.has(mark.text)) return false;
  return mark.start === 0 || /\s/u.test(doc.text[mark.start - 1] as string);
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '«', '„', '‘', "'"]);

/** The possessive mark wink writes as a token of its own ("'s" in "Ford's", straight or curly). */
export const POSSESSIVE_MARK = /^['’]s$/u;

/** Closed-class parts of speech (pronouns, determiners, auxiliaries, conjunctions, particles, adpositions, punctuation, symbols, numbers): words of these never start or continue a name, even capitalised ("The", "I"). */
export const CLOSED_CLASS_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'ADP', 'PUNCT', 'SYM', 'NUM']);
