import { describe, expect, it } from 'vitest';
import { candidateWith, typed, typedWith } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';
import { F } from '../../../src/analysis/mentions/features.js';
import type { Gazetteer } from '../../../src/gazetteer/gazetteer.js';

const typeOf = (text: string, name: string) => typed(text).find((c) => c.text === name)?.type;
const firedFor = (text: string, name: string) => typed(text).find((c) => c.text === name)?.evidence.fired ?? [];
/** The features that fire for the name, read with other reference data. */
const firedIn = (facts: Gazetteer, text: string, name: string) => typedWith(facts, text).find((c) => c.text === name)?.evidence.fired ?? [];
/** The name is a candidate, and `feature` does not fire for it. */
const expectFoundWithout = (text: string, name: string, feature: number) => {
  const fired = firedFor(text, name);
  expect(fired).toContain(F.bias);
  expect(fired).not.toContain(feature);
};

describe('evidence', () => {
  it('reads an apposition’s head noun', () => {
    expect(typeOf('Unemployment fell, said Eurostat, the EU’s statistics agency.', 'Eurostat')).toBe('organization');
    expect(typeOf('He joined from Molde, a town in western Norway.', 'Molde')).toBe('place');
  });

  it('reads no head in a relative clause inside an apposition ("a Democrat whose office …")', () => {
    expect(firedFor('Later Varnick, a Democrat whose office oversees charities, spoke.', 'Varnick')).not.toContain(F.appositionOrganization);
  });

  it('reads past a noun that adjectives and another noun follow to the head ("the official Ruritanian news agency")', () => {
    expect(firedFor('The plan was unkind, Kestrel, the official Ruritanian news agency, wrote.', 'Kestrel')).toContain(F.appositionOrganization);
    expect(firedFor('The plan was unkind, Kestrel, the official Ruritanian news agency, wrote.', 'Kestrel')).not.toContain(F.appositionRole);
    expect(firedFor('Garrow, a senior official, resigned.', 'Garrow')).toContain(F.appositionRole);
  });

  it('reads no place after a preposition whose clause the name opens as subject of a gerund, or whose phrase it owns or, unplaced, only qualifies', () => {
    expectFoundWithout('She believed it all, from Varnick being a spy to the moon landing.', 'Varnick', F.placePreposition);
    expect(firedFor('She flew from Varnick to the coast.', 'Varnick')).toContain(F.placePreposition);
    // Nor when the name owns what the preposition governs.
    expect(firedFor('She served in Varnick’s cabinet for years.', 'Varnick')).not.toContain(F.placePreposition);
    // Nor when a name no reference data places qualifies the noun the preposition governs.
    expect(firedFor('He said so in TV interviews and in KVTN.', 'TV')).not.toContain(F.placePreposition);
    expect(firedFor('He said so in TV interviews and in KVTN.', 'KVTN')).toContain(F.placePreposition);
    expect(firedFor('The plant stood in Ohio farm country.', 'Ohio')).toContain(F.placePreposition);
  });

  it('reads a capital and a full stop standing alone as a letter, not an acronym', () => {
    expect(firedFor('“Neither do I.” He left the room.', 'I.')).toContain(F.singleLetter);
    expect(typeOf('“Neither do I.” He left the room.', 'I.')).toBeUndefined();
  });

  it('reads no place noun after a common word read as an adjective', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'democratic'] });
    const fired = typedWith(gazetteer, 'It was always a heavily Democratic state, she said.').find((c) => c.text === 'Democratic')?.evidence.fired;
    expect(fired).toContain(F.bias);
    expect(fired).not.toContain(F.placeNounAfter);
    expect(firedFor('She grew up in the Varnobel district near the coast.', 'Varnobel')).toContain(F.placeNounAfter);
  });

  it('reads a time zone after a time, not the same letters elsewhere', () => {
    const zones = fixtureGazetteer({ ...NEWS_FACTS, timeZones: ['EDT', 'PDT'] });
    expect(firedIn(zones, 'The meeting starts at 10 a.m. (PDT) in the boardroom.', 'PDT')).toContain(F.timeZoneCode);
    expect(firedIn(zones, 'The Latest on the race (all times EDT): polls close.', 'EDT')).toContain(F.timeZoneCode);
    expect(typedWith(zones, 'The meeting starts at 10 a.m. (PDT) in the boardroom.').find((c) => c.text === 'PDT')?.type).toBeUndefined();
    expect(firedIn(zones, 'He was the PDT’s presidential candidate in 2018.', 'PDT')).not.toContain(F.timeZoneCode);
  });

  it('reads a place after a direction and "of", and after place nouns in the plural', () => {
    expect(firedFor('The hamlet lies two miles north of Hornvik on the coast road.', 'Hornvik')).toContain(F.placeNounOf);
    expect(firedFor('The troops marched towards the villages of Lougar and Tessin.', 'Lougar')).toContain(F.placeNounOf);
    expect(firedFor('They rallied on the outskirts of Varnobel at dawn.', 'Varnobel')).toContain(F.placeNounOf);
    expectFoundWithout('She spoke on behalf of Varnobel at dawn.', 'Varnobel', F.placeNounOf);
  });

  it('reads a name after "The" with its capital in mid-sentence as a publication’s, not after "the" or at a sentence’s start', () => {
    expect(firedFor('She told The Ledger on Monday that sales fell.', 'Ledger')).toContain(F.capitalisedThe);
    expect(typeOf('She told The Ledger on Monday that sales fell.', 'Ledger')).toBe('organization');
    expectFoundWithout('She told the Ledger on Monday that sales fell.', 'Ledger', F.capitalisedThe);
    // A given name alone after it is a person's nickname.
    expectFoundWithout('Fans cheered for The Donald at the rally.', 'Donald', F.capitalisedThe);
  });

  it('reads an electoral district after its noun and "of", not a name before it', () => {
    expect(firedFor('She won the riding of Westbury North by 400 votes.', 'Westbury North')).toContain(F.placeNounOf);
    expect(firedFor('He lost his seat of Kessin Bay in the election.', 'Kessin Bay')).toContain(F.placeNounOf);
    expect(firedFor('He was returned for the constituency of Ashford Vale.', 'Ashford Vale')).toContain(F.placeNounOf);
    expect(typeOf('The Garrow seat went to Labour.', 'Garrow')).not.toBe('place');
  });

  it('reads no place word after a common word, however tagged, nor a place noun in "… community"', () => {
    // "republican" is a common word of the fixture data.
    expectFoundWithout('Rubio led the Republican field in the polls.', 'Republican', F.placeWordAfter);
    expectFoundWithout('She courted the Kestrel community in the county.', 'Kestrel', F.placeNounAfter);
    expect(firedFor('He fished on the Varnobel lake all summer.', 'Varnobel')).toContain(F.placeWordAfter);
    // A place noun in the plural, "-ies" included: "the Varnobel and Kessmoor counties".
    expect(firedFor('Turnout rose in the Varnobel and Kessmoor counties this year.', 'Varnobel')).toContain(F.placeNounAfter);
    expect(typeOf('He grew up in Garrow, a farming community in Iowa.', 'Garrow')).toBe('place');
  });

  it('reads a role in apposition after the place where something happens as the subject’s, not the place’s', () => {
    expectFoundWithout('Lena Ford was born in Louisville, Kentucky, the daughter of a pastor.', 'Kentucky', F.appositionRole);
    expectFoundWithout('Lena Ford grew up in Louisville, the daughter of a pastor.', 'Louisville', F.appositionRole);
    expect(firedFor('They met Varnick, the mayor of the town.', 'Varnick')).toContain(F.appositionRole);
  });

  it('reads an organization noun written before the name', () => {
    expect(typeOf('He joined from Norwegian side Molde in January.', 'Molde')).toBe('organization');
  });

  it('reads head-first names of institutions in other languages and chambers before "of"', () => {
    expect(typeOf('She teaches at the Universidade da Serra Alta now.', 'Universidade da Serra Alta')).toBe('organization');
    expect(typeOf('The bill went to the House of Delegates on Monday.', 'House of Delegates')).toBe('organization');
    expect(typeOf('They met envoys of the Allied Nations on Monday.', 'Allied Nations')).toBe('organization');
  });

  it('reads one hyphenated word opened by a given name as no person unless both halves are given names', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, organizations: [...(NEWS_FACTS.organizations ?? []), 'Maria-Vonk'] });
    expect(typedWith(gazetteer, 'Maria-Vonk said profits rose on Monday.').find((c) => c.text === 'Maria-Vonk')?.evidence.fired).not.toContain(F.givenNameFirst);
    expect(typedWith(gazetteer, 'Maria-Vonk said profits rose on Monday.').find((c) => c.text === 'Maria-Vonk')?.type).toBe('organization');
    expect(firedFor('Yesterday Linda-Maria Vonk spoke.', 'Linda-Maria Vonk')).toContain(F.givenNameFirst);
  });

  it('reads a listed firm joined by a hyphen to another name as the merged firm', () => {
    expect(firedFor('Shares in Google-Halvorsen fell on Monday.', 'Google-Halvorsen')).toContain(F.knownOrganization);
  });

  it('reads the owner of a player of a position as a side, past the player’s adjectives', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Westbury: 'female' } });
    const side = typedWith(gazetteer, 'Westbury’s Canadian striker Kieran Jordan scored twice.').find((c) => c.text === 'Westbury');
    expect(side?.evidence.fired).toContain(F.sideOfPlayer);
    expect(side?.evidence.fired).not.toContain(F.possessiveAfter);
    expect(side?.type).toBe('organization');
    // A person named in full has defenders of another kind.
    const person = typedWith(gazetteer, 'He is John Vickers’s chief defender in the party.').find((c) => c.text === 'John Vickers');
    expect(person?.evidence.fired).not.toContain(F.sideOfPlayer);
    expect(person?.type).toBe('person');
  });

  it('reads "Les" before a singular name as a given name, before a plural as an article', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Les: 'male' } });
    expect(firedIn(gazetteer, 'Scorers: Les Brennan 67, Kieran Jordan 80.', 'Les Brennan')).not.toContain(F.opensWithArticle);
    expect(firedIn(gazetteer, 'She loved Les Misérables as a child.', 'Les Misérables')).toContain(F.opensWithArticle);
  });

  it('reads a reporting verb after a pair of names as said of the first name too', () => {
    expect(firedFor('“We object,” Cummock and Vickery wrote in a letter.', 'Cummock')).toContain(F.reportingVerbAfter);
    expect(firedFor('Cummock and Lena Vickery said they would object.', 'Cummock')).toContain(F.reportingVerbAfter);
    // Not past a longer capitalised run, nor past "and" with no name after it.
    expectFoundWithout('Cummock and the Harbor Board of Trade said it would object.', 'Cummock', F.reportingVerbAfter);
  });

  it('reads a given name that speaks as a person’s, whatever small place bears it too', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Lena: { name: 'Lena', kind: 'region', country: 'CV' } }, givenNames: { ...NEWS_FACTS.givenNames, Lena: 'female' } });
    const typedAs = (text: string, name: string) => typedWith(gazetteer, text).find((c) => c.text === name);
    expect(typedAs('Later, Lena told reporters the deal was done.', 'Lena')?.evidence.fired).toContain(F.givenNameSpeaks);
    expect(typedAs('Later, Lena told reporters the deal was done.', 'Lena')?.type).toBe('person');
    // Not a place after a preposition, whose sentence's subject speaks; not a capital or a country.
    expect(typedAs('Sen. Tom Keane of Lena said the deal was done.', 'Lena')?.evidence.fired).not.toContain(F.givenNameSpeaks);
    expect(typedAs('Jordan said the border would stay closed.', 'Jordan')?.evidence.fired).not.toContain(F.givenNameSpeaks);
  });

  it('reads a capital that speaks as its government, however small, not as a person of its name', () => {
    const places = { ...NEWS_FACTS.places, Garrowtown: { name: 'Garrowtown', kind: 'city' as const, country: 'US', population: 600_000, capital: true as const } };
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places, givenNames: { ...NEWS_FACTS.givenNames, Garrowtown: 'male' } });
    const found = typedWith(gazetteer, 'Garrowtown believes the hackers came from abroad.').find((c) => c.text === 'Garrowtown');
    expect(found?.evidence.fired).not.toContain(F.givenNameSpeaks);
    expect(found?.type).toBe('place');
  });

  it('reads a body’s branch in a country by the body’s head word', () => {
    expect(firedFor('He ran as the nominee of the Socialist Party China in 1980.', 'Socialist Party China')).toContain(F.organizationHeadLast);
    expect(typeOf('They met delegates of the Varnel Coal Community.', 'Varnel Coal Community')).toBe('organization');
  });

  it('reads a party named by a noun alone, not the holiday, a field or the common word opening a sentence', () => {
    expect(firedFor('Williams stood unsuccessfully for Labour in Coventry.', 'Labour')).toContain(F.partyNoun);
    expect(typeOf('Williams stood unsuccessfully for Labour in Coventry.', 'Labour')).toBe('organization');
    expect(firedFor('Labour leader Tom Vickers called the plan a gimmick.', 'Labour')).toContain(F.partyNoun);
    expect(firedFor('Polls show the Tories behind.', 'Tories')).toContain(F.partyNoun);
    expect(firedFor('Labor shifted from farming to mining.', 'Labor')).not.toContain(F.partyNoun);
    expect(firedFor('They met on the Labor Day weekend.', 'Labor')).not.toContain(F.partyNoun);
    const fields = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'health', 'education'] });
    expect(candidateWith(fields, 'He wants to lead the Health, Education, Labor and Pensions Committee.', 'Labor')?.evidence.fired).not.toContain(F.partyNoun);
  });

  it('knows a listed body written with the Arabic article in lower case', () => {
    const data = fixtureGazetteer({ ...NEWS_FACTS, organizations: ['Al-Vostra'] });
    expect(candidateWith(data, 'Recruits went on to join al-Vostra in 2001.', 'al-Vostra')?.evidence.fired).toContain(F.knownOrganization);
  });

  it('reads a long lower-case title opened by a name of two words whole', () => {
    const found = typed('The talks ended, Harbour House national security spokesman John Varga told reporters.').find((c) => c.text === 'John Varga');
    expect(found?.evidence.title).toBe('Harbour House national security spokesman');
  });

  it('reads a camp, a brook and a parish as places', () => {
    expect(typeOf('The leaders met at Camp Varnell in July.', 'Camp Varnell')).toBe('place');
    expect(typeOf('A bridge was built over Varnell Brook in 1895.', 'Varnell Brook')).toBe('place');
    expect(typeOf('Deputies in Varnell Parish were called.', 'Varnell Parish')).toBe('place');
  });

  it('reads an embassy or a consulate as a body', () => {
    expect(typeOf('The Vostran Embassy in Moscow said it was concerned.', 'Vostran Embassy')).toBe('organization');
    expect(typeOf('She applied to the Vostran Consulate by post.', 'Vostran Consulate')).toBe('organization');
  });

  it('reads a body named with its city by the body’s head word', () => {
    expect(typeOf('She lectured at Kessin College London until 2004.', 'Kessin College London')).toBe('organization');
  });

  it('reads a title ending in "of" as governing a place or a body, not a person', () => {
    expect(typeOf('She was elected the Mayor of Westbury in 1992.', 'Westbury')).toBe('place');
    expect(firedFor('She was elected the Mayor of Westbury in 1992.', 'Westbury')).not.toContain(F.roleTitle);
  });

  it('reads no title before a name that qualifies a noun', () => {
    expect(firedFor('Rebels beat the official Vostra candidates in May.', 'Vostra')).not.toContain(F.roleTitle);
    expect(firedFor('President Vickers pinched a nerve in May.', 'Vickers')).toContain(F.roleTitle);
    // A singular noun too; not a verb read as a noun before a determiner.
    expect(firedFor('He wrote on his official Vostra feed that he was joking.', 'Vostra')).not.toContain(F.roleTitle);
    expect(typeOf('He wrote on his official Vostra feed that he was joking.', 'Vostra')).not.toBe('person');
    expect(firedFor('Later the spokesman Vickers pinched a nerve in May.', 'Vickers')).toContain(F.roleTitle);
    // An honorific is never a noun's adjective.
    expect(firedFor('Later Mr. Keane voters rallied in the square.', 'Keane')).toContain(F.honorificTitle);
  });

  it('reads a publication named by the noun before or after it as an organization, even one named after a person', () => {
    expect(firedFor('But the fact-checking site Kestrel traced the story.', 'Kestrel')).toContain(F.organizationNounBefore);
    expect(typeOf('But the fact-checking site Kestrel traced the story.', 'Kestrel')).toBe('organization');
    expect(typeOf('The gossip outlet Varnick set a trap.', 'Varnick')).toBe('organization');
    expect(firedFor('Linda magazine started the list in 1982.', 'Linda')).toContain(F.bodyNounAfter);
    expect(typeOf('Linda magazine started the list in 1982.', 'Linda')).toBe('organization');
  });

  it('reads no title, nor a role before a comma, for a word qualifying the role after it', () => {
    const text = 'He campaigned for his wife Democratic presidential front-runner Lena Ford. Her chief Democratic rival, Sen. Tom Keane, spoke. Her opponent, Republican nominee Ivo Garrow, did not.';
    const democratic = typed(text).filter((c) => c.text === 'Democratic');
    expect(democratic.length).toBe(2);
    for (const c of democratic) expect(c.evidence.fired).not.toContain(F.roleTitle);
    expect(firedFor(text, 'Republican')).not.toContain(F.roleBeforeComma);
    expect(typed(text).filter((c) => c.type === 'person').map((c) => c.text)).toEqual(['Lena Ford', 'Tom Keane', 'Ivo Garrow']);
    // Any other noun there may be a verb the tagger misread.
    expect(firedFor('Her mother Dora last saw them in May.', 'Dora')).toContain(F.roleTitle);
  });

  it('reads a town, a middle initial and a surname in -s as a person, not a club', () => {
    // "Fields" reads as a plural nickname ("field"), as "Canaries" would.
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Ashford: 'male' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'field'] });
    const person = typedWith(facts, 'His partner, Ashford B. Fields, called him a master.').find((c) => c.text === 'Ashford B. Fields');
    expect(person?.evidence.fired).not.toContain(F.namedAfterHomeTown);
    expect(person?.type).toBe('person');
  });

  it('reads a town that is a given name, even one that is also a word, before a surname in -s as a person', () => {
    const places = { ...NEWS_FACTS.places, Sandy: { name: 'Sandy', kind: 'city' as const, country: 'US', population: 90_000 } };
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places, givenNames: { ...NEWS_FACTS.givenNames, Sandy: 'female' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'sandy'] });
    const person = typedWith(facts, 'Sandy Pruitts, who lost her daughter, spoke first.').find((c) => c.text === 'Sandy Pruitts');
    expect(person?.evidence.fired).not.toContain(F.namedAfterHomeTown);
    expect(person?.type).toBe('person');
  });

  it('reads a plural noun before a country as a group, not a place in the country', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'families', 'northern'], places: { ...NEWS_FACTS.places, Ruritania: { name: 'Ruritania', kind: 'country', country: 'RU' } } });
    const group = typedWith(facts, 'The think tank Families Ruritania backed the plan.').find((c) => c.text === 'Families Ruritania');
    expect(group?.evidence.fired).toContain(F.groupOfCountry);
    expect(group?.type).toBe('organization');
    const region = typedWith(facts, 'Rain fell across Northern Ruritania on Monday.').find((c) => c.text === 'Northern Ruritania');
    expect(region?.evidence.fired).toContain(F.qualifiedPlace);
  });

  it('reads one word shaped like a prefixed surname as a person, not a prefix before a word', () => {
    expect(firedFor('The post went to McVarnick in the end.', 'McVarnick')).toContain(F.prefixedSurname);
    expect(typeOf('The post went to McVarnick in the end.', 'McVarnick')).toBe('person');
    expect(typeOf('The post went to O’Kessin in the end.', 'O’Kessin')).toBe('person');
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'book'] });
    expect(typedWith(facts, 'She bought a MacBook in May.').find((c) => c.text === 'MacBook')?.evidence.fired).not.toContain(F.prefixedSurname);
  });

  it('reads an acronym after "a" and a word in lower case as a kind, not a body', () => {
    expect(firedFor('They gave to a super PAC last year.', 'PAC')).toContain(F.indefiniteArticleBefore);
    expect(typeOf('They gave to a super PAC last year.', 'PAC')).toBeUndefined();
    expect(firedFor('They gave to the NRA last year.', 'NRA')).not.toContain(F.indefiniteArticleBefore);
  });

  it('reads a full name between "a" and a noun the tagger took for a verb as qualifying that noun', () => {
    expect(firedFor('He scored the second from a Mehmet Scholl cross.', 'Mehmet Scholl')).not.toContain(F.indefiniteArticleBefore);
    expect(firedFor('The prize went to a Lena Ford in Ohio.', 'Lena Ford')).toContain(F.indefiniteArticleBefore);
  });

  it('reads a name in brackets after a player in sports copy as the side, not a town, a country or a role', () => {
    const sports = 'The coach named his squad for the cup match, and the captain returns for the final. ';
    expect(firedFor(sports + 'Squad: Frank Pruitt (Westbury), John Keane (Ukraine).', 'Westbury')).toContain(F.sideInBrackets);
    expect(typeOf(sports + 'Squad: Frank Pruitt (Westbury), John Keane (Ukraine).', 'Westbury')).toBe('organization');
    expect(firedFor(sports + 'Squad: Frank Pruitt (Westbury), John Keane (Ukraine).', 'Ukraine')).not.toContain(F.sideInBrackets);
    expect(firedFor('The sketch starred Frank Pruitt (Westbury) as a host.', 'Westbury')).not.toContain(F.sideInBrackets);
  });

  it('reads an apposition opened by a possessive pronoun as one opened by an article', () => {
    expect(firedFor('Clinton named Frank Lake, his national security adviser, as director.', 'Frank Lake')).toContain(F.appositionRole);
    expect(typeOf('Clinton named Frank Lake, his national security adviser, as director.', 'Frank Lake')).toBe('person');
    expect(firedFor('In 1980 he started Kessinwire, his first jazz band, in Bali.', 'Kessinwire')).toContain(F.appositionOrganization);
  });

  it('reads the fielders and bowlers of a cricket scorecard as people, whatever town bears their name', () => {
    const card = 'Ruritania first innings\nF. Pruitt c Westbury b Kessin 43\nJ. Keane lbw b Kessin 7\n\nBowling: Kessin 14-3-39-2, Tolle 11.2-2-36-0.';
    expect(firedFor(card, 'Westbury')).toContain(F.scorecardPlayer);
    expect(typeOf(card, 'Westbury')).toBe('person');
    expect(typed(card).filter((c) => c.text === 'Kessin' || c.text === 'Tolle').map((c) => c.evidence.fired.includes(F.scorecardPlayer))).toEqual([true, true, true, true]);
    // A letter that opens no dismissal before a name and no runs after it: "Plan b Westbury".
    expect(firedFor('They chose plan b Westbury over the other site.', 'Westbury')).not.toContain(F.scorecardPlayer);
  });

  it('reads two capitals before a word in lower case as an abbreviation, not a given name', () => {
    // The reference data finds given names in any case: "AI" is the name Ai there.
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, AI: 'female', DJ: 'male' } });
    expect(firedIn(facts, 'The ministry runs AI Westbury and Smart Westbury.', 'AI Westbury')).not.toContain(F.givenNameFirst);
    // A name written all in capitals keeps its reading.
    expect(firedIn(facts, 'The set was played by DJ KESSIN last night.', 'DJ KESSIN')).toContain(F.givenNameFirst);
  });

  it('reads a place before "crude" or "blend" as an oil benchmark, not the place', () => {
    expect(firedFor('Westbury crude rose 2 percent on Tuesday.', 'Westbury')).toContain(F.commodityGrade);
    expect(typeOf('Westbury crude rose 2 percent on Tuesday.', 'Westbury')).toBeUndefined();
    expect(typeOf('Crude output in Westbury rose 2 percent on Tuesday.', 'Westbury')).toBe('place');
  });

  it('reads a compass adjective alone as no place', () => {
    expect(typeOf('He will talk about the Southern border on Monday.', 'Southern')).toBeUndefined();
    expect(typeOf('Leaders of Western nations met.', 'Western')).toBeUndefined();
  });

  it('reads an acronym in the plural as a kind of thing, not a name', () => {
    expect(firedFor('Donations to super PACs hit a record.', 'PACs')).toContain(F.pluralAcronym);
    expect(typeOf('Donations to super PACs hit a record.', 'PACs')).toBeUndefined();
    expect(typeOf('Many CEOs objected to the plan.', 'CEOs')).toBeUndefined();
  });

  it('reads a bank named by its side as a place, a bank named otherwise as a body', () => {
    expect(typeOf('Having visited the West Bank, I agree.', 'West Bank')).toBe('place');
    expect(typeOf('The Westbury Bank agreed on Monday.', 'Westbury Bank')).toBe('organization');
  });

  it('reads a name before "magazine" or "website" as the publication', () => {
    expect(firedFor('I read an article in Varnel magazine last week.', 'Varnel')).toContain(F.bodyNounAfter);
    expect(typeOf('I read an article in Varnel magazine last week.', 'Varnel')).toBe('organization');
  });

  it('reads a school district as the body that runs its schools, a telegram as a paper', () => {
    expect(typed('She sued the Westbury Unified School District in May.').find((c) => c.text === 'Westbury Unified School District')?.type).toBe('organization');
    expect(typed('He was named to the team by the Ashford Star-Telegram in 2005.').find((c) => c.text === 'Ashford Star-Telegram')?.type).toBe('organization');
    expect(typed('She studied at Kessin Tech for two years.').find((c) => c.text === 'Kessin Tech')?.type).toBe('organization');
  });

  it('reads a state named by a faith as a movement, not a place', () => {
    const movement = typed('Later the Islamic State seized the town.').find((c) => c.text === 'Islamic State');
    expect(movement?.evidence.fired).toContain(F.organizationHeadLast);
    expect(movement?.evidence.fired).not.toContain(F.placeHeadLast);
    expect(movement?.type).toBe('organization');
  });

  it('reads a faith alone as no entity', () => {
    const faith = typed('He converted to Judaism in 1810 and later left it.').find((c) => c.text === 'Judaism');
    expect(faith?.evidence.demonym).toBe(true);
    expect(faith?.type).toBeUndefined();
  });

  it('reads a world war’s abbreviation as an event, not a body', () => {
    expect(firedFor('The port was bombed during WWII and rebuilt.', 'WWII')).toContain(F.eventWord);
    expect(typeOf('The port was bombed during WWII and rebuilt.', 'WWII')).toBeUndefined();
  });

  it('reads a disease named by its head word as no entity, though its abbreviation follows', () => {
    const text = 'Cattle may contract Kessler Varnick Encephalopathy (KVE) under laboratory conditions.';
    expect(firedFor(text, 'Kessler Varnick Encephalopathy')).toContain(F.eventWord);
    expect(typeOf(text, 'Kessler Varnick Encephalopathy')).toBeUndefined();
  });

  it('reads a dock, a pond, a junction or a gym named after someone as a place', () => {
    expect(typeOf('The line ran to Garrow Junction and back.', 'Garrow Junction')).toBe('place');
    expect(typeOf('Games moved to the Vickers Gym in 1993.', 'Vickers Gym')).toBe('place');
    expect(typeOf('Ships berthed at Tolle Dock on the river.', 'Tolle Dock')).toBe('place');
    expect(typeOf('Rockets were fired from the Varnel Strip on Monday.', 'Varnel Strip')).toBe('place');
  });

  it('reads an area named after a place as a place', () => {
    expect(typeOf('Concerts across the Westbury Bay Area sold out.', 'Westbury Bay Area')).toBe('place');
  });

  it('reads the side a player plays or signs for as an organization, not its town', () => {
    expect(firedFor('He played for Westbury until 1931.', 'Westbury')).toContain(F.sideOfCareer);
    expect(typeOf('He signed with Westbury in 1931.', 'Westbury')).toBe('organization');
    // A musician played with a person.
    expectFoundWithout('He played with John Vickers in Paris.', 'John Vickers', F.sideOfCareer);
  });

  it('reads a body or a settlement in what is founded, never a person', () => {
    expect(firedFor('In 1931 she founded Varnosco with two partners.', 'Varnosco')).toContain(F.foundedBody);
    expect(firedFor('Later he established the Tolle Group in Leeds.', 'Tolle Group')).toContain(F.foundedBody);
    expect(typeOf('Varnosco was founded in 1898 by an immigrant.', 'Varnosco')).toBe('organization');
    expect(firedFor('Varnosco had been incorporated by then.', 'Varnosco')).toContain(F.foundedBody);
    expect(firedFor('Varnosco, established in 1898, makes bicycles.', 'Varnosco')).toContain(F.foundedBody);
    // Active: the name founds something; a person may.
    expectFoundWithout('Garrowitz has established a fund for them.', 'Garrowitz', F.foundedBody);
    // A role given is no body founded.
    expectFoundWithout('The party established Varnick as its candidate.', 'Varnick', F.foundedBody);
    expectFoundWithout('Garrowitz, established players agreed, was fast.', 'Garrowitz', F.foundedBody);
  });

  it('reads a short word in capitals as an acronym, not the given name it spells', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, DANA: 'female', GARROW: 'male' } });
    expect(firedIn(gazetteer, 'Viewers of DANA tuned in on Monday.', 'DANA')).not.toContain(F.loneGivenName);
    // A longer one is a surname set in capitals, as court reports print the judges'.
    expect(firedIn(gazetteer, 'Then GARROW filed a concurring opinion.', 'GARROW')).toContain(F.loneGivenName);
  });

  it('reads a verb of manner only people speak with as a reporting verb', () => {
    expect(firedFor('“It is over,” Ashford lamented on Monday.', 'Ashford')).toContain(F.reportingVerbAfter);
    expect(typeOf('“It is over,” Ashford lamented on Monday.', 'Ashford')).toBe('person');
  });

  it('reads the verb after a lone name past an adverb or two', () => {
    expect(firedFor('Then Garrowitz also proposed a freeze on the budget.', 'Garrowitz')).toContain(F.subjectOfVerb);
    expect(firedFor('Garrowitz quickly raised its forecast.', 'Garrowitz')).toContain(F.verbIts);
  });

  it('reads a name of several words that does something of "its" as no person, given name or not', () => {
    expect(firedFor('Frank Pruitt raised its forecast on Monday.', 'Frank Pruitt')).toContain(F.verbIts);
    expect(typeOf('Frank Pruitt raised its forecast on Monday.', 'Frank Pruitt')).toBe('organization');
    expect(typeOf('Frank Pruitt raised his forecast on Monday.', 'Frank Pruitt')).toBe('person');
  });

  it('reads a region or a country before a body’s acronym as its branch there', () => {
    expect(firedFor('The Ohio GOP met on Monday.', 'Ohio GOP')).toContain(F.acronym);
    expect(typeOf('The Ohio GOP met on Monday.', 'Ohio GOP')).toBe('organization');
    // Not a town, nor a word shouted in capitals.
    expect(firedFor('The Westbury GOP met on Monday.', 'Westbury GOP')).not.toContain(F.acronym);
  });

  it('reads a name ending in "High" as a high school', () => {
    expect(typeOf('Westbury High football coach Tom Keane retired.', 'Westbury High')).toBe('organization');
  });

  it('reads one word in the title of a company’s chief or founder as the company, though a place bears it', () => {
    expect(typeOf('Westbury CEO Linda Vonk said sales rose.', 'Westbury')).toBe('organization');
    expect(typeOf('Westbury chief executive Linda Vonk said sales rose.', 'Westbury')).toBe('organization');
  });

  it('reads a word compounded with "bank" as a bank', () => {
    expect(typeOf('Bonds eased after the Kreditbank left rates unchanged.', 'Kreditbank')).toBe('organization');
  });

  it('reads the word for a party at the end of a name in other languages', () => {
    expect(firedFor('Votes went to the Yeni Ufuk Partisi in the east.', 'Yeni Ufuk Partisi')).toContain(F.organizationHeadLast);
    expect(typeOf('Votes went to the Yeni Ufuk Partisi in the east.', 'Yeni Ufuk Partisi')).toBe('organization');
  });

  it('names teams and papers after their home town', () => {
    expect(typeOf('The Boston Red Sox won again.', 'Boston Red Sox')).toBe('organization');
  });

  it('reads a town and a plural nickname as a club, even after a title word', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'colt', 'champion'] });
    const club = typedWith(gazetteer, 'He was drafted by the league champion Ashford Colts in 1971.').find((c) => c.text === 'Ashford Colts');
    expect(club?.evidence.fired).toContain(F.teamNickname);
    expect(club?.type).toBe('organization');
    // A surname ending in -s is no plural of a common word.
    const person = typedWith(gazetteer, 'He was drafted by coach Ashford Mathers in 1971.').find((c) => c.text.endsWith('Mathers'));
    expect(person?.evidence.fired ?? []).not.toContain(F.teamNickname);
    // Nor is the verb a headline writes after a name ("see" a common word, "Sees" its verb).
    const verb = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'see'] });
    const headline = typedWith(verb, "Ashford Sees 'Personal Insult' in the Vote.").find((c) => c.text.startsWith('Ashford'));
    expect(headline?.evidence.fired ?? []).not.toContain(F.teamNickname);
  });

  it('reads a town’s whole name of several words as the town, even when it opens with a given name', () => {
    const gazetteer = fixtureGazetteer({
      ...NEWS_FACTS,
      places: { ...NEWS_FACTS.places, 'Linda Vista': { name: 'Linda Vista', kind: 'city', country: 'US', population: 30_000 } },
    });
    const town = typedWith(gazetteer, 'He was based in Linda Vista in 1968.').find((c) => c.text === 'Linda Vista');
    expect(town?.evidence.fired).toContain(F.wholeNameTown);
    expect(town?.type).toBe('place');
  });

  it('reads a role and its complement as an office, not a person or a place', () => {
    const text = 'He served as Secretary of State under two presidents.';
    expect(firedFor(text, 'Secretary of State')).toContain(F.officeName);
    expect(typeOf(text, 'Secretary of State')).toBeUndefined();
  });

  it('reads a given name greeted, thanked or signing a message as a person, though it is also a word', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Mark: 'male', Sue: 'female' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'mark', 'sue'] });
    const message = typedWith(gazetteer, 'Hi Mark,\nCan you send me the file today?\nThanks,\nFrank\n');
    expect(message.find((c) => c.text === 'Mark')?.evidence.fired).toContain(F.addressedByName);
    expect(message.find((c) => c.text === 'Mark')?.type).toBe('person');
    expect(message.find((c) => c.text === 'Frank')?.evidence.fired).toContain(F.addressedByName);
    // A name alone on the first line is a heading.
    const heading = typedWith(gazetteer, 'Frank\n\nThe town lies on the coast and has two harbours.');
    expect(heading.find((c) => c.text === 'Frank')?.evidence.fired ?? []).not.toContain(F.addressedByName);
    // A salutation alone on the message's first line, and a signature after "Thanks."
    const letter = typedWith(gazetteer, 'Linda,\nAttached is the draft.\nThanks.\nMark\n\nThe next item follows.');
    expect(letter.find((c) => c.text === 'Linda')?.evidence.fired).toContain(F.addressedByName);
    expect(letter.find((c) => c.text === 'Mark')?.evidence.fired).toContain(F.addressedByName);
    // A signature with a phone extension after it.
    const extension = typedWith(gazetteer, 'See you at four.\nThanks\nMark 36349\n\nThe next item follows.');
    expect(extension.find((c) => c.text === 'Mark')?.evidence.fired).toContain(F.addressedByName);
  });

  it('reads a compass point before a known place as part of the place, even where it is also a given name', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, North: 'male' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'north'] });
    const place = typedWith(gazetteer, 'Troops entered North Crimea on Monday.').find((c) => c.text === 'North Crimea');
    expect(place?.evidence.fired).toContain(F.qualifiedPlace);
    expect(place?.type).toBe('place');
  });

  it('reads an initial and a given name as the opening of a person’s name, whatever the surname names', () => {
    expect(firedFor('The memo went to K. Peter Ashford in 1950.', 'K. Peter Ashford')).toContain(F.initialThenSurname);
    expect(typeOf('The memo went to K. Peter Ashford in 1950.', 'K. Peter Ashford')).toBe('person');
    // An initial before a country, a region or a large city abbreviates part of its name; a
    // small town's name is as often a surname.
    expect(firedFor('Troops moved into N. Ukraine on Monday.', 'N. Ukraine')).not.toContain(F.initialThenSurname);
    expect(firedFor('The ball was caught by M. Westbury at slip.', 'M. Westbury')).toContain(F.initialThenSurname);
    // Only a compass point's initial abbreviates a place: any other opens a person's name, even
    // before a large city's or a country's name.
    expect(firedFor('England made 406 (N. Halvorsen 113, K. Boston 112).', 'K. Boston')).toContain(F.initialThenSurname);
    expect(typeOf('The bowling of G. Jordan won the match.', 'G. Jordan')).toBe('person');
  });

  it('reads initials written together before a surname as a person’s, not before a place or a role', () => {
    expect(typeOf('Yeah, I saw K.T. Halvorsen yesterday.', 'K.T. Halvorsen')).toBe('person');
    // Before a given name and a surname too.
    expect(typeOf('The party met after P.V. Varnadi Rao resigned.', 'P.V. Varnadi Rao')).toBe('person');
    expect(firedFor('The U.S. Halvorsen fund grew.', 'U.S. Halvorsen')).not.toContain(F.initialThenSurname);
  });

  it('reads a capitalised particle inside an unfamiliar full name as part of the surname', () => {
    expect(firedFor('Officials said Karim Bin Early had left the city.', 'Karim Bin Early')).toContain(F.unfamiliarFullName);
    // In lower case it more often joins a place's name.
    expect(firedFor('They sailed past Punta de Early on Monday.', 'Punta de Early')).not.toContain(F.unfamiliarFullName);
    // Except a particle of descent, which names only people.
    expect(firedFor('Officials said Karim bin Early had left the city.', 'Karim bin Early')).toContain(F.unfamiliarFullName);
  });

  it('reads a small town’s name inside an unfamiliar full name as a family’s name', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Varnoudin: { name: 'Varnoudin', kind: 'city', country: 'BD', population: 45_000 } } });
    expect(firedIn(gazetteer, 'They backed the government of Varnoudin Rabbeli in 1992.', 'Varnoudin Rabbeli')).toContain(F.unfamiliarFullName);
    // Not a city of a million: "Moscow Vortell" is no one's name.
    expect(firedIn(gazetteer, 'They backed the Moscow Vortell in 1992.', 'Moscow Vortell')).not.toContain(F.unfamiliarFullName);
  });

  it('reads a place between a year and an election as the name of the vote, not a place', () => {
    const text = 'She won the seat at the 1992 West Virginia general election and held it in 1997.';
    expect(firedFor(text, 'West Virginia')).toContain(F.datedElection);
    expect(typeOf(text, 'West Virginia')).toBeUndefined();
    // A chamber's name between them too: "the 1992 West Virginia Senate election".
    const chamber = 'She won the seat at the 1992 West Virginia Senate election and held it in 1997.';
    expect(typed(chamber).find((c) => c.text.startsWith('West Virginia'))?.evidence.fired).toContain(F.datedElection);
    // Without the year, the place is where the vote is held.
    const held = 'Voters in West Virginia held an election on Sunday.';
    expect(firedFor(held, 'West Virginia')).not.toContain(F.datedElection);
    expect(typeOf(held, 'West Virginia')).toBe('place');
  });

  it('reads a place after "in" that ends the title of a dated election as part of it, not a vote described in a few words', () => {
    const title = 'She was reelected in the 2004 Ruritania State Senate election in West Virginia by a wide margin.';
    expect(firedFor(title, 'West Virginia')).toContain(F.datedElection);
    expect(typeOf(title, 'West Virginia')).toBeUndefined();
    expect(typeOf('She lost the 2010 Senate election in West Virginia by a wide margin.', 'West Virginia')).toBe('place');
    expect(typeOf('She lost the 2016 presidential election in West Virginia by a wide margin.', 'West Virginia')).toBe('place');
  });

  it('reads a town that is also a given name, before a surname in -s or a plural nickname, as a person, unless "the" or a big city makes it a club', () => {
    const gazetteer = fixtureGazetteer({
      ...NEWS_FACTS,
      places: { ...NEWS_FACTS.places, Carlton: { name: 'Carlton', kind: 'city', country: 'US', population: 20_000 } },
      givenNames: { ...NEWS_FACTS.givenNames, Carlton: 'male' },
      commonWords: [...(NEWS_FACTS.commonWords ?? []), 'canary', 'brook'],
    });
    const typeIn = (text: string, name: string) => typedWith(gazetteer, text).find((c) => c.text === name)?.type;
    expect(typeIn('Carlton Mathers did some work for us last year.', 'Carlton Mathers')).toBe('person');
    expect(typeIn('The Carlton Canaries won again last night.', 'Carlton Canaries')).toBe('organization');
    // A plural nickname that is also a surname's shape after such a town is the surname.
    expect(typeIn('Columnist Carlton Brooks said the race was over.', 'Carlton Brooks')).toBe('person');
    // A club's own word after it still makes a club.
    expect(typeIn('Fans cheered as Carlton United won again.', 'Carlton United')).toBe('organization');
    // After "the" any such town is a club's home, unless people like someone are meant.
    expect(typeIn('He later joined the Carlton Zephyrs for a season.', 'Carlton Zephyrs')).toBe('organization');
    expect(typeIn('It is really the Carlton Matherses of the world who matter.', 'Carlton Matherses')).not.toBe('organization');
    // A city of millions is the home of a club even when it is also a given name.
    const big = fixtureGazetteer({
      ...NEWS_FACTS,
      places: { ...NEWS_FACTS.places, Carlton: { name: 'Carlton', kind: 'city', country: 'US', population: 2_000_000 } },
      givenNames: { ...NEWS_FACTS.givenNames, Carlton: 'male' },
    });
    expect(typedWith(big, 'The Carlton Zephyrs won again last night.').find((c) => c.text === 'Carlton Zephyrs')?.type).toBe('organization');
    // And a city of half a million before a plural nickname.
    const half = fixtureGazetteer({
      ...NEWS_FACTS,
      places: { ...NEWS_FACTS.places, Carlton: { name: 'Carlton', kind: 'city', country: 'US', population: 800_000 } },
      givenNames: { ...NEWS_FACTS.givenNames, Carlton: 'male' },
      commonWords: [...(NEWS_FACTS.commonWords ?? []), 'canary'],
    });
    expect(typedWith(half, 'Fans cheered as Carlton Canaries won again.').find((c) => c.text === 'Carlton Canaries')?.type).toBe('organization');
  });

  it('does not take a name opened by an adjective of faith or nationality for a person', () => {
    expect(typeOf('Most of the villagers are Theravada Buddhist and speak Khmer.', 'Theravada Buddhist')).not.toBe('person');
    expect(typeOf('The Christian community gathered.', 'Christian')).toBeUndefined();
    expect(typeOf('He edited the Russian Wikipedia for years.', 'Russian Wikipedia')).not.toBe('person');
  });

  it('reads place words that open foreign street and landmark names', () => {
    expect(typeOf('Our hotel was on the Paseo de Montejo near the cathedral.', 'Paseo de Montejo')).toBe('place');
    expect(typeOf('We walked down Rue Oberkampf after dinner.', 'Rue Oberkampf')).toBe('place');
    expect(typeOf('Pilgrims filled the Shah Mosque at noon.', 'Shah Mosque')).toBe('place');
  });

  it('reads a function word written in capitals as an acronym', () => {
    expect(typeOf('Officials agreed. WHO say the deficiency is rising.', 'WHO')).toBe('organization');
  });

  it('reads a capitalised function word opening a sentence as an acronym, but not emphasis', () => {
    expect(typeOf('It starts early in life. WHO say the deficiency is rising.', 'WHO')).toBe('organization');
    expect(typeOf('NOW, THEREFORE, the council so resolves.', 'NOW')).toBeUndefined();
  });

  it('knows organizations by name, even as the subject of "said"', () => {
    expect(typeOf('Google said on Tuesday that it would appeal.', 'Google')).toBe('organization');
    expect(typeOf('Once I found Wikipedia, I kept reading.', 'Wikipedia')).toBe('organization');
  });

  it('leaves a listed name to the person named in full whose surname it is', () => {
    const found = typed('David Google founded the firm. Google said he was proud.').filter((c) => c.text === 'Google');
    expect(found.map((c) => c.type)).toEqual(['person']);
  });

  it('reads the end of an abbreviation written without spaces as no name', () => {
    expect(typeOf('He earned a Ph.D. in physics in 1990.', 'D.')).toBeUndefined();
    expect(typeOf('They met Mr.Kowalski at the station.', 'Kowalski')).toBe('person');
  });

  it('reads the verb after a name past an adverb or two', () => {
    expect(typeOf('The talks stalled. Quennell also said the zone was needed.', 'Quennell')).toBe('person');
  });

  it('reads what a name is said to be as an apposition', () => {
    expect(typeOf('Moonwake is a NASA probe that mapped the ice.', 'Moonwake')).toBeUndefined();
    expect(typeOf('Molde is a town in western Norway.', 'Molde')).toBe('place');
  });

  it('lets the article go with the noun a name qualifies', () => {
    expect(typeOf('The museum opened a David Kowalski and Linda Marsh exhibit.', 'David Kowalski')).toBe('person');
    expect(typeOf('She is a Kowalski now, and proud of it.', 'Kowalski')).toBeUndefined();
  });

  it('reads initials before a surname as a person’s', () => {
    expect(typeOf('The essay was reviewed by J. K. Ashford Hale in print.', 'J. K. Ashford Hale')).toBe('person');
  });

  it('types no event named by its head word alone', () => {
    expect(typeOf('She trained for years before the Paralympics began in Sochi.', 'Paralympics')).toBeUndefined();
  });

  it('reads an organization named head first with "for" or "on"', () => {
    expect(typeOf('She joined the Centre for Welsh and Cornish Studies in 2011.', 'Centre for Welsh and Cornish Studies')).toBe('organization');
  });

  it('reads a head word alone as a common noun, unless after "the" or an institution', () => {
    expect(typeOf('Police arrested the student at noon.', 'Police')).toBeUndefined();
    expect(typeOf('Her lawyer wrote to the Church twice. The Church denied it.', 'Church')).toBe('organization');
    expect(typeOf('Congress passed the bill on Friday.', 'Congress')).toBe('organization');
  });

  it('reads a plural with a plural verb as no one person', () => {
    expect(typeOf('Broadcasters were quick to push back.', 'Broadcasters')).toBeUndefined();
  });

  it('reads an apposition whose head has coordinated modifiers', () => {
    expect(typeOf('Harrow Vance, a film and music booking agency, said so.', 'Harrow Vance')).toBe('organization');
  });

  it('reads an apposition opened by a possessive', () => {
    expect(typeOf('Verdi, Germany’s service workers union, said it would seek talks.', 'Verdi')).toBe('organization');
    expect(firedFor('They met Tarrow Keane, West Virginia’s national security adviser, on Monday.', 'Tarrow Keane')).toContain(F.appositionRole);
  });

  it('reads the employer of people named by a plural role', () => {
    expect(typeOf('Analysts at Quenby Partners said the cuts could save money.', 'Quenby Partners')).toBe('organization');
    expect(typeOf('Economists at Halvorsen said growth would slow.', 'Halvorsen')).toBe('organization');
  });

  it('reads neither a person nor a body in "X spokesman": a senator and the Kremlin both have one', () => {
    expect(typeOf('Kremlin spokesman Dmitry Peskov rejected the claim.', 'Kremlin')).toBeUndefined();
  });

  it('reads shares as a company’s', () => {
    expect(typeOf('Investors bought shares of Halvorsen Nordby on Tuesday.', 'Halvorsen Nordby')).toBe('organization');
    expect(typeOf('The fund sold its Quenby shares in May.', 'Quenby')).toBe('organization');
  });

  it('reads "shares of" over a small town and a given name, but leaves "stocks in" a known place', () => {
    const facts = fixtureGazetteer({
      ...NEWS_FACTS,
      places: { ...NEWS_FACTS.places, 'Rosa Tinta': { name: 'Rosa Tinta', kind: 'city', country: 'PT', population: 2_000 } },
      givenNames: { ...NEWS_FACTS.givenNames, Rosa: 'female' },
    });
    expect(candidateWith(facts, 'Investors sold shares of Rosa Tinta in London on Monday.', 'Rosa Tinta')?.type).toBe('organization');
    expect(candidateWith(facts, 'Traders said stocks in Toronto fell on Monday.', 'Toronto')?.type).toBe('place');
  });

  it('keeps a title of nouns before the role', () => {
    expect(typed('EU foreign policy chief Kaja Kallas said the measures would follow.').find((c) => c.text === 'Kaja Kallas')?.evidence.title).toBe('EU foreign policy chief');
  });

  it('reads a storm named with a given name as an event, not a person', () => {
    expect(typeOf('Winds from Storm Mary cut power to thousands.', 'Storm Mary')).toBeUndefined();
  });

  it('types no amendment of a constitution', () => {
    expect(typeOf('The law likely violated the First Amendment, the judge said.', 'First Amendment')).toBeUndefined();
  });

  it('reads the head of an apposition as a common noun, not a name inside it', () => {
    expect(typeOf('“It is harmful,” said Peter Kowalski, the governor’s Office of Management and Budget director.', 'Peter Kowalski')).toBe('person');
  });

  it('reads no person in a name opened by an article', () => {
    expect(typeOf('Madrid opened a five-point lead in La Liga after the match.', 'La Liga')).not.toBe('person');
  });

  it('gives no lower-case title to an acronym', () => {
    expect(typeOf('Few of the big TV networks aired it.', 'TV')).not.toBe('person');
  });

  it('reads the name in brackets before a dateline’s dash as the agency', () => {
    expect(typeOf('LOUISVILLE, Ky. (AP) — The assistant pastor spoke first.', 'AP')).toBe('organization');
    expect(typeOf('The vote went to Sen. Mary Okafor (Fla.) — a surprise to many.', 'Fla.')).not.toBe('organization');
  });

  it('reads "its" after the verb as an organization’s, "his" or "her" as a person’s', () => {
    expect(typeOf('Later, Quenby cut its price target to $210.', 'Quenby')).toBe('organization');
    expect(typeOf('Later, Quenby said its profit rose.', 'Quenby')).toBe('organization');
    expect(typeOf('Later, Quenby raised her glass.', 'Quenby')).toBe('person');
  });

  it('types no letter alone', () => {
    expect(typeOf('Metro line E runs from the airport.', 'E')).toBeUndefined();
  });

  it('types no currency code', () => {
    expect(typeOf('A ticket costs 100 DKK, and lunch is extra. DKK prices rose.', 'DKK')).toBeUndefined();
  });

  it('types no letters of an honour after a name', () => {
    expect(typeOf('The prosecutor, Mark Tedeschi, QC, said the parents knew.', 'QC')).toBeUndefined();
  });

  it('types no acronym of a lower-case term', () => {
    expect(typeOf('Children with iodine deficiency disorders (IDD) lose weight. IDD is preventable.', 'IDD')).toBeUndefined();
  });

  it('leaves a demonym before a common noun out of the name', () => {
    const names = typed('Divers visit the World War II Russian shipwrecks every spring.').map((c) => c.text);
    expect(names).not.toContain('World War II Russian');
  });

  it('reads a role written before a comma as the next name’s title', () => {
    expect(typeOf('The story goes that the King of Athens, Varnos united the clans.', 'Varnos')).toBe('person');
  });

  it('reads the object of verbs that take a person', () => {
    expect(typeOf('When that collapsed, they appointed Ashford, with orders to rebuild.', 'Ashford')).toBe('person');
  });

  it('types no name that qualifies a study or project', () => {
    expect(typeOf('She leads the National Harbor Sediment study at the institute.', 'National Harbor Sediment')).toBeUndefined();
  });

  it('reads the employer after a person or a role', () => {
    expect(typeOf('Lena Ford for Zentrix Partners, says they are reviewing it.', 'Zentrix Partners')).toBe('organization');
    expect(typeOf('A spokeswoman for Quorvale declined to comment.', 'Quorvale')).toBe('organization');
  });

  it('does not take a name that contains a country for a person', () => {
    expect(typeOf('She called Food Standards Russia Ukraine yesterday.', 'Food Standards Russia Ukraine')).not.toBe('person');
  });

  it('reads a place noun with "of", and where a journey goes', () => {
    expect(typeOf('Crews cleared the town of Varnobel after the flood.', 'Varnobel')).toBe('place');
    expect(typeOf('In 370 he travelled with his friend to Gallia and settled there.', 'Gallia')).toBe('place');
  });

  it('keeps events and wars out', () => {
    expect(typeOf('The city was damaged in the World War II bombing.', 'World War II')).toBeUndefined();
  });

  it('reads common words before a known place as that place', () => {
    expect(typeOf('They walked through Old Athens at dusk.', 'Old Athens')).toBe('place');
  });

  it('reads a place noun after coordinated names', () => {
    const found = Object.fromEntries(typed('We toured the Thissio and Plakora districts.').map((c) => [c.text, c.type]));
    expect(found).toMatchObject({ Thissio: 'place' });
  });

  it('reads the name in brackets after a dateline as the agency', () => {
    expect(typeOf('LONDON (Reuters) - Shares fell on Monday.', 'Reuters')).toBe('organization');
  });

  it('does not read codes after numbers as organizations', () => {
    expect(typeOf('Tickets cost 100 DKK at the door.', 'DKK')).toBeUndefined();
  });
});

