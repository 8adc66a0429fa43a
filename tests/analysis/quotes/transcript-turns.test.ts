import { describe, expect, it } from 'vitest';
import { transcriptTurns } from '../../../src/analysis/quotes/transcript-turns.js';
import { docOf, entitiesOf, type Named } from './helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'when', 'where', 'what', 'update'] });

/** The turns of a passage: speaker, words. */
function turns(text: string, named: readonly Named[] = []) {
  const doc = docOf(text);
  return transcriptTurns(doc, entitiesOf(doc, named), gazetteer).map((q) => ({ kind: q.kind, name: q.speaker?.name ?? null, entity: q.speaker?.entity, text: q.text, span: text.slice(q.fragments[0]!.start, q.fragments[0]!.end) }));
}

const INTERVIEW = [
  'Governor Lena Ford spoke to host Tom Vickers on Sunday.',
  'VICKERS: Do you think the bill will pass?',
  'FORD: I think it will. We have the votes.',
  'VICKERS: And if it does not?',
  'FORD: Then we try again in May.',
].join('\n');

describe('transcriptTurns', () => {
  it('reads each labelled line of a transcript as a turn of the person its label names', () => {
    const found = turns(INTERVIEW, [{ name: 'Lena Ford' }, { name: 'Tom Vickers' }]);
    expect(found.map((t) => [t.kind, t.name, t.text])).toEqual([
      ['transcript', 'Tom Vickers', 'Do you think the bill will pass?'],
      ['transcript', 'Lena Ford', 'I think it will. We have the votes.'],
      ['transcript', 'Tom Vickers', 'And if it does not?'],
      ['transcript', 'Lena Ford', 'Then we try again in May.'],
    ]);
    // The turn is the words after the label, to the end of the line.
    expect(found[0]?.span).toBe('Do you think the bill will pass?');
  });

  it('keeps a label no person of the article bears as written, if it is shaped as a name, and reads a title in it', () => {
    const text = 'SEN. GARROW: The plan fails.\nHALVORSEN: It does not.\nSEN. GARROW: It fails every test.';
    expect(turns(text).map((t) => t.name)).toEqual(['SEN. GARROW', 'HALVORSEN', 'SEN. GARROW']);
  });

  it('finds no transcript in a notice’s headings, a lone update, lines of one speaker, or labelled quotations', () => {
    expect(turns('WHEN: Friday at noon.\nWHERE: The town hall.\nWHAT: A vote on the budget.')).toEqual([]);
    expect(turns('UPDATE: The vote was delayed.\nThe council met on Friday.')).toEqual([]);
    expect(turns('FORD: One.\nFORD: Two.\nFORD: Three.', [{ name: 'Lena Ford' }])).toEqual([]);
    // Written in quotation marks, the lines are quotations the quotation stage reads.
    expect(turns('FORD: “One.”\nVICKERS: “Two.”\nFORD: “Three.”', [{ name: 'Lena Ford' }, { name: 'Tom Vickers' }])).toEqual([]);
  });
});
