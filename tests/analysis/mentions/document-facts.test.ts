import { describe, expect, it } from 'vitest';
import { documentFacts, margin } from '../../../src/analysis/mentions/document-facts.js';
import { DEFAULT_MODEL } from '../../../src/analysis/mentions/typing-model.js';
import { doc, gazetteer, typed } from '../analysis-helpers.js';

const factsOf = (text: string) => documentFacts(doc(text), gazetteer, typed(text), DEFAULT_MODEL);

describe('documentFacts', () => {
  it('collects the surnames and given names of people named in full, from where each is first named', () => {
    const text = 'Later, Pruitt spoke. Linda Pruitt, the mayor, said the plan would pass.';
    const facts = factsOf(text);
    expect(facts.surnames.get('Pruitt')).toBe(text.indexOf('Linda Pruitt'));
    expect(facts.givenFrom.get('Linda')).toBe(text.indexOf('Linda Pruitt'));
  });

  it('reads the acronyms a document defines in brackets with their long form’s type', () => {
    const facts = factsOf('The World Health Organization (WHO) met. WHO said more.');
    expect(facts.acronyms.get('WHO')).toBe('organization');
  });

  it('marks one-word names said to do what only a company does as firms', () => {
    expect(factsOf('Investors bought shares of Varnosco on Monday.').firms.has('Varnosco')).toBe(true);
    expect(factsOf('Varnosco said profits rose.').firms.has('Varnosco')).toBe(false);
  });
});

describe('margin', () => {
  it('is the lead of a type over the best of the two others', () => {
    expect(margin({ person: 3, place: 1, organization: 2, none: 0 }, 'person')).toBe(1);
    expect(margin({ person: 3, place: 1, organization: 2, none: 0 }, 'place')).toBe(-2);
  });
});