describe('passive agents', () => {
  it('reads a lone unknown name after "polled by" as an organization', () => {
    expect(typeOf('Economists polled by Zentrix before the meeting expected a cut.', 'Zentrix')).toBe('organization');
  });

  it('reads a US state abbreviated in news style after a town or in a party tag as that state', () => {
    const dateline = typed('LOUISVILLE, Ky. (AP) — The council met on Monday.').find((c) => c.text === 'Ky.');
    expect(dateline?.type).toBe('place');
    expect(dateline?.evidence.place?.name).toBe('Kentucky');
    const tagged = typed('Sen. Harry Reid, D-Nev., said the bill would pass.');
    expect(tagged.find((c) => c.text === 'Nev')?.type).toBe('place');
    expect(tagged.some((c) => c.text.includes('D-'))).toBe(false);
  });

  it('reads the capital district abbreviated after its city, or anywhere as two letters and two stops, as the district', () => {
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, 'District of Columbia': { name: 'District of Columbia', kind: 'region', country: 'US' } } });
    const district = typedWith(gazetteer, 'She moved to Washington, D.C. in 1990.').find((c) => c.text.startsWith('D.C'));
    expect(district?.type).toBe('place');
    expect(district?.evidence.place?.name).toBe('District of Columbia');
    // Two letters and two stops name it wherever they stand.
    const alone = typedWith(gazetteer, 'Lobbyists in D.C. expect a vote.').find((c) => c.text.startsWith('D.C'));
    expect(alone?.evidence.fired).toContain(F.stateAbbreviation);
    expect(alone?.evidence.place?.name).toBe('District of Columbia');
  });

  it('reads a US state’s postal code after a town or in a party tag as that state, and not elsewhere', () => {
    const address = typed('The shop moved to Maple Falls, NV 89005 last spring.').find((c) => c.text === 'NV');
    expect(address?.evidence.fired).toContain(F.stateAbbreviation);
    expect(address?.type).toBe('place');
    expect(address?.evidence.place?.name).toBe('Nevada');
    const tagged = typed('Rep. Dana Holt (D-NV) voted against it.').find((c) => c.text === 'NV');
    expect(tagged?.type).toBe('place');
    // In a party tag, the news abbreviation without its stop too.
    const unstopped = typed('Rep. Dana Holt (D-Nev) voted against it.').find((c) => c.text === 'Nev');
    expect(unstopped?.evidence.fired).toContain(F.stateAbbreviation);
    expect(unstopped?.evidence.place?.name).toBe('Nevada');
    expectFoundWithout('Our PA booked the rooms for Monday.', 'PA', F.stateAbbreviation);
    expect(typed('Yes, OK, we will meet at noon.').find((c) => c.text === 'OK')?.type).toBeUndefined();
  });

  it('reads letters that are both a postal code and a post-nominal after a person’s name as the post-nominal', () => {
    const data = fixtureGazetteer({ places: { Maryland: { name: 'Maryland', kind: 'region', country: 'US' } }, givenNames: { Dana: 'female' } });
    const find = (text: string) => candidateWith(data, text, 'MD');
    const letters = find('Dana Holt, MD, said the trial was sound.');
    expect(letters?.evidence.fired).not.toContain(F.stateAbbreviation);
    expect(letters?.type).toBeUndefined();
    const address = find('Write to 40 Elm Road, Carson, MD 20901 today.');
    expect(address?.evidence.fired).toContain(F.stateAbbreviation);
    expect(address?.type).toBe('place');
  });

  it('reads the desk that signs off wire copy as an organization, not a person', () => {
    expect(typeOf('The vote is due on Friday.\n\n-- London Newsroom +44 20 7542 7706', 'London Newsroom')).toBe('organization');
  });
});

