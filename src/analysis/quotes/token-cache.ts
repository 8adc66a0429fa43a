/**
 * Per-document memos and cheap character tests for the quote stages. Every quotation reads
 * the same few dozen tokens around it several times over (left and right clause, colon intro,
 * frame of a partial quote), asking the same questions: is this a reporting verb, does the
 * sentence end here. The document is never mutated after tokenising, so each answer is
 * computed once per token and kept with the document (its memos).
 */
import type { NlpDocument } from '../../nlp/document.js';
import { memoKey, memoOf } from '../../nlp/document-memo.js';
import { codeAt } from '../../support/code-unit.js';

/** Questions the quote stages memoise per token. */
export type TokenQuestion = 'cue' | 'sentenceEnd';

/** Answers per token: 0 not yet asked, 1 true, 2 false. */
type Answers = Record<TokenQuestion, Int8Array>;

/** The answers of one document: one allocation for both (typed arrays are costly to create). */
const ANSWERS = memoKey<Answers>('token answers', (doc) => {
  const n = doc.tokens.length;
  const all = new Int8Array(2 * n);
  return { cue: all.subarray(0, n), sentenceEnd: all.subarray(n) };
});

/**
 * The answer of `compute` for token `index` of `doc`, computed once per document. Indices
 * outside the tokens are not memoised (the callers answer false for them anyway).
 */
export function memoised(doc: NlpDocument, question: TokenQuestion, index: number, compute: (doc: NlpDocument, index: number) => boolean): boolean {
  if (index < 0 || index >= doc.tokens.length) return compute(doc, index);
  const answers = memoOf(doc, ANSWERS)[question];
  const known = answers[index] as number;
  if (known !== 0) return known === 1;
  const answer = compute(doc, index);
  answers[index] = answer ? 1 : 2;
  return answer;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Same as `/[\p{L}\p{N}]/u.test(text)`; only text beyond ASCII goes through the regex. */
export function hasWordChar(text: string): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = codeAt(text, i);
    if (code >= 0x80) return WORD_CHAR.test(text);
    const lower = code | 0x20;
    if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) return true;
  }
  return false;
}
