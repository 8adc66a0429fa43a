import { describe, expect, it } from 'vitest';
import { typed, typedWith } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

describe('typeListMembers', () => {
  it('gives unknown members of a list of places the type of the list', () => {
    const text = 'He pointed to referendums in Crimea, Donetsk, Lugansk, Zaporozhye, and Kherson as evidence.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types).toEqual({ Crimea: 'place', Donetsk: 'place', Lugansk: 'place', Zaporozhye: 'place', Kherson: 'place' });
  });

  it('lists no name after a town and its abbreviated state: the sentence goes on after their comma', () => {
    const places = { ...NEWS_FACTS.places, Pennsylvania: { name: 'Pennsylvania', kind: 'region' as const, country: 'US' } };
    const found = typedWith(fixtureGazetteer({ ...NEWS_FACTS, places }), 'He lived in rural Ashford, Pa., Vardeko traveled abroad often.');
    const types = Object.fromEntries(found.map((c) => [c.text, c.type]));
    expect(types['Pa.']).toBe('place');
    expect(types.Vardeko).not.toBe('place');
  });

  it('makes an unknown name joined by "and" to a body a body too, bare or of common words, but not a surname', () => {
    const typeOf = (text: string, name: string) => typed(text).find((c) => c.text === name)?.type;
    expect(typeOf('Police blamed the Vostra Party and Kestrelwire for the attack.', 'Kestrelwire')).toBe('organization');
    expect(typeOf('The judge sided with Free Parenthood and the Vostra Party on Monday.', 'Free Parenthood')).toBe('organization');
    // A lone common word, or a name with a cue of its own, keeps its reading.
    expect(typeOf('The judge sided with the Vostra Party and Smith on Monday.', 'Smith')).toBeUndefined();
    // Two names side by side without "and" are no pair.
    expect(typeOf('Police blamed the Vostra Party, Kestrelwire said.', 'Kestrelwire')).not.toBe('organization');
  });

  it('gives no name in brackets the place type of a list: it is a body’s short name', () => {
    const text = 'The coalition joined Crimea, Donetsk (KdE), Lugansk and Kherson in the vote.';
    expect(typed(text).find((c) => c.text === 'KdE')?.type).not.toBe('place');
  });

  it('makes no person of a town or a word in brackets after each member of a list of people', () => {
    const text = 'Squad: Lena Ford (Westbury), Tom Keane (Westbury), Frank Pruitt (Harvest), Mark Varnick.';
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'harvest'] });
    const found = typedWith(facts, text);
    expect(found.filter((c) => c.text === 'Westbury' || c.text === 'Harvest').map((c) => c.type)).not.toContain('person');
    expect(found.find((c) => c.text === 'Frank Pruitt')?.type).toBe('person');
  });

  it('takes no name in a bracketed aside after the last member into the list', () => {
    const text = 'Only one candidate has lost Crimea, Donetsk and Lugansk (Frank Pruitt in 1992) and still won.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['Frank Pruitt']).toBe('person');
  });

  it('leaves an event listed among places an event, and a body named after one a body', () => {
    const text = 'It played at Kessin, Varnel, Tolle, the Westbury Film Festival and Ashford.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['Westbury Film Festival']).not.toBe('place');
    expect(types.Kessin).toBe('place');
  });

  it('types bare unknown names listed with one body as bodies', () => {
    const text = 'The coalition joined Vardeko, Shimrel, the Tolle Workers Party and Degravo in 1999.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types).toEqual({ Vardeko: 'organization', Shimrel: 'organization', 'Tolle Workers Party': 'organization', Degravo: 'organization' });
  });

  it('keeps a body the reference data knows a body in a list of people', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, organizations: [...(NEWS_FACTS.organizations ?? []), 'Kestrelwire'] });
    const text = 'John Vickers and Mary Garrow, Kestrelwire’s founders, spoke on Monday.';
    const types = Object.fromEntries(typedWith(gazetteer, text).map((c) => [c.text, c.type]));
    expect(types).toEqual({ 'John Vickers': 'person', 'Mary Garrow': 'person', Kestrelwire: 'organization' });
  });

  it('keeps an acronym read as a body a body in a list of places', () => {
    const text = 'We must take on our enemies like Russia, KVTN, China and Ukraine.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types.KVTN).toBe('organization');
  });

  it('gives no person’s type to a plural common word before people in apposition', () => {
    const text = 'But the two leading Officials, John Vickers and Mary Keane, disagreed.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['John Vickers']).toBe('person');
    expect(types.Officials).toBeUndefined();
  });

  it('gives no type to a member the evidence rules out: a party’s initial in brackets', () => {
    const text = 'Attorney General John Vickers (D), Keane’s opponent, and Mary Keane spoke.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['John Vickers']).toBe('person');
    expect(types.D).toBeUndefined();
  });

  it('gives no place’s type to a person named in full after a town and its state', () => {
    const text = 'On Sunday, at a rally in Donetsk, Crimea, John Vickers rebuffed a heckler.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['John Vickers']).toBe('person');
  });

  it('gives no place’s type to a capitalised common word after a town and its state', () => {
    const text = 'In Donetsk, Crimea, Republican hopes rose on Monday.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types.Republican).toBeUndefined();
  });

  it('gives no person’s type to a name ending in a place’s head word', () => {
    // Common words after "the" weigh against every type: the place leads by its head word alone.
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'forbidden', 'palace'] });
    const text = 'At the compound beside the Forbidden Palace, Mr. Keane and Mr. Vickers sealed the deal.';
    const types = Object.fromEntries(typedWith(facts, text).map((c) => [c.text, c.type]));
    expect(types['Forbidden Palace']).toBe('place');
  });

  it('does not type a pair on the strength of one member', () => {
    const types = Object.fromEntries(typed('They met in Crimea and Zorbatown.').map((c) => [c.text, c.type]));
    expect(types.Zorbatown).toBeUndefined();
  });
});

describe('typeListMembers: lists written with articles and abbreviations', () => {
  it('reads a list past "the" and a bracketed abbreviation', () => {
    const text = 'The pact was signed by the Harbour Workers Party (HWP), Zelvara, the Coastal Farmers League and Ondrivo.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types.Zelvara).toBe('organization');
    expect(types.Ondrivo).toBe('organization');
  });

  it('lets a member typed by one weak cue take the type of the list', () => {
    const text = 'Seats went to the Harbour Workers Party, the Coastal Farmers League, Shiv Sena and the Green Union.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['Shiv Sena']).toBe('organization');
  });

  it('keeps people named with a title in a list of bodies', () => {
    const text = 'Present were the Harbour Workers Party, the Coastal Farmers League, Senator Anna Holm and the Green Union.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types['Anna Holm']).toBe('person');
  });
});