describe('a common word before a known place', () => {
  it('names a part or an age of the place when it is an adjective, not a party after a participle or a number', () => {
    expect(firedFor('They toured Old Athens in May.', 'Old Athens')).toContain(F.qualifiedPlace);
    expect(firedFor('He joined United Athens in May.', 'United Athens')).not.toContain(F.qualifiedPlace);
  });
});

describe('an article before a name', () => {
  it('goes with the lower-case words after the name, which the name only qualifies', () => {
    expect(firedFor('The Veldorian militant group struck again.', 'Veldorian')).not.toContain(F.theBefore);
    expect(firedFor('They sold the mill to the Veldorian in May.', 'Veldorian')).toContain(F.theBefore);
  });
});

describe('a broadcaster’s channel', () => {
  it('reads a common word before "Channel" as a channel, a people’s or a place’s name before it as a sea’s', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'weather', 'north'], demonyms: { ...NEWS_FACTS.demonyms, English: 'GB' } });
    expect(candidateWith(facts, 'He spoke on the Weather Channel on Sunday.', 'Weather Channel')?.evidence.fired).toContain(F.organizationHeadLast);
    expect(candidateWith(facts, 'Ships crossed the English Channel on Sunday.', 'English Channel')?.evidence.fired).toContain(F.placeHeadLast);
    expect(candidateWith(facts, 'Ships crossed the North Channel on Sunday.', 'North Channel')?.evidence.fired).toContain(F.placeHeadLast);
    const listed = fixtureGazetteer({ ...NEWS_FACTS, organizations: [...(NEWS_FACTS.organizations ?? []), 'Kestrelvision'] });
    expect(candidateWith(listed, 'He spoke on the Kestrelvision Channel on Sunday.', 'Kestrelvision Channel')?.evidence.fired).toContain(F.organizationHeadLast);
  });
});

