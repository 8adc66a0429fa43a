import { describe, expect, it } from 'vitest';
import { colonSubject, governingSubject, subjectBefore } from '../../../src/analysis/quotes/clause-subject.js';
import type { TokenRange } from '../../../src/analysis/quotes/quote-context.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import { docOf } from './helpers.js';

const words = (doc: NlpDocument, r: TokenRange | null) => (r ? doc.text.slice(doc.tokens[r.start]?.start, doc.tokens[r.end - 1]?.end) : null);
const indexOf = (doc: NlpDocument, word: string) => doc.tokens.findIndex((t) => t.text === word);

describe('subjectBefore', () => {
  it('steps over adverbs, auxiliaries and times to the subject', () => {
    const doc = docOf('Priebus later Thursday told Fox News');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'told'), 0))).toBe('Priebus');
  });

  it('takes the phrase an appositive describes', () => {
    const doc = docOf('Sam Lau, the party spokesman, said');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'said'), 0))).toBe('Sam Lau');
  });

  it('looks past a phrase attached by a preposition', () => {
    const doc = docOf('Protesters marching through the streets chanted');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'chanted'), 0))).toBe('Protesters');
  });
});

describe('subjectBefore: relative clauses', () => {
  it('takes the phrase a relative clause before the verb describes', () => {
    const doc = docOf('a city official who spoke anonymously to discuss internal planning said Wednesday');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'said'), 0))).toBe('a city official');
  });

  it('finds the relative clause when wink tags its last word a verb', () => {
    const doc = docOf('A campaign official who spoke on the condition of anonymity to discuss internal polling said Wednesday');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'said'), 0))).toBe('A campaign official');
  });

  it('takes the name an appositive with a relative clause describes', () => {
    const doc = docOf('Nate Silver, the polling guru who founded the site tweeted on Wednesday');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'tweeted'), 0))).toBe('Nate Silver');
  });
});

describe('subjectBefore: asides', () => {
  it('looks past an aside set off by dashes to the name an appositive describes', () => {
    const doc = docOf('John Dickey, the chief executive of Ora Media -- the company that owns the show, which also streams online -- told');
    expect(words(doc, subjectBefore(doc, indexOf(doc, 'told'), 0))).toBe('John Dickey');
  });
});

describe('governingSubject', () => {
  it('walks back to the verb that has a subject', () => {
    const doc = docOf('Trump called on her to resign and said');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1))).toBe('Trump');
  });

  it('skips objects, infinitives and subordinate clauses', () => {
    const doc = docOf('Albright recently urged women to vote for Clinton, saying');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1))).toBe('Albright');
    const sub = docOf('he joined others in pouncing on news that the server had handled secrets, saying');
    expect(words(sub, governingSubject(sub, 0, sub.tokens.length - 1))).toBe('he');
  });

  it('steps over a chain of participles to the clause they hang off', () => {
    const doc = docOf('Outside the arena in downtown Dayton, about 200 protesters gathered in three groups, holding signs and chanting');
    expect(words(doc, governingSubject(doc, 0, indexOf(doc, 'chanting')))).toBe('200 protesters');
  });

  it('reads "that" after a noun as opening a clause, not a phrase', () => {
    const doc = docOf('Mr. Kane told investors that concerns about drug makers were overblown, adding');
    expect(words(doc, governingSubject(doc, 0, indexOf(doc, 'adding')))).toBe('Mr. Kane');
  });

  it('takes the first verb’s subject past a joined verb, even for an infinitive cue', () => {
    const doc = docOf('Garrow conceded that the budget was tight, but went on to say');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1, false))).toBe('Garrow');
    // With no joined verb, the subordinate clause's subject is the speaker ("so tense that Lee was moved to say").
    const sub = docOf('The room was so tense that Keane was moved to say');
    expect(words(sub, governingSubject(sub, 0, sub.tokens.length - 1, false))).toBe('Keane');
  });

  it('finds the subject before an appositive', () => {
    const doc = docOf('Dean, a former party chairman, poked at Trump, tweeting');
    expect(words(doc, governingSubject(doc, 0, doc.tokens.length - 1))).toBe('Dean');
  });
});

describe('colonSubject', () => {
  it('finds the subject of a sentence introducing a quotation', () => {
    const doc = docOf('The piece used her words as its headline:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('The piece');
  });

  it('takes the clause nearest the colon', () => {
    const doc = docOf('She became so upset that I had to change my answer:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('I');
  });

  it('takes a name standing alone or after a dash as a speaker label', () => {
    const doc = docOf('Clinton:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('Clinton');
    const after = docOf('More from the report - Philip Bump:');
    expect(words(after, colonSubject(after, 0, after.tokens.length - 1))).toBe('Philip Bump');
  });

  it('takes the name a sentence with no person as its subject ends on', () => {
    const surprised = docOf('The timing of the surge does not surprise pollster Ann Lee:');
    expect(words(surprised, colonSubject(surprised, 0, surprised.tokens.length - 1))).toBe('pollster Ann Lee');
    const more = docOf('Signs were there all along. More from Ann Lee and Tom Kane:');
    expect(words(more, colonSubject(more, 6, more.tokens.length - 1))).toBe('Ann Lee and Tom Kane');
  });

  it('gives the words a colon introduces as “this statement by” someone to the author, not the time after', () => {
    const doc = docOf('The study group Fair Ledger rated this statement by Dorsey last week:');
    expect(words(doc, colonSubject(doc, 0, doc.tokens.length - 1))).toBe('Dorsey');
  });

  it('keeps the subject when the name is whom the words were addressed to or where they were said', () => {
    const voice = docOf('A familiar voice celebrated the attacks on Twitter:');
    expect(words(voice, colonSubject(voice, 0, voice.tokens.length - 1))).toBe('A familiar voice');
    const to = docOf('The committee delivered a blunt message to Trump:');
    expect(words(to, colonSubject(to, 0, to.tokens.length - 1))).toBe('The committee');
  });
});
