import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';
import { doc, gazetteer } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const names = (text: string): Array<[string, string | undefined]> =>
  findCandidates(doc(text), gazetteer).map((c) => [c.text, c.title]);

describe('findCandidates', () => {
  it('opens a name with the Arabic article in lower case written onto it', () => {
    expect(names('The regime said al-Tarrow would stay.')).toEqual([['al-Tarrow', undefined]]);
  });

  it('reads the body of an office with no name after it as the name, not the office ("CEO of Hewlett-Packard")', () => {
    expect(names('The former CEO of Varnfeld-Kessin added that it was late.')).toEqual([['Varnfeld-Kessin', undefined]]);
    expect(names('She was Chairman of the Varnfeld Group until 2001.')).toEqual([['Varnfeld Group', undefined]]);
    // An office before its holder's name stays a title.
    expect(names('CEO of Varnfeld Linda Vonk said so.')).toEqual([['Linda Vonk', 'CEO of Varnfeld']]);
  });

  it('keeps the first word of a title opening a sentence, though the story writes it in lower case elsewhere', () => {
    const text = 'She wrote to the prime minister and the housing minister.\n\nPrime Minister Tom Keane accepted. Housing Minister Linda Vonk resigned.';
    expect(names(text)).toEqual([
      ['Tom Keane', 'Prime Minister'],
      ['Linda Vonk', 'Housing Minister'],
    ]);
  });

  it('finds the company named by one word before its chief’s or founder’s title', () => {
    expect(names('Harvest CEO Linda Vonk met investors. Westbury Chairman Tom Keane spoke.')).toEqual([
      ['Harvest', undefined],
      ['Linda Vonk', 'Harvest CEO'],
      ['Westbury', undefined],
      ['Tom Keane', 'Westbury Chairman'],
    ]);
  });

  it('reads the verb of a line of contact details as no title', () => {
    expect(names('The vote was close.\n\nContact Linda Vonk at lvonk@example.com. Reach Peter Halvorsen at 555-0134.')).toEqual([
      ['Linda Vonk', undefined],
      ['Peter Halvorsen', undefined],
    ]);
  });

  it('reads an office addressed ("Mr. President", "Mr. Chief Justice") as no name, a surname after "Mr." as one', () => {
    expect(names('Thank you, Mr. President. Mr. Chief Justice, may it please the court.')).toEqual([]);
    expect(names('Mr. Bishop said the vote was close.')).toEqual([['Bishop', 'Mr.']]);
  });

  it('reads "Miss" and a common word or a country as a pageant’s title, not one that is also a given name', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'universe'] });
    expect(findCandidates(doc('He mocked a former Miss Universe on air.'), facts)).toEqual([]);
    expect(names('She was crowned Miss Russia in 2010.')).toEqual([]);
    expect(names('She told Miss Jordan about it.')).toEqual([['Jordan', 'Miss']]);
  });

  it('reads a county named in a title before its office, known to the data or not, whole; a comptroller or a supervisor as an office', () => {
    expect(names('Kessin County Sheriff Tom Vickers said the road was shut.')).toEqual([['Kessin County', undefined], ['Tom Vickers', 'Kessin County Sheriff']]);
    expect(names('Garrow Parish District Attorney Lena Ford filed the case.')).toEqual([['Garrow Parish', undefined], ['Lena Ford', 'Garrow Parish District Attorney']]);
    // A comptroller or a supervisor, like a sheriff, is an office before a name.
    expect(names('Westbury Comptroller Ann Pruitt spoke.')).toEqual([['Ann Pruitt', 'Westbury Comptroller']]);
    expect(names('Kessin County Supervisor of Elections Ann Pruitt spoke.')).toEqual([['Kessin County', undefined], ['Ann Pruitt', 'Kessin County Supervisor of Elections']]);
  });

  it('reads a role noun after "The" written with its capital in mid-sentence as a name, not one after "the"', () => {
    expect(names('The figures ran in The Economist last week.')).toEqual([['Economist', undefined]]);
    expect(names('The figures worried the Economist at the bank.')).toEqual([]);
  });

  it('takes the article into a place named with it, not into one named without it', () => {
    const facts = fixtureGazetteer({
      ...NEWS_FACTS,
      places: { ...NEWS_FACTS.places, 'The Kessin': { name: 'The Kessin', kind: 'city', country: 'NL', population: 400_000 }, 'The Ruritania': { name: 'Ruritania', kind: 'country', country: 'RU' } },
    });
    const texts = (text: string) => findCandidates(doc(text), facts).map((c) => c.text);
    expect(texts('They met in The Kessin on Monday.')).toEqual(['The Kessin']);
    expect(texts('They met in The Ruritania on Monday.')).toEqual(['Ruritania']);
  });

  it('takes a country written in lower case wherever it stands, not a word or a given name', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Vietnam: { name: 'Vietnam', kind: 'country', country: 'VN' }, Jordan: { name: 'Jordan', kind: 'country', country: 'JO' } } });
    const found = findCandidates(doc('how are vietnam and jordan alike? i have no idea.'), facts).map((c) => c.text);
    expect(found).toEqual(['vietnam']);
    // A word of a file name is none.
    expect(findCandidates(doc('see the file vietnam-trip-notes.txt for more.'), facts)).toEqual([]);
  });

  it('reads the longest place in a line in capitals, not its last word alone', () => {
    expect(names('Polls came in.\nTURNOUT SOARS IN WEST VIRGINIA AND OHIO\nThe count ended late.').map(([text]) => text)).toEqual(['Polls', 'WEST VIRGINIA', 'OHIO']);
  });

  it('drops a name that fills a quoted phrase, not one after a possessive apostrophe or before the next paragraph’s quote', () => {
    expect(names('They call him "the Water Baron" in town.').map(([text]) => text)).toEqual([]);
    expect(names("The network licenses ''Politicking'' and ''Ashford Now'' to others.").map(([text]) => text)).toEqual([]);
    expect(names('The panel chose Fox News\' Lena Ford.\n\n"It was fair," Tom Vickers said.').map(([text]) => text)).toEqual(['Fox News', 'Lena Ford', 'Tom Vickers']);
  });

  it('keeps an e-mail’s display name before its address, but not a quoted slogan before markup', () => {
    expect(names('Email: "Tom Vickers"<tvick...@example.com> Groups: alt.cats').map(([text]) => text)).toContain('Tom Vickers');
    expect(names('The slogan was "Ashford Now" <b>again</b>.').map(([text]) => text)).not.toContain('Ashford Now');
  });

  it('takes a role word alone as a name when a person named in full bears it as surname', () => {
    expect(names('John Player won in 2003. Judges later awarded Player the points.').map(([text]) => text)).toEqual(['John Player', 'Judges', 'Player']);
    // Otherwise a role word alone is no name.
    expect(names('John Vickers won in 2003. Judges later awarded Player the points.').map(([text]) => text)).toEqual(['John Vickers', 'Judges']);
  });

  it('splits a title written before the name', () => {
    expect(names('Russian President Vladimir Putin spoke in Beijing on Tuesday.')).toEqual([
      ['Vladimir Putin', 'Russian President'],
      ['Beijing', undefined],
    ]);
    expect(names('They met Secretary-General Ban Ki-moon on Monday.')).toEqual([['Ban Ki-moon', 'Secretary-General']]);
  });

  it('gives a title wink split from its stop, singular or plural, to the name after it', () => {
    expect(names('Rev. Ann Grove led the prayer.')).toEqual([['Ann Grove', 'Rev.']]);
    // A plural title is the title of every name of the list it opens.
    expect(names('Sens. Ann Grove, Lena Ford and Tom Vickers objected; Tom Reyes did not.')).toEqual([
      ['Ann Grove', 'Sens.'],
      ['Lena Ford', 'Sens.'],
      ['Tom Vickers', 'Sens.'],
      ['Tom Reyes', undefined],
    ]);
  });

  it('makes a body named inside a title a name of its own', () => {
    expect(names('He lost to Harbour Workers Party MP Paul Johnson in May.')).toEqual([
      ['Harbour Workers Party', undefined],
      ['Paul Johnson', 'Harbour Workers Party MP'],
    ]);
    // "Press" heads a press agency's name, but in a title it qualifies the role.
    expect(names('White House Press Secretary Maria Ortega spoke.').map(([n]) => n)).toEqual(['Maria Ortega']);
    // A body the list of organizations knows, right before the role.
    const listed = fixtureGazetteer({ ...NEWS_FACTS, organizations: ['Kestrel Vale'] });
    expect(findCandidates(doc('She grilled Kestrel Vale CEO John Varga on Tuesday.'), listed).map((c) => [c.text, c.title])).toEqual([
      ['Kestrel Vale', undefined],
      ['John Varga', 'Kestrel Vale CEO'],
    ]);
  });

  it('finds a place written in lower case after a place preposition, but not a common word', () => {
    expect(names('i have lived in ukraine for two years')).toEqual([['ukraine', undefined]]);
    expect(names('we drove around boston all day')).toEqual([['boston', undefined]]);
    // "to" after a verb of journey, not any "to".
    expect(names('next week i am traveling to boston alone')).toEqual([['boston', undefined]]);
    expect(names('i gave it to boston fans')).toEqual([]);
    // The region or country written right after such a place.
    expect(names('we drove around louisville kentucky all day')).toEqual([['louisville', undefined], ['kentucky', undefined]]);
    const withChinaware = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'china'] });
    expect(findCandidates(doc('the cups were made in china by hand'), withChinaware)).toEqual([]);
  });

  it('keeps a nickname in double quotation marks inside the name', () => {
    expect(names('On Monday Joaquin “El Chapo” Guzman escaped. Then Dwayne "The Rock" Johnson watched.').map(([n]) => n)).toEqual([
      'Joaquin “El Chapo” Guzman',
      'Dwayne "The Rock" Johnson',
    ]);
    // A quoted phrase after a name, or one in single marks, is not a nickname.
    expect(names('Putin said “Never” and left. Kieran ‘Kit’ Walsh came.').map(([n]) => n)).toEqual(['Putin', 'Kieran', 'Walsh']);
  });

  it('keeps a capitalised function word between name words inside the name', () => {
    expect(names('The appeal was filed by the Freedom From Noise Foundation in May.').map(([n]) => n)).toEqual(['Freedom From Noise Foundation']);
  });

  it('keeps organizations named head first with "for" or "on", but no title or date after them', () => {
    expect(names('She lectured at the Centre for Maritime and Coastal Studies on Friday.').map(([n]) => n)).toEqual(['Centre for Maritime and Coastal Studies']);
    expect(names('He told Harbor News on Super Tuesday that he would run.').map(([n]) => n)).toEqual(['Harbor News', 'Super']);
    expect(names('Council on Coastal-Harbor Relations Executive Director Lena Ford said so.')).toContainEqual(['Lena Ford', 'Council on Coastal-Harbor Relations Executive Director']);
  });

  it('keeps the cause a body serves after "for the" in its name, but not another body it works for', () => {
    const words = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'protection', 'press', 'responsible', 'budget', 'master', 'arts'] });
    const found = (text: string): string[] => findCandidates(doc(text), words).map((c) => c.text);
    expect(found('She joined the Committee for the Protection of Harbor Workers in May.')).toEqual(['Committee for the Protection of Harbor Workers']);
    expect(found('The survey was run by Harbor Research for the Press Association of Westbury.')).toEqual(['Harbor Research', 'Press Association of Westbury']);
    // After "for a", a cause of two words or more with no "of" in it.
    expect(found('The Committee for a Responsible Harbor Budget said so.')).toEqual(['Committee for a Responsible Harbor Budget']);
    expect(found('She left Westbury University for a Master of Arts.')).toEqual(['Westbury University', 'Master of Arts']);
  });

  it('reads a run that ends in a public office as the office: only the place or body in it is a name', () => {
    expect(names('The Ohio Governor spoke first.').map(([n]) => n)).toEqual(['Ohio']);
    expect(names('Tom Vickers, the Harbor Department Spokesman, said so.').map(([n]) => n)).toEqual(['Tom Vickers', 'Harbor Department']);
    // A person whose surname is an office keeps it.
    expect(names('Linda Governor said so.').map(([n]) => n)).toEqual(['Linda Governor']);
  });

  it('keeps honorifics out of the name', () => {
    expect(names('The report was written by Dr. Mary Smith and Mr. Jones.')).toEqual([
      ['Mary Smith', 'Dr.'],
      ['Jones', 'Mr.'],
    ]);
  });

  it('keeps the complement of a role in the title', () => {
    expect(names('He met Secretary of State Ann Garrow at the embassy.')).toEqual([['Ann Garrow', 'Secretary of State']]);
  });

  it('joins names over connectors and hyphens', () => {
    expect(names('Analysts at Bank of America and the University of Toronto agreed with Jean-Luc Martin.').map(([n]) => n)).toEqual([
      'Bank of America',
      'University of Toronto',
      'Jean-Luc Martin',
    ]);
  });

  it('does not keep a name word that is only a sentence-initial capital', () => {
    expect(names('Officials said nothing. Later, officials left.').map(([n]) => n)).toEqual([]);
  });

  it('leaves months and days out', () => {
    expect(names('On Monday, Maria Ortega flew to Ohio in May.').map(([n]) => n)).toEqual(['Maria Ortega', 'Ohio']);
  });

  it('stops a name before a possessive', () => {
    const found = findCandidates(doc('It was Putin’s decision.'), gazetteer);
    expect(found.map((c) => c.text)).toEqual(['Putin']);
  });

  it('keeps only known places in an all-caps headline', () => {
    const text = 'MOSCOW WARNS WASHINGTON OVER NEW SANCTIONS\nThe ministry said on Friday that talks had stalled.';
    expect(names(text).map(([n]) => n)).toEqual(['MOSCOW']);
  });

  it('reports offsets that slice the name', () => {
    const text = 'In Toronto, Mayor John Tory said so.';
    for (const c of findCandidates(doc(text), gazetteer)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('dates', () => {
  it('leaves abbreviated months out even when the tagger misses them', () => {
    expect(names('ASHFORD, N.Y., Sept. 14 (UPI) — Maria Ortega arrived.').map(([n]) => n)).not.toContain('Sept.');
  });
});