describe('a section slug', () => {
  it('reads common words in capitals opening a line before a dash as a subject, not a body', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'ice', 'hockey'] });
    const slug = candidateWith(facts, 'Results follow.\nICE HOCKEY - League schedule for Saturday.', 'ICE HOCKEY');
    expect(slug?.evidence.fired).toContain(F.bias);
    expect(slug?.evidence.fired).not.toContain(F.organizationHeadLast);
    // A body named so in a sentence keeps its head word.
    expect(firedFor('He joined the Westbury Hockey club in May.', 'Westbury Hockey')).toContain(F.organizationHeadLast);
  });
});

describe('a kind of body after a name', () => {
  it('reads "the … party" as an organization cue, after a given name too (bodies are named after people: "Forbes magazine")', () => {
    expect(firedFor('Leaders of the ruling Vostra party met on Friday.', 'Vostra')).toContain(F.bodyNounAfter);
    // (This once passed only because no candidate "Linda" was found after "Leaders of the".)
    expect(firedFor('Leaders of the Linda party met on Friday.', 'Linda')).toContain(F.bodyNounAfter);
  });

  it('reads a compound ending in a kind of body, but not one in the plural or after a word or a place', () => {
    expect(firedFor('Kessinov told the Intrafax news agency on Friday.', 'Intrafax')).toContain(F.bodyNounAfter);
    expect(firedFor('He worked for the Centamor mining company for years.', 'Centamor')).toContain(F.bodyNounAfter);
    expect(firedFor('Donors such as the Vickers brothers network gave more.', 'Vickers')).not.toContain(F.bodyNounAfter);
    expect(firedFor('He is a partner at a Republican consulting firm.', 'Republican')).not.toContain(F.bodyNounAfter);
    expect(firedFor('She ran the Ashford mining company.', 'Ashford')).not.toContain(F.bodyNounAfter);
  });

  it('reads a kind of body heading a role or a member in it, but not after two capitals', () => {
    expect(firedFor('He was a Vostrad party politician for years.', 'Vostrad')).toContain(F.bodyNounAfter);
    expect(firedFor('Two Kestrava board members resigned.', 'Kestrava')).toContain(F.bodyNounAfter);
    expect(firedFor('A former TV network anchor spoke.', 'TV')).not.toContain(F.bodyNounAfter);
  });
});

