import { describe, expect, it } from 'vitest';
import { colonSubject, governingSubject, subjectBefore } from '../../../src/analysis/quotes/clause-subject.js';
import type { TokenRange } from '../../../src/analysis/quotes/quote-context.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import { docOf } from './helpers.js';

const words = (doc: NlpDocument, r: TokenRange | null) => (r ? doc.text.slice(doc.tokens[r.start]?.start, doc.tokens[r.end - 1]?.end) : null);
const indexOf = (doc: NlpDocument, word: string) => doc.tokens.findIndex((t) => t.text === word);

describe('subjectBefore', () => {
  it('steps over adverbs, auxiliaries and times to the subject', () => {
    const doc = docOf('Garrow later Tuesday told Harbor Radio');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'told'), 0))).toBe('Garrow');
  });

  it('takes the phrase an appositive describes', () => {
    const doc = docOf('Sam Lau, the party spokesman, said');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'said'), 0))).toBe('Sam Lau');
  });

  it('looks past a phrase attached by a preposition', () => {
    const doc = docOf('Farmers driving along the highway shouted');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'shouted'), 0))).toBe('Farmers');
  });

  it('takes the subject of a clause a conjunction opens, not the phrase before it', () => {
    const doc = docOf('Tom Hale circled the island as his friends jeered');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'jeered'), 0))).toBe('his friends');
  });
});

describe('subjectBefore: relative clauses', () => {
  it('takes the phrase a relative clause before the verb describes', () => {
    const doc = docOf('a city official who asked not to be named to describe the plans said Wednesday');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'said'), 0))).toBe('a city official');
  });

  it('finds the relative clause when wink tags its last word a verb', () => {
    const doc = docOf('A council aide who requested anonymity to describe the private polling said Wednesday');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'said'), 0))).toBe('A council aide');
  });

  it('takes the name an appositive with a relative clause describes', () => {
    const doc = docOf('Tom Vickers, the polling expert who started the blog posted on Wednesday');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'posted'), 0))).toBe('Tom Vickers');
  });
});

describe('subjectBefore: asides', () => {
  it('looks past an aside set off by dashes to the name an appositive describes', () => {
    const doc = docOf('Ray Ashford, the chief executive of Westbury Radio -- the firm that runs the station, which also broadcasts online -- told');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'told'), 0))).toBe('Ray Ashford');
  });
});

describe('governingSubject', () => {
  it('walks back to the verb that has a subject', () => {
    const doc = docOf('Garrow called on him to step down and said');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1))).toBe('Garrow');
  });

  it('skips objects, infinitives and subordinate clauses', () => {
    const doc = docOf('Halvorsen recently asked tenants to vote for Pruitt, saying');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1))).toBe('Halvorsen');
    const sub = docOf('he joined others in seizing on reports that the ledger had been altered, saying');
    expect(words(sub, governingSubject(sub, 0, sub.tokens.length - 1))).toBe('he');
  });

  it('steps over a chain of participles to the clause they hang off', () => {
    const doc = docOf('Outside the hall in downtown Ashford, about 300 farmers gathered in two groups, holding banners and chanting');
    expect(words(doc, governingSubject(doc, 0, indexOf(doc, 'chanting')))).toBe('300 farmers');
  });

  it('reads "that" after a noun as opening a clause, not a phrase', () => {
    const doc = docOf('Mr. Kane told lenders that worries about the shipyards were exaggerated, adding');
    expect(words(doc, governingSubject(doc, 0, indexOf(doc, 'adding')))).toBe('Mr. Kane');
  });

  it('takes the first verb’s subject past a joined verb, even for an infinitive cue', () => {
    const doc = docOf('Garrow admitted that the plan was costly, but went on to say');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1, false))).toBe('Garrow');
    // With no joined verb, the subordinate clause's subject is the speaker ("so tense that Lee was moved to say").
    const sub = docOf('The room was so tense that Keane was moved to say');
    expect(words(sub, governingSubject(sub, 0, sub.tokens.length - 1, false))).toBe('Keane');
  });

  it('gives a participle after the unmarked complement of a reporting verb to the reporter', () => {
    const doc = docOf('A spokesman for Garrow said there was no call or meeting planned with Keane, adding');
    expect(words(doc, governingSubject(doc, 0, indexOf(doc, 'adding')))).toBe('A spokesman');
    // A comma closes the complement: the participle goes with the clause after it.
    const after = docOf('When Vickers said there was no meeting, Keane stood up, adding');
    expect(words(after, governingSubject(after, 0, indexOf(after, 'adding')))).toBe('Keane');
  });

  it('takes a surname wink tags as a verb for a name', () => {
    const doc = docOf('Lena Ford once joked about the film, remarking');
    expect(words(doc, governingSubject(doc, 0, indexOf(doc, 'remarking')))).toBe('Lena Ford');
  });

  it('finds the subject before an appositive', () => {
    const doc = docOf('Keane, a former club chairman, poked at Garrow, tweeting');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1))).toBe('Keane');
  });
});

describe('colonSubject', () => {
  it('finds the subject of a sentence introducing a quotation', () => {
    const doc = docOf('The piece used her words as its headline:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('The piece');
  });

  it('takes the clause nearest the colon', () => {
    const doc = docOf('She grew so angry that I had to start over:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('I');
  });

  it('takes a name standing alone or after a dash as a speaker label', () => {
    const doc = docOf('Clinton:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('Clinton');
    const after = docOf('More from the survey - Dana Westbury:');
    expect(words(after, colonSubject(after, 0, after.tokens.length - 1))).toBe('Dana Westbury');
  });

  it('takes the name a sentence with no person as its subject ends on', () => {
    const surprised = docOf('The timing of the surge does not surprise pollster Ann Lee:');
    expect(words(surprised, colonSubject(surprised, 0, surprised.tokens.length - 1))).toBe('pollster Ann Lee');
    const more = docOf('Signs were there all along. More from Ann Lee and Tom Kane:');
    expect(words(more, colonSubject(more, 6, more.tokens.length - 1))).toBe('Ann Lee and Tom Kane');
  });

  it('gives the words a colon introduces as “this statement by” someone to the author, not the time after', () => {
    const doc = docOf('The study group Fair Ledger scored this remark by Carlton last week:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('Carlton');
  });

  it('keeps the subject when the name is whom the words were addressed to or where they were said', () => {
    const voice = docOf('A familiar voice praised the verdict on Harbor Radio:');
    expect(words(voice, colonSubject(voice, 0, voice.tokens.length - 1))).toBe('A familiar voice');
    const to = docOf('The board sent a stern warning to Garrow:');
    expect(words(to, colonSubject(to, 0, to.tokens.length - 1))).toBe('The board');
  });
});
