import { describe, expect, it } from 'vitest';
import { phraseBackward, phraseForward } from '../../../src/analysis/quotes/noun-phrase.js';
import type { TokenRange } from '../../../src/analysis/quotes/quote-context.js';
import type { NlpDocument } from '../../../src/nlp/document.js';
import { docOf } from './helpers.js';

const words = (doc: NlpDocument, r: TokenRange | null) => (r ? doc.text.slice(doc.tokens[r.start]?.start, doc.tokens[r.end - 1]?.end) : null);

describe('phraseForward', () => {
  it('reads a name with its title, a parenthesis and a possessive', () => {
    const doc = docOf('Rep. Gwen Moore (D-Wis.) said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('Rep. Gwen Moore (D-Wis.)');
    const pos = docOf('Florida’s Rick Wilson said');
    expect(words(pos, phraseForward(pos, 0, pos.tokens.length))).toBe('Florida’s Rick Wilson');
  });

  it('joins phrases with "of" and keeps hyphenated words whole', () => {
    const doc = docOf('the mayor of Fort Pierce said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('the mayor of Fort Pierce');
    const hyphen = docOf('the conservative-leaning newspaper wrote');
    expect(words(hyphen, phraseForward(hyphen, 0, hyphen.tokens.length))).toBe('the conservative-leaning newspaper');
  });

  it('reads adjectives parted by a comma and a participle between nouns inside the phrase', () => {
    const doc = docOf('the tireless, 64-year-old superintendent said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('the tireless, 64-year-old superintendent');
    const role = docOf('union recruiting director Ana Ruiz told');
    expect(words(role, phraseForward(role, 0, role.tokens.length))).toBe('union recruiting director Ana Ruiz');
  });

  it('reads a title abbreviation wink split from its stop', () => {
    const doc = docOf('the Rev. Jesse Jackson said');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('the Rev. Jesse Jackson');
  });

  it('stops before a reporting verb wink tagged as a noun', () => {
    const doc = docOf('Bozell answers.');
    expect(words(doc, phraseForward(doc, 0, doc.tokens.length))).toBe('Bozell');
  });

  it('reads "one of those advisers" and "one unaligned Republican strategist" whole', () => {
    const of = docOf('said one of those advisers, who spoke');
    expect(words(of, phraseForward(of, 1, of.tokens.length))).toBe('one of those advisers');
    const modified = docOf('said one unaligned Florida Republican strategist.');
    expect(words(modified, phraseForward(modified, 1, modified.tokens.length))).toBe('one unaligned Florida Republican strategist');
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
    const doc = docOf('“No,” the former secretary of state said');
    const said = doc.tokens.findIndex((t) => t.text === 'said');
    expect(words(doc, phraseBackward(doc, said, 0))).toBe('the former secretary of state');
  });

  it('ends at the determiner that opens the phrase, after a common noun or "which"', () => {
    const doc = docOf('He spoke, at which point the crowd chanted');
    const chanted = doc.tokens.findIndex((t) => t.text === 'chanted');
    expect(words(doc, phraseBackward(doc, chanted, 0))).toBe('the crowd');
  });
});
