import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokenize.js';
import { getWink } from '../../src/nlp/wink.js';

/** The sentences of a one-line text, as their texts. */
const sentences = (text: string): string[] => {
  const doc = tokenize(getWink(), text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence starts inside a line', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital', () => {
    expect(sentences('The vote passed. Critics were furious! Was it fair? Nobody knows.')).toEqual([
      'The vote passed.',
      'Critics were furious!',
      'Was it fair?',
      'Nobody knows.',
    ]);
  });

  it('keeps a title wink split from its stop with the name after it, not with a new sentence', () => {
    expect(sentences('Sens. Ann Grove and Tom Vickers objected. Rev. Lee agreed.')).toEqual(['Sens. Ann Grove and Tom Vickers objected.', 'Rev. Lee agreed.']);
    // A town of the same name ends its sentence before a pronoun.
    expect(sentences('They visited Sens. It was cold.')).toEqual(['They visited Sens.', 'It was cold.']);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('“We will win.” Smith said so.')).toEqual(['“We will win.”', 'Smith said so.']);
    expect(sentences('He left (for good.) Then she came.')).toEqual(['He left (for good.)', 'Then she came.']);
    // Two apostrophes for a quotation mark, as some archives write them.
    expect(sentences("''We will win.'' Smith said so.")).toEqual(["''We will win.''", 'Smith said so.']);
  });

  it('tells a straight quote that closes from one that opens', () => {
    expect(sentences('It ended. "We lost," she said.')).toEqual(['It ended.', '"We lost," she said.']);
    expect(sentences('"We lost." She left.')).toEqual(['"We lost."', 'She left.']);
  });

  it('does not end a sentence before lower case or punctuation', () => {
    expect(sentences('“Go away!” he shouted.')).toHaveLength(1);
    expect(sentences('Visit podiobooks.com today.')).toHaveLength(1);
    expect(sentences('He waited... and waited.')).toHaveLength(1);
  });

  it('ends a sentence after an abbreviation only before a pronoun, article or conjunction', () => {
    expect(sentences('Mr. Smith met Sen. Jones in the U.S. Senate.')).toHaveLength(1);
    // A title wink splits from its stop.
    expect(sentences('“I was shocked,” said Rev. Kyev Tatum, the pastor.')).toHaveLength(1);
    expect(sentences('He moved to the U.S. They followed him.')).toEqual(['He moved to the U.S.', 'They followed him.']);
  });

  it('ends a sentence after a place’s abbreviation before a quotation opening on a capital', () => {
    expect(sentences('“I will run,” said Ann Lee of Tampa, Fla. “And I will win.”')).toEqual(['“I will run,” said Ann Lee of Tampa, Fla.', '“And I will win.”']);
    expect(sentences("''I will run,'' said Ann Lee of Tampa, Fla. ''And I will win.''")).toHaveLength(2);
    // Also after a party tag or a state written with several stops.
    expect(sentences('“We back him,” said Sen. Ann Lee, R-S.C. “I get that.”')).toHaveLength(2);
    // A title or an initial before a quoted nickname does not.
    expect(sentences('Voters like Sen. “Bobby” Lee and Robert C. “Rob” Marsh.')).toHaveLength(1);
  });

  it('goes on past a full stop before a word in lower case, in ASCII and beyond', () => {
    expect(sentences('It cost 5 p.m. tickets. Then ćevapi. éclairs too.')).toEqual(['It cost 5 p.m. tickets.', 'Then ćevapi. éclairs too.']);
  });
});
