import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc, gazetteer } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const found = (text: string) => findCandidates(doc(text), gazetteer).map((c) => ({ text: c.text, fullName: c.fullName }));

describe('reshapeCandidates', () => {
  it('splits countries and regions written side by side', () => {
    expect(found('They traded with Russia Ukraine and with Ohio Alaska.').map((c) => c.text)).toEqual(['Russia', 'Ukraine', 'Ohio', 'Alaska']);
    expect(found('He lives in the United States now.').map((c) => c.text)).toEqual(['United States']);
  });

  it('splits places joined by "&", but not a name that is one place or no place', () => {
    expect(found('The light rail runs east to Boston & Toronto daily.').map((c) => c.text)).toEqual(['Boston', 'Toronto']);
    expect(found('He joined Procter & Gamble in 2010.').map((c) => c.text)).toEqual(['Procter & Gamble']);
  });

  it('drops the words of a quoted title', () => {
    const text = 'The paper, titled “Silent Drift: Two Decades of Amoxicillin Resistance,” was published by Maria Ortega.';
    expect(found(text).map((c) => c.text)).toEqual(['Maria Ortega']);
  });

  it('drops the words of a quoted title of two words when one is a word of the language, not a name or a sentence quoted', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'lament', 'follow', 'love'] });
    const names = (text: string) => findCandidates(doc(text), facts).map((c) => c.text);
    expect(names('He sang her “Varnick’s Lament” on tour with Maria Ortega.')).toEqual(['Maria Ortega']);
    expect(names('He read “Follow Ortega now.” aloud.').some((n) => n.includes('Ortega'))).toBe(true);
    expect(names('They shouted “Love you, Ortega” at her.')).toContain('Ortega');
  });

  it('reads no title between a long quotation in straight marks and the next one: the attribution’s names stay', () => {
    const long = '"We cannot have people come here and refuse to answer the questions this committee has every right to put to them under the rules of this House," Rep. Linda Garrow (R-Fla.) said. "Yes."';
    expect(found(long).map((c) => c.text)).toContain('Linda Garrow');
  });

  it('keeps a country named inside a quoted title', () => {
    const text = 'In 1871 he styled himself “Emperor of the United States” in print.';
    expect(found(text).map((c) => c.text)).toContain('United States');
  });

  it('trims a description after "a" to the place in it', () => {
    const text = 'Sen. Paul Johnson, a Wyoming Republican who wrote the plan, agreed.';
    expect(found(text).map((c) => c.text)).toEqual(['Paul Johnson', 'Wyoming']);
  });

  it('trims a party member after "the" to the place, but no other name after "the"', () => {
    expect(found('The Wyoming Republican said he would run again.').map((c) => c.text)).toEqual(['Wyoming']);
    expect(found('He writes for the Wyoming Times every week.').map((c) => c.text)).toEqual(['Wyoming Times']);
  });

  it('trims a body’s name followed by an office in it to the body', () => {
    expect(found('He sat as a Harbour Workers Party Member until 1997.').map((c) => c.text)).toEqual(['Harbour Workers Party']);
    expect(found('She was the Coastal Farmers League Treasurer then.').map((c) => c.text)).toEqual(['Coastal Farmers League']);
    expect(found('We thank our KSA Administrator for the help.').map((c) => c.text)).toEqual(['KSA']);
  });

  it('does not trim a description naming a body to a place in it', () => {
    const text = 'She sat as a Wyoming Farmers Party Member for years.';
    expect(found(text).map((c) => c.text)).toEqual(['Wyoming Farmers Party']);
  });

  it('keeps a given name before a region as one person’s name, but splits countries side by side', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Wyoming: 'female' } });
    expect(findCandidates(doc('Stars such as Wyoming Kentucky joined the rally.'), facts).map((c) => c.text)).toContain('Wyoming Kentucky');
    expect(findCandidates(doc('Talks between Russia Ukraine stalled.'), facts).map((c) => c.text)).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });

  it('completes a given name that shares the next name’s surname', () => {
    const text = 'Frank and Linda Abernathy run a bakery.';
    expect(found(text)).toEqual([
      { text: 'Frank', fullName: ['Frank', 'Abernathy'] },
      { text: 'Linda Abernathy', fullName: undefined },
    ]);
    // With initials on both sides.
    expect(found('Frank J. and Linda M. Abernathy run a bakery.')).toEqual([
      { text: 'Frank J.', fullName: ['Frank', 'J.', 'Abernathy'] },
      { text: 'Linda M. Abernathy', fullName: undefined },
    ]);
    // Not before a place whose name opens with a given name.
    const withTown = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, 'Linda Vista': { name: 'Linda Vista', kind: 'city', country: 'US', population: 120_000 } } });
    const shootings = findCandidates(doc('Shootings in Frank and Linda Vista shook the nation.'), withTown);
    expect(shootings.find((c) => c.text === 'Frank')?.fullName).toBeUndefined();
  });
});
