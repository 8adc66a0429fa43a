import { describe, expect, it } from 'vitest';
import { placeQuotes } from '../../../src/analysis/quotes/place-quotes.js';
import { pairQuoteMarks } from '../../../src/analysis/quotes/pair-marks.js';
import { bareAttributionBefore, colonIntro, innerClauses, leftClause, rightClause, signatureAfter } from '../../../src/analysis/quotes/quote-clauses.js';
import type { ReportingClause } from '../../../src/analysis/quotes/reporting-clause.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import { docOf } from './helpers.js';

/** The placed quotations of a text, with a reader for a clause's speaker. */
function setup(text: string) {
  const doc = docOf(text);
  const quotes = placeQuotes(doc, pairQuoteMarks(text, doc.paragraphs));
  const speaker = (c: ReportingClause | null | undefined) => (c?.speaker ? spanText(doc, c.speaker) : null);
  return { doc, quotes, speaker };
}

function spanText(doc: NlpDocument, r: { start: number; end: number }): string {
  return doc.text.slice(doc.tokens[r.start]?.start, doc.tokens[r.end - 1]?.end);
}

describe('rightClause', () => {
  it('reads the clause after “…,” as the same sentence', () => {
    const { quotes, speaker, doc } = setup('“We won,” an angry Ortega retaliated.');
    const right = rightClause(doc, quotes[0]!);
    expect(speaker(right?.clause)).toBe('an angry Ortega');
    expect(right?.sameSentence).toBe(true);
  });

  it('takes the next sentence after “….” only when it is a bare attribution', () => {
    const bare = setup('“We won.” Ortega said on Tuesday.');
    expect(rightClause(bare.doc, bare.quotes[0]!)?.sameSentence).toBe(false);
    const more = setup('“We won.” Ortega added that the count was over.');
    expect(rightClause(more.doc, more.quotes[0]!)).toBeNull();
    const intro = setup('“We won.” Reyes said: “Not yet.”');
    expect(rightClause(intro.doc, intro.quotes[0]!)).toBeNull();
  });
});

describe('leftClause', () => {
  it('finds a participle’s subject before an earlier quotation of the sentence', () => {
    const { doc, quotes, speaker } = setup('Reyes took it as praise -- “That shows I am careful” -- and later, insisting, “I pay my bills.”');
    expect(speaker(leftClause(doc, quotes[1]!))).toBe('Reyes');
  });

  it('takes the subject of a sentence ending in a colon without a reporting verb', () => {
    const { doc, quotes, speaker } = setup('Ortega kept it short: “No.”');
    expect(speaker(leftClause(doc, quotes[0]!))).toBe('Ortega');
  });
});

describe('clauses beyond the sentence', () => {
  it('reads a clause between the fragments of one paragraph', () => {
    const text = '“We won,” Ortega said. “Finally.”';
    const doc = docOf(text);
    const joined = { fragments: [{ start: 0, end: text.indexOf(' Ortega') }, { start: text.indexOf('“Finally'), end: text.length }] };
    const [q] = placeQuotes(doc, [joined]);
    expect(innerClauses(doc, q!).map((c) => spanText(doc, c.speaker!))).toEqual(['Ortega']);
  });

  it('reads a colon introduction at the end of the previous paragraph', () => {
    const { doc, quotes, speaker } = setup('Then Reyes went on:\n\n“We are not done.”');
    expect(speaker(colonIntro(doc, quotes[0]!))).toBe('Reyes');
  });

  it('reads a bare attribution sentence before the quotation, not a statement', () => {
    const bare = setup('Ortega said in a statement. “We are done.”');
    expect(bare.speaker(bareAttributionBefore(bare.doc, bare.quotes[0]!))).toBe('Ortega');
    const statement = setup('He didn’t suggest retaliation. “Our goal is calm.”');
    expect(bareAttributionBefore(statement.doc, statement.quotes[0]!)).toBeNull();
  });

  it('reads a signature in the next paragraph', () => {
    const { doc, quotes, speaker } = setup('“The tide is turning for the ferry.”\n\n- Walter Pruitt, author.');
    expect(speaker(signatureAfter(doc, quotes[0]!))).toBe('Walter Pruitt');
  });
});