describe('an abstract noun alone', () => {
  it('reads one capitalised word shaped as an abstract noun as no name', () => {
    expect(firedFor('Talks stalled. Hostilities broke out as soon as it was over.', 'Hostilities')).toContain(F.abstractNounAlone);
    expect(typeOf('Talks stalled. Hostilities broke out as soon as it was over.', 'Hostilities')).toBeUndefined();
    expect(typeOf('“Sequestration severely handicapped our training,” he said.', 'Sequestration')).toBeUndefined();
  });

  it('leaves names that only end like one: short words, broadcasters, places in "-ness"', () => {
    expect(firedFor('Unity won the vote on Sunday.', 'Unity')).not.toContain(F.abstractNounAlone);
    expect(firedFor('Kestrevision aired the debate on Sunday.', 'Kestrevision')).not.toContain(F.abstractNounAlone);
    expect(firedFor('The village lies in Varness, near the coast.', 'Varness')).not.toContain(F.abstractNounAlone);
  });
});

describe('the last word after a given name', () => {
  it('reads an abstract noun as a body or a cause, not a surname', () => {
    expect(typeOf('Groups such as Peter Action marched on Sunday.', 'Peter Action')).not.toBe('person');
    expect(typed('Groups such as Peter Action marched on Sunday.').find((c) => c.text === 'Peter Action')?.evidence.fired).toContain(F.abstractNounLast);
  });

  it('still reads a given name and a surname as a person', () => {
    expect(typeOf('Peter Kowalczyk marched on Sunday.', 'Peter Kowalczyk')).toBe('person');
  });

  it('reads no abstract noun in a surname that only ends like one', () => {
    expect(firedFor('Peter Brance marched on Sunday.', 'Peter Brance')).not.toContain(F.abstractNounLast);
    expect(typeOf('Peter Brance marched on Sunday.', 'Peter Brance')).toBe('person');
  });
});

