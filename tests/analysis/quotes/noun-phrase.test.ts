import { describe, expect, it } from 'vitest';
import { phraseBackward, phraseForward } from '../../../src/analysis/quotes/noun-phrase.js';
import type { TokenRange } from '../../../src/analysis/quotes/quote-context.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import { docOf } from './helpers.js';

const words = (doc: NlpDocument, r: TokenRange | null) => (r ? doc.text.slice(doc.tokens[r.start]?.start, doc.tokens[r.end - 1]?.end) : null);

describe('phraseForward', () => {
  it('stops at the end of the document, whatever bound it is given', () => {
    const doc = docOf('The board thanked Lena Garrow, w');
    expect(words(doc, phraseForward(doc, doc.tokens.length - 1, doc.tokens.length + 16))).toBe('w');
  });

  it('reads a name with its title, a parenthesis and a possessive', () => {
    const doc = docOf('Rep. Lena Garrow (D-Wis.) said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('Rep. Lena Garrow (D-Wis.)');
    const pos = docOf('Oregon’s Ann Keane said');
    expect(words(pos, phraseForward(pos, 0, pos.tokens.length))).toBe('Oregon’s Ann Keane');
  });

  it('joins phrases with "of" and keeps hyphenated words whole', () => {
    const doc = docOf('the mayor of Port Ashford said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('the mayor of Port Ashford');
    const hyphen = docOf('the left-leaning newspaper wrote');
    expect(words(hyphen, phraseForward(hyphen, 0, hyphen.tokens.length))).toBe('the left-leaning newspaper');
  });

  it('reads adjectives parted by a comma and a participle between nouns inside the phrase', () => {
    const doc = docOf('the tireless, 64-year-old superintendent said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('the tireless, 64-year-old superintendent');
    const role = docOf('union recruiting director Ana Ruiz told');
    expect(words(role, phraseForward(role, 0, role.tokens.length))).toBe('union recruiting director Ana Ruiz');
  });

  it('reads a title abbreviation wink split from its stop', () => {
    const doc = docOf('the Rev. Amos Pruitt said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('the Rev. Amos Pruitt');
  });

  it('stops before a reporting verb wink tagged as a noun', () => {
    const doc = docOf('Garrow answers.');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('Garrow');
  });

  it('reads "one of the organizers" and "one unelected Green organizer" whole', () => {
    const of = docOf('said one of the organizers, who spoke');
    expect(words(of, phraseForward(of, 1, of.tokens.length))).toBe('one of the organizers');
    const modified = docOf('said one unelected Ohio Green organizer.');
    expect(words(modified, phraseForward(modified, 1, modified.tokens.length))).toBe('one unelected Ohio Green organizer');
  });

  it('takes a subject pronoun alone and finds nothing where no phrase starts', () => {
    const doc = docOf('he said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('he');
    const none = docOf('quickly said');
    expect(phraseForward(none, 0, none.tokens.length)).toBeNull();
  });
});

describe('phraseBackward', () => {
  it('reads the phrase ending before a position', () => {
    const doc = docOf('“No,” the former minister of trade said');
    const said = doc.tokens.findIndex((t) => t.text === 'said');
    expect(words(doc, phraseBackward(doc, said, 0))).toBe('the former minister of trade');
  });

  it('ends at the determiner that opens the phrase, after a common noun or "which"', () => {
    const doc = docOf('He paused, at which point the audience clapped');
    const clapped = doc.tokens.findIndex((t) => t.text === 'clapped');
    expect(words(doc, phraseBackward(doc, clapped, 0))).toBe('the audience');
  });
});
