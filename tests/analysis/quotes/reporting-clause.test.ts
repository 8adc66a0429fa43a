import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseBefore } from '../../../src/analysis/quotes/reporting-clause.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import type { TokenRange } from '../../../src/analysis/quotes/quote-context.js';
import { docOf } from './helpers.js';

const words = (doc: NlpDocument, r: TokenRange | null | undefined) =>
  r ? doc.text.slice(doc.tokens[r.start]?.start, doc.tokens[r.end - 1]?.end) : null;

/** Parses the words after the first closing mark ” of the text. */
function after(text: string) {
  const doc = docOf(text);
  const close = doc.tokens.findIndex((t) => t.text === '”');
  const clause = clauseAfter(doc, close + 1, doc.tokens.length);
  return clause && { speaker: words(doc, clause.speaker), cue: text.slice(clause.cue.start, clause.cue.end), inverted: clause.inverted };
}

/** Parses the words before the first opening mark “ of the text. */
function before(text: string) {
  const doc = docOf(text);
  const open = doc.tokens.findIndex((t) => t.text === '“');
  const clause = clauseBefore(doc, 0, open);
  return clause && { speaker: words(doc, clause.speaker), cue: text.slice(clause.cue.start, clause.cue.end), participle: clause.participle };
}

describe('clauseAfter', () => {
  it('reads subject-verb and verb-subject order', () => {
    expect(after('“No,” Smith said.')).toEqual({ speaker: 'Smith', cue: 'said', inverted: false });
    expect(after('“No,” said Sen. Maria Ortega.')).toEqual({ speaker: 'Sen. Maria Ortega', cue: 'said', inverted: true });
  });

  it('steps over appositives, adverbs and attached phrases to the verb', () => {
    expect(after('“No,” Dale Vickers, the treasurer of Westbury, one of the towns objecting, said.')?.speaker).toBe('Dale Vickers');
    expect(after('“No,” Rep. Lena Garrow (D-Wis.) said Friday.')?.speaker).toBe('Rep. Lena Garrow (D-Wis.)');
    expect(after('“No,” the mayor later told reporters.')).toEqual({ speaker: 'the mayor', cue: 'told reporters', inverted: false });
    expect(after('“No,” a narrator in the campaign ad asks.')?.speaker).toBe('a narrator');
  });

  it('reads a capitalised word wink tags a verb or an auxiliary as the name before the cue', () => {
    expect(after('“It is a great deal,” Read said.')).toEqual({ speaker: 'Read', cue: 'said', inverted: false });
    expect(after('“This should end it,” Will said.')).toEqual({ speaker: 'Will', cue: 'said', inverted: false });
    expect(after('“The pier comes first,” From said.')).toEqual({ speaker: 'From', cue: 'said', inverted: false });
  });

  it('takes a name set after the subject with a comma never closed into the subject', () => {
    expect(after('“She is a mother of three,” another teacher, Marisol Quintero told the Gazette.')?.speaker).toBe('another teacher, Marisol Quintero');
  });

  it('takes a verb wink tags as a noun right after a name', () => {
    expect(after('“It is over,” Bozell answers.')?.cue).toBe('answers');
  });

  it('reads particle verbs and "according to"', () => {
    expect(after('“No,” Smith shot back.')?.cue).toBe('shot back');
    expect(after('“Sales fell,” according to the company.')).toEqual({ speaker: 'the company', cue: 'according to', inverted: true });
  });

  it('finds nothing when the reporter’s own words come first', () => {
    expect(after('“Build a wall,” referring to the border plan.')).toBeNull();
    expect(after('“Yes,” like the markets last week, said Smith.')).toBeNull();
  });
});

describe('clauseBefore', () => {
  it('reads the subject before the verb', () => {
    expect(before('Smith told reporters: “No.”')).toEqual({ speaker: 'Smith', cue: 'told reporters', participle: false });
    expect(before('Maria Ortega, a Democrat, said, “No.”')?.speaker).toBe('Maria Ortega');
  });

  it('reads the subject of two joined verbs', () => {
    expect(before('I nodded and said, “No.”')?.speaker).toBe('I');
  });

  it('takes the main clause’s subject for a participle', () => {
    expect(before('Warren appeared with Maddow and endorsed Clinton, saying, “She is a fighter.”')).toMatchObject({ speaker: 'Warren', participle: true });
    expect(before('The video ends on a clip of Ellen Garrow asking, “Why?”')?.speaker).toBe('Ellen Garrow');
  });

  it('takes a name governed by a preposition of place or medium as no subject of the participle after it', () => {
    expect(before('Quintero answered the letter on Harbor Radio writing, “The mill will stay open.”')).toMatchObject({ speaker: 'Quintero', participle: true });
    expect(before('The mayor read a letter from Ann Pruitt saying, “We will stay.”')?.speaker).toBe('Ann Pruitt');
  });
});

describe('clauses that are no inverted attribution', () => {
  it('reads a participle after the quotation as no speaker of its own', () => {
    // The participle hangs off the clause before the quotation; what follows it is its object.
    expect(after('“We will be back,” reminding the council that the mill had closed.')).toEqual({ speaker: null, cue: 'reminding', inverted: false });
    expect(after('“It works,” adding, “for now.”')).toEqual({ speaker: null, cue: 'adding', inverted: false });
    // wink may tag the participle an adjective; it is still no subject and verb.
    expect(after('“The doors stay shut for now,” promising the Garrow Mill would reopen in May.')).toEqual({ speaker: null, cue: 'promising', inverted: false });
  });

  it('reads the phrase after a verb as its speaker only when the verb opens its clause', () => {
    expect(before('Said Quintero: “No.”')?.speaker).toBe('Quintero');
    expect(before('But, said Quintero, “No more.”')?.speaker).toBe('Quintero');
    // "the voters" are reminded, not reminding; the subject is not in the sentence.
    expect(before('It would be easy to just remind the voters who backed it: “We warned you.”')?.speaker).toBeNull();
  });

  it('reads a capitalised word inside a name as no verb', () => {
    expect(before('According to Ann Pruitt of Counter Extremism Watch, “It is growing.”')).toMatchObject({ speaker: 'Ann Pruitt', cue: 'According to' });
  });
});