describe('a given name that is also a word, inside a sentence', () => {
  const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Bill: 'male' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'bill', 'gates', 'cloth'] });
  const typedAs = (text: string, name: string) => typedWith(gazetteer, text).find((c) => c.text === name);

  it('opens a person’s name after a verb or "by", though the surname is a word too', () => {
    expect(typedAs('On Tuesday the senator met Bill Gates in the city.', 'Bill Gates')?.evidence.fired).toContain(F.ambiguousGivenNameInSentence);
    expect(typedAs('On Tuesday the senator met Bill Gates in the city.', 'Bill Gates')?.type).toBe('person');
    expect(typedAs('The phrase was coined by Bill Gates in 1995.', 'Bill Gates')?.type).toBe('person');
  });

  it('is no evidence at a sentence’s start, after an article, after "use" or in a headline', () => {
    expect(typedAs('Bill Gates rose sharply on Tuesday.', 'Bill Gates')?.evidence.fired ?? []).not.toContain(F.ambiguousGivenNameInSentence);
    expect(typedAs('They cleaned it with the Bill Cloth on Tuesday.', 'Bill Cloth')?.evidence.fired ?? []).not.toContain(F.ambiguousGivenNameInSentence);
    expect(typedAs('I used Bill Cloth for years.', 'Bill Cloth')?.evidence.fired ?? []).not.toContain(F.ambiguousGivenNameInSentence);
    expect(typedAs('Senators Met Bill Gates On Tuesday\n\nThe meeting was short.', 'Bill Gates')?.evidence.fired ?? []).not.toContain(F.ambiguousGivenNameInSentence);
  });
});

describe('a compass word after a given name', () => {
  it('is a surname, not the head of a place name', () => {
    expect(typeOf('The photograph is by Linda West.', 'Linda West')).toBe('person');
    expect(typed('The photograph is by Linda West.').find((c) => c.text === 'Linda West')?.evidence.fired).not.toContain(F.placeHeadLast);
  });
});

describe('a surname after its particle', () => {
  it('does not read a surname after "Le", "Bin" or "de" as a common last word, but reads "LA" in capitals as no particle', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Marina: 'female' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'pen', 'marina', 'pride'] });
    expect(candidateWith(facts, 'Leaders such as Marina Le Pen spoke.', 'Marina Le Pen')?.evidence.fired).not.toContain(F.commonWordLast);
    expect(candidateWith(facts, 'Leaders such as Marina Le Pen spoke.', 'Marina Le Pen')?.type).toBe('person');
    expect(candidateWith(facts, 'Leaders such as Marina LA Pride spoke.', 'Marina LA Pride')?.evidence.fired).toContain(F.commonWordLast);
  });
});

describe('a hyphenated given name', () => {
  it('does not read the part after the hyphen as a common last word', () => {
    const fired = typed('Talks with Ban Ki-moon ended.').find((c) => c.text === 'Ban Ki-moon')?.evidence.fired ?? [];
    expect(fired).not.toContain(F.commonWordLast);
  });
});

describe('a national body', () => {
  it('reads a common word before a country’s initials as a body of that country, not a place qualified', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, UK: { name: 'United Kingdom', kind: 'country', country: 'GB' } }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'age', 'senior'] });
    const found = (text: string, name: string) => candidateWith(facts, text, name);
    expect(found('Age UK said two million pensioners would lose out.', 'Age UK')?.evidence.fired).toContain(F.nationalBody);
    expect(found('Age UK said two million pensioners would lose out.', 'Age UK')?.type).toBe('organization');
    expect(found('Senior UK diplomats have warned India.', 'Senior UK')?.evidence.fired ?? []).not.toContain(F.nationalBody);
  });
});

describe('a legislator’s seat', () => {
  it('reads the name after a legislator’s initials and "for" as the constituency, a place', () => {
    const text = 'The letter was organised by Linda Tolle, the MP for Varnel Central, on Monday.';
    expect(firedFor(text, 'Varnel Central')).toContain(F.constituencyFor);
    expect(firedFor(text, 'Varnel Central')).not.toContain(F.affiliation);
    expect(typeOf(text, 'Varnel Central')).toBe('place');
    expect(firedFor('She was elected Member of Parliament (MP) for Varnel North.', 'Varnel North')).toContain(F.constituencyFor);
    // The MP in apposition is a person, though her surname is a place's head word.
    expect(firedFor(text, 'Linda Tolle')).toContain(F.appositionRole);
  });
});

describe('a ticker symbol', () => {
  it('reads a symbol after its exchange and a colon as no name, and keeps the exchange', () => {
    const text = 'KESSIN (NASDAQ: KSSN) today reported revenue. Varnick Corp. (NYSE:VRK) fell.';
    expect(firedFor(text, 'KSSN')).toContain(F.tickerSymbol);
    expect(typeOf(text, 'KSSN')).toBeUndefined();
    expect(typeOf(text, 'VRK')).toBeUndefined();
    expect(firedFor(text, 'NASDAQ')).not.toContain(F.tickerSymbol);
  });

  it('reads the name before its exchange and ticker in brackets as a listed company', () => {
    const text = 'Kessin Robotics (KOSDAQ: KSRB) said on Tuesday it would build a plant.';
    expect(firedFor(text, 'Kessin Robotics')).toContain(F.listedCompany);
    expect(typeOf(text, 'Kessin Robotics')).toBe('organization');
  });
});

describe('a name inside a condition’s or a law’s', () => {
  it('fires before the condition or the law, in the possessive or not; a law only in the possessive', () => {
    expect(firedFor('Her father had Varnick’s disease.', 'Varnick')).toContain(F.eponymNoun);
    expect(firedFor('The Kessin virus spread.', 'Kessin')).toContain(F.eponymNoun);
    expect(firedFor('Tolle’s law held.', 'Tolle')).toContain(F.eponymNoun);
    expect(firedFor('The Tolle law passed.', 'Tolle')).not.toContain(F.eponymNoun);
    expect(firedFor('Varnick’s decision held.', 'Varnick')).not.toContain(F.eponymNoun);
  });
});

