import { describe, expect, it } from 'vitest';
import { titleEnd } from '../../../src/analysis/mentions/title-split.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';
import { doc } from '../analysis-helpers.js';

const gazetteer = fixtureGazetteer({
  ...NEWS_FACTS,
  places: { ...NEWS_FACTS.places, 'Saint Lucia': { name: 'Saint Lucia', kind: 'country', country: 'LC' }, 'North Dakota': { name: 'North Dakota', kind: 'region', country: 'US' } },
  givenNames: { ...NEWS_FACTS.givenNames, Dakota: 'female', Lucia: 'female', Torva: 'male', Adela: 'female', Dean: 'male', Justice: 'both', Michael: 'male' },
  commonWords: [...(NEWS_FACTS.commonWords ?? []), 'democracy', 'progress'],
});

/** The name part of the whole text read as one run. */
function nameOf(text: string): string {
  const d = doc(text);
  const cut = titleEnd({ doc: d, gazetteer }, 0, d.tokens.length);
  return text.slice((d.tokens[cut] as { start: number }).start);
}

describe('titleEnd', () => {
  it('reads a place of several words and a party before a name as a title, even when a word of the place is a given name', () => {
    expect(nameOf('North Dakota Republican Linda Ford')).toBe('Linda Ford');
    expect(nameOf('Jordan Republican Linda Ford')).toBe('Linda Ford');
  });

  it('reads a role word after a given name or an initial as a surname, unless a given name follows it', () => {
    expect(nameOf('Rep. Michael T. King of Ohio')).toBe('Michael T. King of Ohio');
    expect(nameOf('Ashford Mayor Linda Ford')).toBe('Linda Ford');
  });

  it('reads a people’s adjective before a role as part of the title, though it is also a given name', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, German: 'male' }, demonyms: { ...NEWS_FACTS.demonyms, German: 'DE' } });
    const d = doc('German Chancellor Helmar Kessin');
    expect(titleEnd({ doc: d, gazetteer: facts }, 0, d.tokens.length)).toBe(2);
  });

  it('reads a chamber after "of the" as the office’s complement, not the name’s first word', () => {
    // "Newt" is no given name of the fixture data: nothing else would cut "House" off.
    expect(nameOf('Speaker of the House Newt Garrow')).toBe('Newt Garrow');
  });

  it('reads a Hall of Famer as a title before the name', () => {
    expect(nameOf('Hall of Famer Tom Vickers')).toBe('Tom Vickers');
  });

  it('reads the country of a post after a role and "to" as the title, and the words after it as the name', () => {
    const nameAfter = (text: string, first: string): string => {
      const d = doc(text);
      const start = d.tokens.findIndex((t) => t.text === first);
      const end = d.tokens.findIndex((t) => t.text === 'said');
      return text.slice((d.tokens[titleEnd({ doc: d, gazetteer }, start, end)] as { start: number }).start, (d.tokens[end - 1] as { end: number }).end);
    };
    expect(nameAfter('The ambassador to the United States Hamdan Orvik said so.', 'United')).toBe('Hamdan Orvik');
    expect(nameAfter('The envoy to Russia Ilya Petrak said so.', 'Russia')).toBe('Ilya Petrak');
    // Not without the role, nor before a body's name.
    expect(nameAfter('He flew to the United States Hamdan Orvik said so.', 'United')).toBe('United States Hamdan Orvik');
    expect(nameAfter('The ambassador to the United States Steel Corporation said so.', 'United')).toBe('United States Steel Corporation');
  });

  it('reads a complement that "and" goes on from as a body named whole after "of"', () => {
    expect(nameOf('Director of Harbor and Ferry Workers of Westbury')).toBe('Harbor and Ferry Workers of Westbury');
    expect(nameOf('Secretary of State Ann Garrow')).toBe('Ann Garrow');
  });

  it('splits titles and roles off the name', () => {
    expect(nameOf('President Vladimir Putin')).toBe('Vladimir Putin');
    expect(nameOf('Secretary of State Ann Garrow')).toBe('Ann Garrow');
    // A state delegate's abbreviated title, as US papers write it.
    expect(nameOf('Del. Ann Lee')).toBe('Ann Lee');
  });

  it('keeps an initial before a given name as part of the name', () => {
    expect(nameOf('J. Michael Halvorsen')).toBe('J. Michael Halvorsen');
    expect(nameOf('Republican Michael Halvorsen')).toBe('Michael Halvorsen');
  });

  it('keeps a title word that only a suffix follows as the surname', () => {
    expect(nameOf('Henry Lee King Jr.')).toBe('Henry Lee King Jr.');
  });

  it('reads no given name before another as a description, outside a Title Case headline', () => {
    // "Frank" is a given name and a common word; "John" a given name only.
    expect(nameOf('Frank John Halvorsen')).toBe('Frank John Halvorsen');
    const d = doc('Lawmakers Frank John Halvorsen\n\nThe vote came later.');
    const titleCaseLines = new Set([0, 1, 2, 3]);
    const cut = titleEnd({ doc: d, gazetteer, titleCaseLines }, 1, 4);
    expect(d.tokens[cut]?.text).toBe('John');
  });

  it('reads a title word that is also a given name as the name after an honorific', () => {
    expect(nameOf('Sen. Dean Halvorsen')).toBe('Dean Halvorsen');
    // After a role it completes the title.
    expect(nameOf('Chief Justice Halvorsen')).toBe('Halvorsen');
    expect(nameOf('Associate Dean Halvorsen')).toBe('Halvorsen');
  });

  it('reads words before a given name as a description only when a person’s name follows', () => {
    expect(nameOf('Republican Donald Trump')).toBe('Donald Trump');
    // "Al" written onto a surname is the Arabic article, no given name.
    expect(nameOf('Musaed Al-Tarrow')).toBe('Musaed Al-Tarrow');
    // A party named after a country, a region or an idea holds a word that is a given name.
    expect(nameOf('United Torva Democracy')).toBe('United Torva Democracy');
    expect(nameOf('Popular Adela Russia')).toBe('Popular Adela Russia');
  });

  it('reads a party member’s word before a given name that is also a place as a description', () => {
    const placeNamed = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Paul: { name: 'Paul', kind: 'region', country: 'CV' } }, givenNames: { ...NEWS_FACTS.givenNames, Paul: 'male' } });
    const nameIn = (text: string) => {
      const d = doc(text);
      return text.slice((d.tokens[titleEnd({ doc: d, gazetteer: placeNamed }, 0, d.tokens.length)] as { start: number }).start);
    };
    expect(nameIn('Republican Paul Garrow')).toBe('Paul Garrow');
    // A given name that is also a word ("frank") opens the name too.
    expect(nameIn('Democrat Frank Vickers')).toBe('Frank Vickers');
    // A party's name, a body or a place stays whole.
    expect(nameIn('Republican Sinn Varna')).toBe('Republican Sinn Varna');
    expect(nameIn('Republican Paul Guard')).toBe('Republican Paul Guard');
  });

  it('reads no description before a given name in a run that stands as an employer', () => {
    const d = doc('said Ann Lee, an economist at Republican Donald Holdings in London.');
    const start = d.tokens.findIndex((t) => t.text === 'Republican');
    expect(titleEnd({ doc: d, gazetteer }, start, start + 3)).toBe(start);
    // Elsewhere the same words are a description and a name.
    expect(nameOf('Republican Donald Trump')).toBe('Donald Trump');
  });

  it('opens the name at a given name that is also a word when an initial follows it', () => {
    expect(nameOf('Republican Frank G. Halvorsen')).toBe('Frank G. Halvorsen');
  });

  it('keeps names that open with a title word whole', () => {
    expect(nameOf('General Motors')).toBe('General Motors');
    expect(nameOf('Shah Mosque')).toBe('Shah Mosque');
    expect(nameOf('Saint Lucia')).toBe('Saint Lucia');
    expect(nameOf('Grand Ashford Hotel')).toBe('Grand Ashford Hotel');
    // "Grand" qualifies a title ("Grand Mufti") but is none alone.
    expect(nameOf('Grand Halvorsen')).toBe('Grand Halvorsen');
    expect(nameOf('Grand Mufti Kieran Halvorsen')).toBe('Kieran Halvorsen');
  });

  it('keeps a role and its complement whole when no name follows, unless the complement is a place', () => {
    expect(nameOf('Secretary of Agriculture')).toBe('Secretary of Agriculture');
    expect(nameOf('Secretary of Agriculture Ann Lee')).toBe('Ann Lee');
    expect(nameOf('Governor of Ohio')).toBe('Ohio');
  });

  it('does not split a compound joined by a hyphen after a title word', () => {
    expect(nameOf('Ashford Star-Courier')).toBe('Ashford Star-Courier');
    // Written apart, the same word is a title.
    expect(nameOf('Star Kieran Halvorsen')).toBe('Kieran Halvorsen');
  });
});
