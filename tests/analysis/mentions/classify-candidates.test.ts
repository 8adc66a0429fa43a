import { describe, expect, it } from 'vitest';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc, typed, typedWith } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const types = (text: string): Record<string, string | undefined> =>
  Object.fromEntries(typed(text).map((c) => [c.text, c.type]));

describe('classifyCandidates', () => {
  it('keeps a name every mention reads as a body one, against person cues of several kinds summed over the document', () => {
    // "said", a possessive and a verb's subject each fit a broadcaster as well as a person.
    const text = 'KVTN Fires Its Anchor.\n\nThe anchor was fired from KVTN on Wednesday.\n\n"We are a fair network," KVTN said in a statement. KVTN\'s lawyers declined to comment. Analysts said KVTN was left with little choice.';
    expect(new Set(typed(text).filter((c) => c.text === 'KVTN').map((c) => c.type))).toEqual(new Set(['organization']));
  });

  it('reads the surname of a person named with a given name that is also a word as that person elsewhere', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Mark: 'male' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'mark'] });
    const text = 'Mark Pruitt ran the survey. The numbers came from Pruitt on Monday.';
    expect(typedWith(facts, text).filter((c) => c.text === 'Pruitt').map((c) => c.type)).toEqual(['person']);
    // Not when the surname is an acronym or a place.
    expect(typedWith(facts, 'Mark RNC ran the survey. The numbers came from RNC on Monday.').filter((c) => c.text === 'RNC').map((c) => c.type)).not.toContain('person');
  });

  it('keeps a dateline’s town a place, though a club named after it makes the town’s name the club elsewhere', () => {
    const found = typed('TORONTO (AP) — The Toronto Raptors beat the Ashford Rovers 101-99 on Friday. Toronto won its third straight game.');
    expect(found.filter((c) => /^toronto$/iu.test(c.text)).map((c) => c.type)).toEqual(['place', 'organization']);
  });

  it('reads a name inside the name of a condition or a law as nothing, there and in its other mentions', () => {
    const text = 'Her father had Varnick’s disease. Congress passed funds for Kessin. The Kessin virus spread in May. Kessin cases rose. Tolle’s law held.';
    const found = typed(text);
    expect(found.filter((c) => ['Varnick', 'Kessin', 'Tolle'].includes(c.text)).map((c) => c.type)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(found.find((c) => c.text === 'Kessin' && c.evidence.rule !== undefined)?.evidence.rule).toBe('eponym-elsewhere');
    // A person named in full elsewhere keeps the surname.
    expect(typed('Dr. Anna Varnick spoke. Varnick’s disease is rare. Varnick said so.').filter((c) => c.text === 'Varnick').map((c) => c.type)).toContain('person');
  });

  it('reads two people joined by "&" as two, a firm so joined as one', () => {
    const found = typed('Earlier work agrees (Kessin & Tolle, 2014; Varnick, 2011).').filter((c) => c.type === 'person').map((c) => c.text);
    expect(found).toEqual(['Kessin', 'Tolle', 'Varnick']);
    const firm = typed('Investors sold Hale & Brandt Inc. on Monday.').find((c) => c.text.includes('&'));
    expect([firm?.text, firm?.type]).toEqual(['Hale & Brandt Inc.', 'organization']);
  });

  it('types people by title, places by reference data, organizations by head word', () => {
    expect(types('Russian President Vladimir Putin told the Moscow State University audience in Beijing that NATO was wrong.')).toEqual({
      'Vladimir Putin': 'person',
      'Moscow State University': 'organization',
      Beijing: 'place',
      NATO: 'organization',
    });
  });

  it('keeps a dateline’s town before the agency’s bracket a place, whoever bears its name', () => {
    const text = 'BOSTON (AP) — The gala drew stars.\n\nCelebrities Linda Boston and Tom Keane attended.';
    expect(typed(text).find((c) => c.text === 'BOSTON')?.type).toBe('place');
  });

  it('reads a surname opening a paragraph before a comma and a clause as the person, not a dateline', () => {
    const text = 'Linda Boston won the title in 1985.\n\nBoston, who won again in 1988, said she was happy.';
    expect(typed(text).filter((c) => c.text === 'Boston').map((c) => c.type)).toEqual(['person']);
  });

  it('reads a trail, a mansion, a manor, a cemetery, an inn or a belt as a place by its head word', () => {
    expect(types('We walked the Garrow Trail before a tour of Vickers Mansion and Keane Manor.')).toMatchObject({ 'Garrow Trail': 'place', 'Vickers Mansion': 'place', 'Keane Manor': 'place' });
    expect(types('He lies in Varnel Cemetery, far from the Kessin Inn.')).toMatchObject({ 'Varnel Cemetery': 'place', 'Kessin Inn': 'place' });
    expect(types('Voters across the Garrow Belt want jobs.')).toMatchObject({ 'Garrow Belt': 'place' });
  });

  it('reads a newspaper by its head word ("Register", "Ledger")', () => {
    expect(types('The Garrow Register endorsed him on Sunday, and the Westbury Ledger agreed.')).toMatchObject({ 'Garrow Register': 'organization', 'Westbury Ledger': 'organization' });
  });

  it('reads a surname that is a head word as a person after a form of address or a given name and initial', () => {
    expect(types('David K. Band, who ran the foundation, agreed. Mr. Band wrote that he needed help.')).toMatchObject({ 'David K. Band': 'person', Band: 'person' });
    expect(types('The Garrow Band played on.')).toMatchObject({ 'Garrow Band': 'organization' });
  });

  it('reads monuments, memorials and malls by their head word as places', () => {
    expect(types('Crowds lined the Kestrel Mall and gathered by the Westbury Monument and the Garrow Memorial.')).toMatchObject({
      'Kestrel Mall': 'place',
      'Westbury Monument': 'place',
      'Garrow Memorial': 'place',
    });
  });

  it('does not take an unknown name for an organization on "the" alone', () => {
    // Products, groups and nicknames follow "the" as often as bodies do; a head word still counts.
    expect(types('We ordered the Kravelo and waited for the Ostrava Rowing Club.')).toMatchObject({ Kravelo: undefined, 'Ostrava Rowing Club': 'organization' });
  });

  it('makes no person of a group named by a common word in the plural, whatever cues its mentions collect', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'moderates', 'mills'] });
    const text = 'It pleased Moderates, who had waited. Moderates’ plans changed. Later, Moderates said they were ready. The campaign thanked Moderates.';
    expect(typedWith(facts, text).filter((c) => c.text === 'Moderates').map((c) => c.type)).not.toContain('person');
    // The surname of a person named in full stays theirs.
    const named = 'Linda Mills ran the survey. Later, Mills said the numbers were good. Mills’ staff agreed.';
    expect(typedWith(facts, named).filter((c) => c.text === 'Mills').map((c) => c.type)).toEqual(['person', 'person']);
  });

  it('keeps a listed organization one though a passage plays with it as a place', () => {
    const text = 'Google grew fast. Google hired more. Google bought a firm. Users call it the province of Google now.';
    expect(new Set(typed(text).filter((c) => c.text === 'Google' && c.tokenStart < 12).map((c) => c.type))).toEqual(new Set(['organization']));
  });

  it('reads an unknown name before a comma and "which" as a body rather than a place', () => {
    expect(typed('The ads were made by Kestrel Analytica, which declined to comment.').find((c) => c.text === 'Kestrel Analytica')?.type).toBe('organization');
  });

  it('weighs a name once and each kind of context once across the document', () => {
    // Three "said" are one cue that a person speaks; shares are only a company's.
    const text = 'Varnosco said profits rose. Varnosco said costs fell. Varnosco said more. Investors bought shares of Varnosco.';
    expect(typed(text).filter((c) => c.text === 'Varnosco').map((c) => c.type)).toEqual(['organization', 'organization', 'organization', 'organization']);
    // A listed company stays one, however often it is the subject of a verb.
    const google = 'Google grew. Google hired. Google bought a firm. Google sold it.';
    expect(typed(google).map((c) => c.type)).toEqual(['organization', 'organization', 'organization', 'organization']);
  });

  it('reads a country named by two names and "and" as one place', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, 'Varno and Tessa': { name: 'Varno and Tessa', kind: 'country', country: 'VT' }, Varno: { name: 'Varno', kind: 'region', country: 'VT' } } });
    expect(typedWith(gazetteer, 'She moved to Varno and Tessa in 1990.').map((c) => [c.text, c.type])).toEqual([['Varno and Tessa', 'place']]);
    // Two names that are no one place stay two.
    expect(typedWith(gazetteer, 'She moved to Varno and Athens in 1990.').map((c) => c.text)).toEqual(['Varno', 'Athens']);
    // So with "upon", "am", "of".
    const towns = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, 'Kessing upon Tolle': { name: 'Kessing upon Tolle', kind: 'city', country: 'GB', population: 190_000 } } });
    expect(typedWith(towns, 'He was born in Kessing upon Tolle in 1950.').map((c) => [c.text, c.type])).toEqual([['Kessing upon Tolle', 'place']]);
  });

  it('keeps a place its own context names so, though a person named in full bears the name', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Garrow: 'male' } });
    const garrowTown = typedWith(gazetteer, 'Garrow Vickers built the line. It ran near the town of Garrow until 1920.').filter((c) => c.text === 'Garrow');
    expect(garrowTown.map((c) => c.type)).toEqual(['place']);
    // Without the cue, the given name is the person's again.
    const again = typedWith(gazetteer, 'Garrow Vickers built the line. Then Garrow sold it.').filter((c) => c.text === 'Garrow');
    expect(again.map((c) => c.type)).toEqual(['person']);
  });

  it('keeps the town named after a preposition of place, though a club bears its name', () => {
    const types = typed('Westbury Rovers won the cup. The final was played in Westbury on Sunday.').filter((c) => c.text === 'Westbury').map((c) => c.type);
    expect(types).toEqual(['place']);
  });

  it('keeps a body named inside a dated election part of the election, however surely it is a body elsewhere', () => {
    const all = typed('The Ruritania Senate met on Monday. He won the 1990 Ruritania Senate election in the north.');
    const senate = all.filter((c) => c.text === 'Ruritania Senate');
    expect(senate.map((c) => c.type)).toEqual(['organization', undefined]);
  });

  it('reads a given name used alone as a person, but a small town of that name after "in" as the town', () => {
    expect(types('Thanks for the notes. Linda will send the rest.')).toMatchObject({ Linda: 'person' });
    const withTown = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Linda: { name: 'Linda', kind: 'city', country: 'US', population: 9_000 } } });
    const d = doc('A pipe burst in Linda on Monday.');
    const found = classifyCandidates(d, withTown, findCandidates(d, withTown));
    expect(found.map((c) => [c.text, c.type])).toEqual([['Linda', 'place']]);
  });

  it('reads a chamber named by its common word after "the" as an organization', () => {
    expect(types('After a long debate the House passed the bill, and a vote in the Commons followed.')).toMatchObject({ House: 'organization', Commons: 'organization' });
  });

  it('reads the noun naming a party alone as that party, but no adjective before a noun', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'harvest', 'conservative'] });
    const text = 'The opposition Harvest party said it would win. Voters backed Harvest in May, and the Conservative Party lost. A Conservative spokesman said Harvest had no plan.';
    const found = typedWith(facts, text);
    expect(found.filter((c) => c.text === 'Harvest').map((c) => c.type)).toEqual(['organization', 'organization', 'organization']);
    expect(found.filter((c) => c.text === 'Conservative').map((c) => c.type)).toEqual([undefined]);
  });

  it('never reports a demonym as a place', () => {
    const found = typed('Russian officials met Ukrainian negotiators.');
    expect(found.filter((c) => c.type !== undefined)).toEqual([]);
  });

  it('makes a surname-only mention the person named in full', () => {
    expect(types('Jordan Halvorsen spoke first. Later, Halvorsen said the talks in Jordan had failed.')).toMatchObject({
      'Jordan Halvorsen': 'person',
      Halvorsen: 'person',
    });
  });

  it('keeps the type of an acronym defined in brackets', () => {
    expect(types('The World Health Organization (WHO) said on Monday that cases fell.')).toMatchObject({
      'World Health Organization': 'organization',
      WHO: 'organization',
    });
  });

  it('reads "-based" as a place cue', () => {
    expect(types('A Springfield-based charity helped.')).toMatchObject({ Springfield: 'place' });
  });

  it('reads a following "said" as a person cue', () => {
    expect(types('“We are ready,” Kowalczyk said.')).toMatchObject({ Kowalczyk: 'person' });
  });
});

