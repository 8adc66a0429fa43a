/**
 * The one loop behind every "longest place name starting here" search: in a title ("U.S." in
 * "U.S. President"), after an honorific ("Saint Lucia"), inside an organization's name
 * ("University of California") and across countries written side by side.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';

/** A run found by {@link longestRunAt}: one past its last token, and what the test returned. */
export interface Run<T> {
  end: number;
  value: T;
}

/**
 * The longest run of tokens from `from` (at least `minTokens`, at most `maxTokens`, ending by
 * `limit`) whose written text passes `test`, tried longest first; undefined when none does.
 * Bounding the run keeps a long stretch of capitals linear.
 */
export function longestRunAt<T>(
  doc: NlpDocument,
  from: number,
  limit: number,
  maxTokens: number,
  test: (written: string, end: number) => T | undefined,
  minTokens = 1,
): Run<T> | undefined {
  const { tokens, text } = doc;
  const start = (tokens[from] as Token).start;
  for (let end = Math.min(limit, from + maxTokens); end >= from + minTokens; end--) {
    const value = test(text.slice(start, (tokens[end - 1] as Token).end), end);
    if (value !== undefined) return { end, value };
  }
  return undefined;
}
