/**
 * The `text` of a quotation of several fragments: the parts joined as one passage a reader can
 * quote, not glued by a space ("The direction is clear, The pace is not.").
 */
import type { Span } from '../../nlp/document.js';

/** One fragment: its span with the marks, and the quoted words without them. */
export interface JoinableFragment extends Span {
  inner: Span;
}

// A part that already ends its sentence (closing marks of a nested quote may follow).
const ENDS_SENTENCE = /[.?!…][’'”"»›)\]]*$/u;
const ENDS_CLAUSE = /[;:][’'”"»›)\]]*$/u;
// The attribution between two parts ends a sentence ("she said. “…") rather than running on
// ("he said, “…").
const BREAKS_SENTENCE = /[.;:?!]$/u;

/**
 * Joins the quoted words of `fragments` (in text order) the way the article's own sentence
 * reads once the attribution is taken out:
 *
 * - parts separated only by white space (a quotation running through paragraphs): a space;
 * - a part ending in a comma before an attribution that ends its sentence, followed by a new
 *   sentence (“We will,” she said. “Soon.”): the comma becomes a full stop (`We will. Soon.`);
 * - a part ending in a comma before an attribution that runs on (“If so,” he said, “we go.”), or
 *   a part ending its sentence or clause: kept as written (`If so, we go.`);
 * - a part cut off with no punctuation or a dash (“We are going” — he paused — “to win.”):
 *   ` … `, marking words left out.
 */
export function joinFragments(text: string, fragments: readonly JoinableFragment[]): string {
  let joined = '';
  fragments.forEach((fragment, i) => {
    const part = text.slice(fragment.inner.start, fragment.inner.end).trim();
    if (i === 0 || joined === '') {
      joined = part;
      return;
    }
    if (part === '') return;
    const between = text.slice(fragments[i - 1]!.end, fragment.start).trim();
    joined = between === '' ? `${joined} ${part}` : joinAcross(joined, between, part);
  });
  return joined;
}

/** Joins two parts that an attribution (`between`) separated in the text. */
function joinAcross(before: string, between: string, after: string): string {
  if (ENDS_SENTENCE.test(before) || ENDS_CLAUSE.test(before)) return `${before} ${after}`;
  if (before.endsWith(',')) {
    const newSentence = BREAKS_SENTENCE.test(between) && !/^\p{Ll}/u.test(after);
    return newSentence ? `${before.slice(0, -1)}. ${after}` : `${before} ${after}`;
  }
  return `${before} … ${after}`;
}