describe('a region named many times', () => {
  it('stays a place against person cues gathered over its mentions, when no given name reads it', () => {
    const text = 'Voters in Ohio met. Ohio cut his budget. Later Ohio, who had waited, left. Ohio said the rest. Ohio’s plan failed. Ohio won.';
    expect(typed(text).filter((c) => c.text === 'Ohio').map((c) => c.type)).toEqual(Array(6).fill('place'));
  });
});

describe('an acronym written as a kind of thing', () => {
  it('types no mention of an acronym the document writes as a kind ("a super PAC"), even where a mention alone reads as a body', () => {
    const text = 'A conservative super PAC aimed at Garrow ran ads. The PAC said it would spend more. The FBI said nothing.';
    const found = typed(text).filter((c) => c.text === 'PAC');
    expect(found.map((c) => c.type)).toEqual([undefined, undefined]);
    expect(found.map((c) => c.evidence.rule)).toEqual(['kind-acronym', 'kind-acronym']);
    expect(typed(text).find((c) => c.text === 'FBI')?.type).toBe('organization');
  });
});

describe('a word made of a surname', () => {
  it('reads a surname with a tail of derivation ("-care", "-ism") as no person', () => {
    const text = 'Senator John Varnick wrote the law. Varnickcare is causing premiums to rise, critics said. Varnick defended it.';
    expect(typed(text).find((c) => c.text === 'Varnickcare')?.type).toBeUndefined();
    expect(typed(text).find((c) => c.text === 'Varnickcare')?.evidence.rule).toBe('word-made-of-surname');
  });
});

