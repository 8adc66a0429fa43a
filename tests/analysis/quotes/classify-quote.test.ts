import { describe, expect, it } from 'vitest';
import { classifyQuote } from '../../../src/analysis/quotes/classify-quote.js';
import { pairQuoteMarks } from '../../../src/analysis/quotes/pair-marks.js';
import { placeQuotes } from '../../../src/analysis/quotes/place-quotes.js';
import { clauseAfter, clauseBefore } from '../../../src/analysis/quotes/reporting-clause.js';
import { docOf } from './helpers.js';

/** Classifies the first quotation of `text`, alone. */
function kindOf(text: string, continuation = false) {
  const doc = docOf(text);
  const [q] = placeQuotes(doc, pairQuoteMarks(text, doc.paragraphs));
  if (!q) throw new Error('no quotation');
  const inner = (f: (typeof q.fragments)[number]) => text.slice(f.inner.start, f.inner.end);
  return classifyQuote(
    doc,
    {
      left: q.left,
      right: q.right,
      firstInner: inner(q.fragments[0]!),
      lastInner: inner(q.fragments[q.fragments.length - 1]!),
      leftClause: clauseBefore(doc, q.left.start, q.left.end),
      rightClause: clauseAfter(doc, q.right.start, q.right.end),
    },
    continuation,
  );
}

describe('classifyQuote', () => {
  it('takes speech a reporting clause and comma lead into as direct, whatever the reporter adds after it', () => {
    expect(kindOf('The mayor promised, “We will rebuild the pier this year,” pointing to the storm damage.')).toBe('direct');
    expect(kindOf('Lena Ford wrote to her followers, “It is time to end this,” and shared a link.')).toBe('direct');
    expect(kindOf('Ortega fired back: “If they close the school, we will sue,” pointing to the ruling.')).toBe('direct');
    // A title the reporter names is no speech, nor one that qualifies a noun.
    expect(kindOf('“Harbor Nights” star Lena Ford turned the tables on Monday.')).toBe('partial');
    expect(kindOf('He wrote a book, “A Harbor in Winter,” about the storm.')).toBe('partial');
  });

  it('tells short speech, whose first word alone is capitalised, from a title', () => {
    expect(kindOf('Pruitt leaned out of the window and shouted, “Never do it,” as the truck rolled away.')).toBe('direct');
    expect(kindOf('She helped a writer publish a book, “Big Men of Oak,” that named the donors.')).toBe('partial');
  });

  it('takes a title-cased quotation set after a noun for a work as the work’s title', () => {
    expect(kindOf('Garrow wrote about the strike in a memoir, “A Boy From Harbor Street.”')).toBe('partial');
    expect(kindOf('The union said it would march under its slogan, “Keep the Mill Open.”')).toBe('partial');
    // Speech after such a noun is still speech.
    expect(kindOf('Garrow said of his memoir, “It took me ten years to write.”')).toBe('direct');
  });

  it('takes a quotation standing alone or with only its attribution as direct', () => {
    expect(kindOf('“We have the votes.”')).toBe('direct');
    expect(kindOf('“We have the votes,” Ortega said.')).toBe('direct');
    expect(kindOf('Asked about the count, Ortega said, “We have the votes.”')).toBe('direct');
    expect(kindOf('The statement read: “We have the votes.”')).toBe('direct');
  });

  it('takes words the reporter’s sentence runs through as partial', () => {
    expect(kindOf('Ortega said the count showed “a clear win” for her side.')).toBe('partial');
    expect(kindOf('Ortega tweeted that, “We have the votes.”')).toBe('partial');
    expect(kindOf('“We have the votes,” like the polls said, Ortega claimed.')).toBe('partial');
  });

  it('takes a lower-case start after a clause as partial, unless it continues an interrupted quotation', () => {
    expect(kindOf('Ortega said, “we have the votes.”')).toBe('partial');
    expect(kindOf('Ortega said, “we have the votes.”', true)).toBe('direct');
  });

  it('takes a whole sentence in lower case right after the verb as direct: its subject first, its full stop inside the marks', () => {
    expect(kindOf('Ortega says “we worked hard to keep the pier open.”')).toBe('direct');
    expect(kindOf('The ad says “nothing will change until the vote.”')).toBe('direct');
    // A phrase, a sentence the marks do not close, or "that" before it: the reporter's sentence.
    expect(kindOf('Ortega says “a clear win.”')).toBe('partial');
    expect(kindOf('Ortega says “we worked hard” on it.')).toBe('partial');
    expect(kindOf('Ortega says that “we worked hard.”')).toBe('partial');
  });

  it('takes speech reported through a second source as partial', () => {
    expect(kindOf('“We have the votes,” Ortega said, according to CNN.')).toBe('partial');
  });
});