describe('names the reference data lacks', () => {
  it('reads an East Asian name with a hyphenated given name as a person’s, its surname no place word', () => {
    const park = typed('Ju-min Park said the talks failed.').find((c) => c.text === 'Ju-min Park');
    expect(park?.evidence.fired).toContain(F.syllabicName);
    expect(park?.evidence.fired).not.toContain(F.placeHeadLast);
    expect(park?.type).toBe('person');
    expect(typed('FTU’s Kwok Wai-keung won.').find((c) => c.text === 'Kwok Wai-keung')?.type).toBe('person');
  });

  it('reads the names of a credit line as people’s', () => {
    const credits = typed('SEOUL (Reuters) - Talks went on.\n(Reporting by Hyonhee Shin in Seoul; Editing by Gerry Doyle)');
    expect(credits.find((c) => c.text === 'Hyonhee Shin')?.evidence.fired).toContain(F.creditLine);
    expect(credits.find((c) => c.text === 'Hyonhee Shin')?.type).toBe('person');
    expect(credits.find((c) => c.text === 'Seoul')?.type).toBe('place');
  });
});

describe('what a person has', () => {
  it('reads a government named after its leader as the leader’s', () => {
    expect(firedFor('The Varnick government fell in May.', 'Varnick')).toContain(F.personPossessionAfter);
    expect(typeOf('Talks stalled after the Varnick government fell in May.', 'Varnick')).toBe('person');
  });
});

describe('what a person has, after a possessive', () => {
  it('reads "X’s aides" like "the X campaign"', () => {
    const fired = typed('Varga’s aides said no.').find((c) => c.text === 'Varga')?.evidence.fired ?? [];
    expect(fired).toContain(F.personPossessionAfter);
  });
});

describe('"International" at the end of a name', () => {
  it('heads an organization name', () => {
    expect(typeOf('She joined Vostra International in May.', 'Vostra International')).toBe('organization');
  });
});

describe('a foreign word opening an organization name', () => {
  it('types "Partido …" and "Bloc …" names as organizations', () => {
    expect(typeOf('She left the Partido Vostrano in May.', 'Partido Vostrano')).toBe('organization');
    expect(typed('She left the Partido Vostrano in May.').find((c) => c.text === 'Partido Vostrano')?.evidence.fired).toContain(F.organizationOpener);
  });

  it('types a station named by "Radio" and its name as an organization', () => {
    expect(typeOf('The rebel leader told Radio Programas del Vostra by telephone.', 'Radio Programas del Vostra')).toBe('organization');
  });

  it('reads two or three unfamiliar name-shaped words as a full name, not words, places or bodies', () => {
    expect(firedFor('The case was taken up by Vendra Kolashi last week.', 'Vendra Kolashi')).toContain(F.unfamiliarFullName);
    expect(typeOf('The case was taken up by Vendra Kolashi last week.', 'Vendra Kolashi')).toBe('person');
    expectFoundWithout('The Vendra Kolashi Institute opened.', 'Vendra Kolashi Institute', F.unfamiliarFullName);
    expect(firedFor('We flew over Vendra Lake at dawn.', 'Vendra Lake')).not.toContain(F.unfamiliarFullName);
    expect(firedFor('He wrote about Silent Drift yesterday.', 'Silent Drift')).not.toContain(F.unfamiliarFullName);
    expect(firedFor('Talks with Maria Kolashi ended.', 'Maria Kolashi')).not.toContain(F.unfamiliarFullName);
  });

  it('reads no given name in the Arabic article joined to a word, nor in a faith opening a name', () => {
    expectFoundWithout('The daily Al-Mirsad reported the raid.', 'Al-Mirsad', F.givenNameFirst);
    expect(firedFor('Reporters asked Al Verner about it.', 'Al Verner')).toContain(F.givenNameFirst);
    expectFoundWithout('Many Sunni Kaleshi fled the town.', 'Sunni Kaleshi', F.givenNameFirst);
  });

  it('reads a name cited with "et al." or a year in brackets as an author', () => {
    expect(firedFor('Earlier work (Ostrava et al., 2011) found no effect.', 'Ostrava')).toContain(F.authorCitation);
    expect(firedFor('Varnick (1978) measured the pauses.', 'Varnick')).toContain(F.authorCitation);
    expect(firedFor('This was shown before (see Varnick 1978; Tolle 1990).', 'Varnick')).toContain(F.authorCitation);
    expect(typeOf('Varnick (1978) measured the pauses.', 'Varnick')).toBe('person');
    expectFoundWithout('Varnick 1978 was a good vintage.', 'Varnick', F.authorCitation);
  });

  it('reads every name of a citation’s list of authors as an author', () => {
    const text = 'Skills improve with practice (Tolle, Varnick, Ostrava, & Brimley-Hart, 2010; Kessin & Tolle, 2014).';
    for (const name of ['Tolle', 'Varnick', 'Ostrava', 'Kessin']) expect(firedFor(text, name), name).toContain(F.authorCitation);
    expect(firedFor('The study was inspired by Kessin and Varnick (2003) in part.', 'Kessin')).toContain(F.authorCitation);
    expect(firedFor('The study was inspired by Kessin and Varnick [7] in part.', 'Kessin')).toContain(F.authorCitation);
    expect(firedFor('The study was inspired by Kessin & Varnick [7] in part.', 'Kessin')).toContain(F.authorCitation);
    // A list of names with no year after it cites nobody; nor does a number after one name.
    expectFoundWithout('Delegates from Kessin, Varnick and Tolle met in 2010.', 'Kessin', F.authorCitation);
    expectFoundWithout('It sits near Kessin [7] on the map.', 'Kessin', F.authorCitation);
  });

  it('reads an unknown name owning something as a person', () => {
    expect(firedFor('Nobody doubted Kolashi’s resolve.', 'Kolashi')).toContain(F.possessiveAfter);
    expect(typeOf('Nobody doubted Kolashi’s resolve.', 'Kolashi')).toBe('person');
    expectFoundWithout('Nobody doubted Kolashi again.', 'Kolashi', F.possessiveAfter);
    expect(firedFor('Northgate’s chief executive resigned.', 'Northgate')).not.toContain(F.possessiveAfter);
  });

  it('reads a rare given name that is also a word as a given name only before a surname', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Journey: 'rare-female' }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'journey'] });
    expect(firedIn(facts, 'Reporters asked Journey about the plan.', 'Journey')).not.toContain(F.loneGivenName);
    expect(firedIn(facts, 'Reporters asked Journey Varnick about the plan.', 'Journey Varnick')).toContain(F.ambiguousGivenNameFirst);
  });

  it('reads a name owning a chief executive, a chairman or shareholders as a company', () => {
    expect(firedFor('Kessin’s chief executive, Tom Vickers, resigned.', 'Kessin')).toContain(F.ownsCompanyRole);
    expect(firedFor("Analysts said Kessin's shareholders were restless.", 'Kessin')).toContain(F.ownsCompanyRole);
    expect(typeOf('Kessin’s chief executive, Tom Vickers, resigned.', 'Kessin')).toBe('organization');
    // An executive who is not the chief is anybody's.
    expectFoundWithout('Kessin’s executive producer left.', 'Kessin', F.ownsCompanyRole);
  });

  it('reads an apostrophe alone after a name ending in "s" as a possessive', () => {
    expect(firedFor("As stated in Varnicks' commentary, nothing changed.", 'Varnicks')).toContain(F.possessiveAfter);
    expect(firedFor('Nobody doubted Varnicks’ resolve.', 'Varnicks')).toContain(F.possessiveAfter);
    expect(firedFor("The Varnicks' campaign slowed.", 'Varnicks')).toContain(F.personPossessionAfter);
  });
});

describe('positionalCapital', () => {
  const facts = fixtureGazetteer({
    ...NEWS_FACTS,
    places: {
      ...NEWS_FACTS.places,
      Sale: { name: 'Sale', kind: 'city', country: 'MA', population: 900_000 },
      Most: { name: 'Most', kind: 'region', country: 'CZ' },
      Turkey: { name: 'Turkey', kind: 'country', country: 'TR' },
    },
    commonWords: [...(NEWS_FACTS.commonWords ?? []), 'sale', 'most', 'turkey', 'markets', 'rally', 'states'],
  });
  const candidate = (text: string, name: string) => typedWith(facts, text).find((c) => c.text.toLowerCase() === name.toLowerCase());

  it('outweighs a large town or a district named by a common word that opens a sentence or a line in capitals', () => {
    expect(candidate('SALE OF THE CENTURY: MARKETS RALLY\n\nShares rose on Monday.', 'Sale')?.type).toBeUndefined();
    expect(candidate('Most states have voted. Officials said so.', 'Most')?.type).toBeUndefined();
  });

  it('outweighs it too where a quotation opens in mid-sentence', () => {
    expect(candidate("No adviser ever said, 'Sale is the answer,' to him.", 'Sale')?.type).toBeUndefined();
    expect(candidate('No adviser ever said, “Sale is the answer,” to him.', 'Sale')?.type).toBeUndefined();
  });

  it('leaves a country opening a sentence, and the same word mid-sentence, alone', () => {
    expect(candidate('Turkey said on Monday that talks would resume.', 'Turkey')?.type).toBe('place');
    expect(candidate('The family moved to Sale in May.', 'Sale')?.evidence.fired).not.toContain(F.positionalCapital);
  });
});

describe('datelinePlace', () => {
  it('reads a word in capitals opening a line before a comma and a place or a date as the town filed from', () => {
    expect(typeOf('VAIL, Colorado 1996-12-06\n\nThe race was run on Friday.', 'VAIL')).toBe('place');
    expect(typeOf('Intro line.\nHALDEN, Dec. 6 — Shares rose on Monday.', 'HALDEN')).toBe('place');
  });

  it('reads a dateline town before its state abbreviated with stops as the town filed from', () => {
    expect(firedFor('WESTBURY, N.H. — The vote was held on Monday.', 'WESTBURY')).toContain(F.datelinePlace);
  });

  it('does not fire for a list of acronyms, a headline with numbers or a word inside a line', () => {
    expect(firedFor('FBI, CIA and NSA officials met on Monday.', 'FBI')).not.toContain(F.datelinePlace);
    expect(firedFor('The report came from VAIL, Colorado on Friday.', 'VAIL')).not.toContain(F.datelinePlace);
  });
});

describe('two capitals alone', () => {
  it('reads two capitals as a short acronym, not a body, unless a cue says so', () => {
    expect(firedFor('Please ask HR about the forms before Friday.', 'HR')).toContain(F.shortAcronym);
    expect(typeOf('Please ask HR about the forms before Friday.', 'HR')).toBeUndefined();
    expect(typeOf('Thanks for the tip. PS: the boat leaves at nine.', 'PS')).toBeUndefined();
    expect(firedFor('The staff at KLPX were kind.', 'KLPX')).toContain(F.acronym);
  });

  it('still reads two capitals defined in brackets as what they abbreviate', () => {
    expect(typeOf('The Vostran Union (VU) met on Monday. Later the VU voted.', 'VU')).toBe('organization');
  });

  it('reads no given name in two capitals', () => {
    expect(firedFor('Any news on the boat? JO', 'JO')).not.toContain(F.loneGivenName);
  });
});

describe('common words shouted in capitals', () => {
  // The real reference data looks given names up whatever their case: the fixture says so here.
  const shoutingData = fixtureGazetteer({ givenNames: { FRANK: 'male', Frank: 'male' }, commonWords: ['frank'] });
  const firedWith = (text: string, name: string) => candidateWith(shoutingData, text, name);

  it('reads no given name in a common word written in capitals', () => {
    const shouted = firedWith('We want a FRANK talk about the budget today.', 'FRANK');
    expect(shouted?.evidence.fired).toContain(F.commonWordInCapitals);
    expect(shouted?.evidence.fired).not.toContain(F.loneGivenName);
    expect(shouted?.type).toBeUndefined();
  });
});