describe('two names joined by a hyphen', () => {
  it('reads two people’s names joined by a hyphen as neither, but keeps a titled double surname', () => {
    const text = 'President John Varnick met Premier Lena Garrow and Tom Hale on Monday. The Varnick-Garrow talks went well. Mrs. Garrow-Hale joined later.';
    const pair = typed(text).find((c) => c.text === 'Varnick-Garrow');
    expect(pair?.type).toBeUndefined();
    expect(pair?.evidence.rule).toBe('paired-names');
    expect(typed(text).find((c) => c.text === 'Garrow-Hale')?.type).toBe('person');
  });
});

describe('a firm named after its founder', () => {
  it('keeps the lone name a firm where a mention says what only a company is, else the founder', () => {
    const text = 'Vardeko was founded in 1898 by John Vardeko. Later Vardeko opened a plant in Ohio.';
    const found = typed(text).filter((c) => c.text === 'Vardeko');
    expect(found.map((c) => c.type)).toEqual(['organization', 'organization']);
    const founder = typed('John Vardeko opened a plant in Ohio. Later Vardeko retired.').filter((c) => c.text === 'Vardeko');
    expect(founder.map((c) => c.type)).toEqual(['person']);
  });
});

describe('events', () => {
  it('keeps the name word of a storm from becoming a person', () => {
    const found = Object.fromEntries(typed('Cyclone Tavira hit the coast. Tavira weakened as it moved inland.').map((c) => [c.text, c.type]));
    expect(found).toEqual({ 'Cyclone Tavira': undefined, Tavira: undefined });
  });
});

