import { describe, expect, it } from 'vitest';
import { linkedNameEnd, secondSyllableAt, syllabicName } from '../../../src/analysis/mentions/hyphen-joins.js';
import { doc } from '../analysis-helpers.js';

const capitalised = (t: { text: string }) => /^\p{Lu}/u.test(t.text);

/** The text from the first token written `first` to where the linking particle after it takes the name. */
function linkedFrom(text: string, first: string): string {
  const d = doc(text);
  const at = d.tokens.findIndex((t) => t.text === first) + 1;
  const end = linkedNameEnd(d.tokens, at, capitalised);
  return text.slice(d.tokens[at - 1]?.start, d.tokens[end - 1]?.end);
}

describe('linkedNameEnd', () => {
  it('joins the name words either side of a linking particle, with a space or a second hyphen after it', () => {
    expect(linkedFrom('They met at Naqsh-e Jahan Square.', 'Naqsh')).toBe('Naqsh-e Jahan');
    expect(linkedFrom('He leads Tehreek-e-Insaf now.', 'Tehreek')).toBe('Tehreek-e-Insaf');
    // Small words between two hyphens in a place's name, not "in" of a title, nor with a space.
    expect(linkedFrom('He spoke at Mar-a-Lago on Friday.', 'Mar')).toBe('Mar-a-Lago');
    expect(linkedFrom('She was born in Bourg-la-Reine.', 'Bourg')).toBe('Bourg-la-Reine');
    expect(linkedFrom('He was Commander-in-Chief then.', 'Commander')).toBe('Commander');
    expect(linkedFrom('He came Mar-a Lago.', 'Mar')).toBe('Mar');
    expect(linkedFrom('The Hizb-ut-Tahrir group was banned.', 'Hizb')).toBe('Hizb-ut-Tahrir');
  });

  it('joins nothing across a space before the hyphen, nor before a word in lower case', () => {
    expect(linkedFrom('They met Naqsh - e Jahan.', 'Naqsh')).toBe('Naqsh');
    expect(linkedFrom('They met at Naqsh-e square.', 'Naqsh')).toBe('Naqsh');
  });
});

describe('secondSyllableAt', () => {
  it('reads a short lower-case syllable after a hyphen as part of a given name, not a compound', () => {
    const d = doc('Ban Ki-moon met York-based reporters.');
    const at = (word: string) => d.tokens.findIndex((t) => t.text === word) + 1;
    expect(secondSyllableAt(d.tokens, at('Ki'))).toBe(true);
    expect(secondSyllableAt(d.tokens, at('York'))).toBe(false);
  });
});

describe('secondSyllableAt, long syllables', () => {
  it('reads a syllable of five or six letters only when it has the Korean shape', () => {
    const d = doc('Lee Jae-myung and Soo-hyang Choi saw a Nazi-level purge and an Ohio-class boat.');
    const at = (word: string) => d.tokens.findIndex((t) => t.text === word) + 1;
    expect(secondSyllableAt(d.tokens, at('Jae'))).toBe(true);
    expect(secondSyllableAt(d.tokens, at('Soo'))).toBe(true);
    expect(secondSyllableAt(d.tokens, at('Nazi'))).toBe(false);
    expect(secondSyllableAt(d.tokens, at('Ohio'))).toBe(false);
  });
});

describe('syllabicName', () => {
  /** Whether the four tokens from the one written `first` are such a name. */
  function named(text: string, first: string): boolean {
    const d = doc(text);
    const start = d.tokens.findIndex((t) => t.text === first);
    return syllabicName(d.tokens, start, start + 4);
  }

  it('reads a hyphenated given name before or after the surname', () => {
    expect(named('Leung Yiu-chung of NWSC won.', 'Leung')).toBe(true);
    expect(named('FTU’s Kwok Wai-keung won.', 'Kwok')).toBe(true);
    expect(named('Reporting by Ju-min Park in Seoul.', 'Ju')).toBe(true);
  });

  it('reads no linking particle, compound or lone hyphenated word as one', () => {
    expect(named('north of Naqsh-e Jahan in the old quarter', 'Naqsh')).toBe(false);
    expect(named('the New York-based Ford Foundation', 'New')).toBe(false);
    expect(named('a Nazi-level purge began', 'Nazi')).toBe(false);
  });
});
