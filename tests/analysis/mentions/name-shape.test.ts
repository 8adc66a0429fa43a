import { describe, expect, it } from 'vitest';
import { NAME_SHAPED_WORD, shortShout, unfamiliarNameWords, wordsBesideParticles } from '../../../src/analysis/mentions/name-shape.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';
import { doc, gazetteer } from '../analysis-helpers.js';

describe('name shape', () => {
  it('reads words written as names are', () => {
    expect(NAME_SHAPED_WORD.test("Nu'man")).toBe(true);
    expect(NAME_SHAPED_WORD.test('Al-Rashid')).toBe(true);
    expect(NAME_SHAPED_WORD.test('NATO')).toBe(false);
    expect(NAME_SHAPED_WORD.test('iPhone')).toBe(false);
  });

  it('reads a short word in capitals outside a line of capitals as an acronym', () => {
    expect(shortShout('DANA', false)).toBe(true);
    expect(shortShout('GARROW', false)).toBe(false);
    expect(shortShout('DANA', true)).toBe(false);
  });

  it('takes a particle of descent in lower case and a small town inside a full name', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Varnoudin: { name: 'Varnoudin', kind: 'city', country: 'BD', population: 45_000 } } });
    const words = (text: string) => doc(text).tokens.filter((t) => t.type === 'word');
    expect(unfamiliarNameWords(words('Karim bin Tarrow'), gazetteer)).toBe(true);
    expect(unfamiliarNameWords(words('Varnoudin Rabbeli'), gazetteer)).toBe(true);
    expect(unfamiliarNameWords(words('Moscow Rabbeli'), gazetteer)).toBe(false);
    expect(unfamiliarNameWords(words('Punta de Tarrow'), gazetteer)).toBe(false);
  });

  it('takes a Dutch or German particle in lower case inside a full name, and counts the name without it', () => {
    const words = (text: string) => doc(text).tokens.filter((t) => t.type === 'word');
    expect(unfamiliarNameWords(words('Ruud van Tarrow'), gazetteer)).toBe(true);
    expect(unfamiliarNameWords(words('Ruud von der Tarrow'), gazetteer)).toBe(true);
    expect(wordsBesideParticles(words('Ruud van der Tarrow'))).toBe(2);
    expect(wordsBesideParticles(words('Ruud Tarrow van'))).toBe(3);
  });

  it('takes the Arabic article in lower case inside a full name', () => {
    const words = (text: string) => doc(text).tokens.filter((t) => t.type === 'word' || t.text === '-');
    expect(unfamiliarNameWords(words('Nimr al-Tarrow'), gazetteer)).toBe(true);
    expect(wordsBesideParticles(words('Nimr al-Tarrow'))).toBe(2);
    expect(unfamiliarNameWords(words('Magi-Fest Tarrow'), gazetteer)).toBe(false);
    expect(unfamiliarNameWords(words('Musaed Al-Tarrow'), gazetteer)).toBe(true);
    expect(unfamiliarNameWords(words('Al-Tarrow Vardeko'), gazetteer)).toBe(false);
  });
});