describe('a place written with where it lies', () => {
  const austin = { name: 'Austin', kind: 'city', country: 'US', population: 960_000 } as const;
  const gazetteer = fixtureGazetteer({
    ...NEWS_FACTS,
    places: { ...NEWS_FACTS.places, Austin: austin, 'Austin, Texas': austin, Texas: { name: 'Texas', kind: 'region', country: 'US' } },
    givenNames: { ...NEWS_FACTS.givenNames, Austin: 'male' },
  });
  const typeOf = (text: string, at: number) => {
    const d = doc(text);
    return classifyCandidates(d, gazetteer, findCandidates(d, gazetteer)).find((c) => c.start === at)?.type;
  };

  it('stays a place beside a person who bears its name', () => {
    const text = 'Their son, Austin David Smith, was born in 2013. The family lives in Austin, Texas now.';
    expect(typeOf(text, text.lastIndexOf('Austin'))).toBe('place');
  });

  it('is still the person when written alone', () => {
    const text = 'Their son, Austin David Smith, was born in 2013. Austin is now at school.';
    expect(typeOf(text, text.lastIndexOf('Austin'))).toBe('person');
  });
});

describe('acronyms written as units', () => {
  it('types no acronym the document writes after a number', () => {
    const found = typed('He hit .203 with 11 RBI. RBI leaders were named in May. A tax of CUC 25 applies; pay 40 CUC at the desk.');
    expect(found.filter((c) => c.text === 'RBI' || c.text === 'CUC').map((c) => c.type)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('still reads an acronym after a year or before the noun it qualifies', () => {
    const found = typed('In 2016 NATO agreed to expand. Three NATO members objected.');
    expect(found.filter((c) => c.text === 'NATO').map((c) => c.type)).toEqual(['organization', 'organization']);
  });
});

describe('acronyms of terms', () => {
  it('types no acronym whose words the text writes out in lower case', () => {
    const found = typed('Firms are using artificial intelligence to cut costs. Generative AI will reduce the workforce.');
    expect(found.find((c) => c.text === 'AI')?.type).toBeUndefined();
  });

  it('still types an acronym whose letters only happen to begin some words', () => {
    const found = typed('NATO said the talks used some new rules. NATO agreed.');
    expect(found.filter((c) => c.text === 'NATO').map((c) => c.type)).toEqual(['organization', 'organization']);
  });
});

describe('first words of organizations', () => {
  it('leaves a common word or a state alone after the organization it opens', () => {
    const found = typed('The Republican National Committee met. The Republican nominee spoke. The Ohio Standards board met in Ohio.');
    expect(found.filter((c) => c.text === 'Republican').map((c) => c.type)).toEqual([undefined]);
    expect(found.filter((c) => c.text === 'Ohio').map((c) => c.type)).toEqual(['place']);
  });

  it('reads the first word of a body after a preposition of place as the body when no place bears the name', () => {
    const found = typed('She was escorted off the grounds of Kestrin University on Monday. She spoke again at Kestrin on Tuesday.');
    expect(found.filter((c) => c.text === 'Kestrin').map((c) => c.type)).toEqual(['organization']);
  });

  it('reads a possessive that opens an organization as its owner, not its first word', () => {
    const found = typed("Professor Varga's war began in 2005. Later Varga's Coalition for Unity and Democracy won seats. Varga traveled abroad.");
    expect(found.filter((c) => c.text === 'Varga').map((c) => c.type)).toEqual(['person', 'person']);
  });

  it('keeps the place that opens a dateline a place, though a person named in full bears the name', () => {
    const found = typed('LONDON 1996-08-31\n\nThe novelist John London spoke on Monday.');
    expect(found.find((c) => c.text === 'LONDON')?.type).toBe('place');
    expect(found.find((c) => c.text === 'John London')?.type).toBe('person');
  });
});