describe('address blocks and signatures', () => {
  const labelData = fixtureGazetteer({ givenNames: { Fax: 'male', Tel: 'male' } });
  const found = (text: string, name: string) => candidateWith(labelData, text, name);

  it('reads the label of a number as no name, even one the reference data gives as a given name', () => {
    const label = found('Call us on weekdays.\nFax 410-555-0199', 'Fax');
    expect(label?.evidence.fired).toContain(F.contactLabel);
    expect(label?.type).toBeUndefined();
    expect(found('Tel. 410-555-0198 any time.', 'Tel')?.type).toBeUndefined();
  });
});

describe('legal forms of companies', () => {
  it('reads a legal form after a comma as no name of its own, and keeps the company', () => {
    const found = typed('The appeal of Northgate Lottery Corporation, Inc. et al. was argued.');
    expect(found.find((c) => c.text === 'Inc.')?.evidence.fired).toContain(F.companySuffixAlone);
    expect(found.find((c) => c.text === 'Inc.')?.type).toBeUndefined();
    expect(found.find((c) => c.text === 'Northgate Lottery Corporation')?.type).toBe('organization');
  });
});

describe('demonyms of several words', () => {
  const demonymData = fixtureGazetteer({ demonyms: { 'Vostra Nuevan': 'VN' }, givenNames: { Vostra: 'female' } });
  const found = (text: string, name: string) => candidateWith(demonymData, text, name);

  it('reads a demonym of two words as an adjective, not a person', () => {
    const demonym = found('The seat was held in the 1990 Vostra Nuevan general election.', 'Vostra Nuevan');
    expect(demonym?.evidence.demonym).toBe(true);
    expect(demonym?.type).toBeUndefined();
  });
});

describe('the people of a place', () => {
  it('reads the people of a region or a large city, in the plural, as a demonym, not a person', () => {
    for (const [word, text] of [['Ohioans', 'Polls show Ohioans say the race is close.'], ['Bostonians', 'Polls show Bostonians say the race is close.'], ['Alaskans', 'Polls show Alaskans say the race is close.']] as const) {
      const found = typed(text).find((c) => c.text === word);
      expect(found?.evidence.demonym, word).toBe(true);
      expect(found?.type, word).toBeUndefined();
    }
    // A surname of that shape is no one's people.
    expect(typed('Polls show Rogers says the race is close.').find((c) => c.text === 'Rogers')?.evidence.demonym).toBe(false);
  });
});

describe('innerCapital', () => {
  it('reads one word with an inner capital as a brand, not a surname opened by a prefix', () => {
    expect(firedFor('Reporters asked BrewHub about the delay.', 'BrewHub')).toContain(F.innerCapital);
    const surname = firedFor('Later McKenna said the plan was late.', 'McKenna');
    expect(surname).toContain(F.bias);
    expect(surname).not.toContain(F.innerCapital);
    expect(typeOf('Later McKenna said the plan was late.', 'McKenna')).toBe('person');
  });
});

describe('a predicate or apposition after a name', () => {
  it('reads a commune or a hamlet as a place, past a bracket that glosses the name', () => {
    expect(typeOf('Varnobel is a commune in the Ain department.', 'Varnobel')).toBe('place');
    expect(typeOf('Varnobel (Serbian: Варнобел) is a small hamlet in the hills.', 'Varnobel')).toBe('place');
  });

  it('reads the head past qualifiers joined by a slash, and not past a relative clause', () => {
    expect(typeOf('Vexhead are an English punk rock / garage rock band from Leicester.', 'Vexhead')).toBe('organization');
    expect(firedFor('Money went to Kestrel Fund, a pro-Garrow super-PAC that Keane and his daughter Linda run.', 'Kestrel Fund')).not.toContain(F.appositionRole);
  });
});

describe('a predicate after a name that opens with a given name', () => {
  it('reads being a place, not being a body or a role', () => {
    expect(firedFor('Linda Garrow is a small town in Ohio.', 'Linda Garrow')).toContain(F.appositionPlace);
    expect(firedFor('Linda Garrow is the party unifier who speaks to voters.', 'Linda Garrow')).not.toContain(F.appositionOrganization);
    // A one-word given name keeps the cues of its verb.
    expect(firedFor('Later Linda is the best host in town.', 'Linda')).not.toContain(F.appositionRole);
  });
});

describe('reportingVerbBefore and ageAfter', () => {
  it('reads the name an inverted reporting verb gives after a quotation as a person’s, not one that qualifies or owns what follows', () => {
    expect(firedFor('“It sells,” said Frank Pruitt, chairman of the network.', 'Frank Pruitt')).toContain(F.reportingVerbBefore);
    expect(typeOf('“It sells,” said Frank Pruitt, chairman of the network.', 'Frank Pruitt')).toBe('person');
    expect(firedFor('The panel, said Ruritania’s flag had never been open to the public.', 'Ruritania')).not.toContain(F.reportingVerbBefore);
  });

  it('reads an age in apposition as a person’s', () => {
    expect(firedFor('“It scares me,” Frank Pruitt, 30, of Boston, said later.', 'Frank Pruitt')).toContain(F.ageAfter);
    expect(typeOf('“It scares me,” Frank Pruitt, 30, of Boston, said later.', 'Frank Pruitt')).toBe('person');
    expectFoundWithout('It rained in Boston, 30 miles away.', 'Boston', F.ageAfter);
  });
});

describe('places named with the article', () => {
  it('reads a name after "the" as the place whose name opens with the article ("the Bronx")', () => {
    const places = { ...NEWS_FACTS.places, 'The Westmoor': { name: 'The Westmoor', kind: 'city' as const, country: 'US', population: 1_400_000 } };
    const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, places, givenNames: { ...NEWS_FACTS.givenNames, Westmoor: 'male' } });
    const found = typedWith(gazetteer, 'The park in the Westmoor was busy.').find((c) => c.text === 'Westmoor');
    expect(found?.type).toBe('place');
    expect(found?.evidence.place?.name).toBe('The Westmoor');
  });
});

describe('personOf and hometownOf', () => {
  it('reads an unplaced name after a person named in full and "of" as the person’s body, a known place as a home town', () => {
    expect(firedFor('Linda Garrow of Kestrel Power spoke first.', 'Kestrel Power')).toContain(F.personOf);
    expect(typeOf('Linda Garrow of Kestrel Power spoke first.', 'Kestrel Power')).toBe('organization');
    expect(firedFor('Linda Garrow of Boston spoke first.', 'Boston')).toContain(F.hometownOf);
    expect(typeOf('Linda Garrow of Boston spoke first.', 'Boston')).toBe('place');
    // Not after a surname alone.
    expectFoundWithout('Mr. Garrow of Kestrel Power spoke first.', 'Kestrel Power', F.personOf);
  });
});

describe('placeNounOf', () => {
  it('reads a name after a place noun and "of" as a place, not one that owns what follows', () => {
    expect(firedFor('They toured the state of Garrowby last week.', 'Garrowby')).toContain(F.placeNounOf);
    expect(firedFor('New York, the state of Garrow’s younger years, voted.', 'Garrow')).not.toContain(F.placeNounOf);
  });
});

describe('courtCase', () => {
  it('reads the one-word parties of a court case as the case, not people, and keeps a body named in full', () => {
    const text = 'The ruling in Garrow v. Vickers was cited against Keane v. Harbor Board of Education.';
    expect(firedFor(text, 'Garrow')).toContain(F.courtCase);
    expect(typeOf(text, 'Garrow')).toBeUndefined();
    expect(typeOf(text, 'Vickers')).toBeUndefined();
    expect(firedFor(text, 'Harbor Board of Education')).not.toContain(F.courtCase);
    // "vs." sets people against each other in a race, not in a court.
    expect(firedFor('Polls show Garrow vs. Vickers as a close race.', 'Garrow')).not.toContain(F.courtCase);
  });

  it('reads a party named like a region as the case too, after a preposition of place', () => {
    expect(typeOf('The justices heard arguments in Ohio v. Garrow on Monday.', 'Ohio')).toBeUndefined();
  });
});

describe('regionOfTown', () => {
  it('reads a region after a town and a comma as that region, not the person of the name, nor a town in a list', () => {
    const facts = fixtureGazetteer({
      ...NEWS_FACTS,
      // As the real index answers a town qualified by its region ("Austin, Texas").
      places: {
        ...NEWS_FACTS.places,
        Jordan: { name: 'Jordan', kind: 'region', country: 'US' },
        Garrowby: { name: 'Garrowby', kind: 'city', country: 'US', population: 40_000 },
        'Garrowby, Jordan': { name: 'Garrowby', kind: 'city', country: 'US', population: 40_000 },
      },
    });
    const jordan = typedWith(facts, 'The park lies in Garrowby, Jordan’s oldest town.').find((c) => c.text === 'Jordan');
    expect(jordan?.evidence.fired).toContain(F.regionOfTown);
    expect([jordan?.type, jordan?.evidence.place?.kind]).toEqual(['place', 'region']);
    expect(typedWith(facts, 'Offices in Boston, Garrowby, Jordan and Louisville closed.').find((c) => c.text === 'Jordan')?.evidence.fired).not.toContain(F.regionOfTown);
  });
});

describe('commaPlace', () => {
  it('reads a region of several words after a comma, not one that a name goes on from or a noun follows', () => {
    expect(firedFor('A crowd waited in snowy Garrowby, West Virginia, on Monday.', 'Garrowby')).toContain(F.commaPlace);
    expect(typeOf('A crowd waited in snowy Garrowby, West Virginia, on Monday.', 'Garrowby')).toBe('place');
    expect(firedFor('Tom Kessin, West Virginia Gazette editor, said so.', 'Tom Kessin')).not.toContain(F.commaPlace);
    expect(firedFor('Tom Kessin, West Virginia director for the campaign, said so.', 'Tom Kessin')).not.toContain(F.commaPlace);
    expect(firedFor('Tom Kessin, West Virginia’s governor, said so.', 'Tom Kessin')).not.toContain(F.commaPlace);
  });
});

describe('lettersAndDigits', () => {
  it('reads a word of letters and digits as no person, whatever speaks after it', () => {
    expect(firedFor('Kestrel45 said it would spend more.', 'Kestrel45')).toContain(F.lettersAndDigits);
    expect(typeOf('Kestrel45 said it would spend more.', 'Kestrel45')).toBeUndefined();
    expect(firedFor('Kestrel said it would spend more.', 'Kestrel')).not.toContain(F.lettersAndDigits);
  });

  it('reads letters and digits parted by a hyphen as a code too, but not a name joined by one', () => {
    expect(typeOf('They say KB-5 requires an investment.', 'KB-5')).toBeUndefined();
    expect(firedFor('The new KF-21 flew on Monday.', 'KF-21')).toContain(F.lettersAndDigits);
    expect(firedFor('Jean-Luc Varnick said so.', 'Jean-Luc Varnick')).not.toContain(F.lettersAndDigits);
  });
});

describe('a title over an office', () => {
  it('reads a rank or a role before nothing but role words as an office, not a person', () => {
    expect(typeOf('He will not run for Lt. Governor next year.', 'Governor')).not.toBe('person');
    expect(firedFor('He will not run for Lt. Governor next year.', 'Governor')).not.toContain(F.honorificTitle);
  });

  it('still reads a form of address before a role word as the person addressed', () => {
    expect(typeOf('Madam Speaker, the House will not fail.', 'Speaker')).toBe('person');
  });
});
