import { describe, expect, it } from 'vitest';
import { personGender, personGenderLean, titleGender } from '../../../src/analysis/entities/gender.js';
import type { Entity } from '../../../src/analysis/types.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Dana: 'mostly-female', Robin: 'both' } });
const person = (name: string, titles: string[] = []): Entity => ({ index: 0, type: 'person', name, aliases: [], titles, mentions: [] });

describe('gender', () => {
  it('reads a gender from a title first, then from a given name of one gender', () => {
    expect(titleGender('Mrs.')).toBe('female');
    expect(personGender(person('Linda Vickers', ['Mr.']), gazetteer), 'the title tells').toBe('male');
    expect(personGender(person('Linda Vickers'), gazetteer)).toBe('female');
    expect(personGender(person('Dana Keane'), gazetteer)).toBeUndefined();
  });

  it('gives a name of both genders only a lean, when most who bear it are of one', () => {
    expect(personGenderLean(person('Dana Keane'), gazetteer)).toBe('female');
    expect(personGenderLean(person('Robin Keane'), gazetteer)).toBeUndefined();
    // A one-word name may be a surname.
    expect(personGenderLean(person('Dana'), gazetteer)).toBeUndefined();
  });
});
