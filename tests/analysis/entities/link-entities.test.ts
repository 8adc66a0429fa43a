import { describe, expect, it } from 'vitest';
import { doc, entities } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';
import { linkEntities } from '../../../src/analysis/entities/link-entities.js';
import { classifyCandidates } from '../../../src/analysis/mentions/classify-candidates.js';
import { findCandidates } from '../../../src/analysis/mentions/find-candidates.js';

const summary = (text: string) =>
  entities(text).entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases, titles: e.titles, count: e.mentions.length }));

describe('linkEntities', () => {
  it('gives each person named after a plural honorific its singular', () => {
    const people = summary('Reps. Ana Cortez and Mark Ellison wrote to the board.').filter((e) => e.type === 'person');
    expect(people.find((e) => e.name === 'Ana Cortez')?.titles).toEqual(['Rep.']);
  });

  it('keeps words joined by a hyphen in a lower-case title whole', () => {
    const people = summary('Republican front-runner Ann Garrow spoke first. Her 15-year-old son Tom Garrow stood by.').filter((e) => e.type === 'person');
    expect(people.find((e) => e.name === 'Ann Garrow')?.titles).toEqual(['Republican front-runner']);
    expect(people.find((e) => e.name === 'Tom Garrow')?.titles).toEqual(['15-year-old son']);
  });

  it('merges surname and possessive mentions into the person named in full', () => {
    const found = summary('Russian President Vladimir Putin arrived. Putin spoke. It was Putin’s day.');
    expect(found).toEqual([{ type: 'person', name: 'Vladimir Putin', aliases: ['Putin'], titles: ['Russian President'], count: 3 }]);
  });

  it('reads the surname before a generational suffix, and never merges father and son', () => {
    const found = summary('Adm. Harry B. Halvorsen Jr. arrived. Halvorsen spoke.').filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.count])).toEqual([['Harry B. Halvorsen Jr.', 2]]);
    const family = summary('Donald Trump Jr. spoke first. Then Donald J. Trump took the stage.').filter((e) => e.type === 'person');
    expect(family.map((e) => e.name).sort()).toEqual(['Donald J. Trump', 'Donald Trump Jr.']);
  });

  it('joins a surname misspelt by one letter to the one person named in full whose surname it is', () => {
    const people = summary('Two voters, Tyra Halvorsen and Ben Ashcroft, came. Halversen said the fee was too high.').filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.count])).toEqual([['Tyra Halvorsen', 2], ['Ben Ashcroft', 1]]);
    // Not when an honorific rules the person out.
    const other = summary('Linda Halvorsen came. Mr. Halversen said the fee was too high.').filter((e) => e.type === 'person');
    expect(other.map((e) => e.name).sort()).toEqual(['Halversen', 'Linda Halvorsen']);
  });

  it('never merges two people who share a given name', () => {
    const found = summary('Vladimir Putin met Vladimir Zelenskiy. Zelenskiy left early.').filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.count])).toEqual([
      ['Vladimir Putin', 1],
      ['Vladimir Zelenskiy', 2],
    ]);
  });

  it('gives a shared surname to the person mentioned last', () => {
    const result = entities('Mary Smith arrived first. John Smith came later. Smith said he was tired.');
    const smith = result.mentions.find((m) => m.text === 'Smith');
    expect(smith && result.entities[smith.entity]?.name).toBe('John Smith');
  });

  it('names places by their reference name and keeps the written form as alias', () => {
    const place = entities('Officials in the U.S. and the United States Senate...').entities.find((e) => e.type === 'place');
    expect(place).toMatchObject({ name: 'United States', aliases: ['U.S.'], place: { kind: 'country', country: 'US' } });
  });

  it('joins an acronym to the organization it abbreviates', () => {
    const orgs = summary('The International Monetary Fund warned. The IMF said growth would slow.').filter((e) => e.type === 'organization');
    expect(orgs).toEqual([{ type: 'organization', name: 'International Monetary Fund', aliases: ['IMF'], titles: [], count: 2 }]);
  });

  it('joins a name a person goes by inside their full name, when one person alone holds it there', () => {
    const people = summary('President Tomas Varno Keane Halvorsen spoke on Monday. Later Varno said he would stay.').filter((e) => e.type === 'person');
    expect(people.map((p) => [p.name, p.count])).toEqual([['Tomas Varno Keane Halvorsen', 2]]);
  });

  it('joins places whose names differ only in stops, commas and spaces', () => {
    const places = {
      ...NEWS_FACTS.places,
      Kessin: { name: 'Kessin, K.R.', kind: 'city' as const, country: 'US', population: 600_000 },
      'K.R.': { name: 'Kessin KR', kind: 'region' as const, country: 'US' },
    };
    const d = doc('She moved to Kessin, K.R., in 1990 and left Kessin in 2001.');
    const data = fixtureGazetteer({ ...NEWS_FACTS, places });
    const found = linkEntities(d, data, classifyCandidates(d, data, findCandidates(d, data))).entities.filter((e) => e.type === 'place');
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Kessin, K.R.', ['Kessin', 'K.R.', 'Kessin']]]);
  });

  it('joins a body named with and without its legal form, and keeps one written only with it', () => {
    const orgs = summary('Vostra Networks Inc said on Monday it would cut jobs. Vostra Networks employs 900 people.').filter((e) => e.type === 'organization');
    expect(orgs.map((o) => [o.name, o.count])).toEqual([['Vostra Networks Inc', 2]]);
    const alone = summary('Vostra Networks Inc said on Monday it would cut jobs.').filter((e) => e.type === 'organization');
    expect(alone.map((o) => o.name)).toEqual(['Vostra Networks Inc']);
  });

  it('joins a body named in capitals and in lower case, and with its legal form written out', () => {
    const orgs = summary('Headline\nVOSTRA said revenue rose. Vostra shares fell. Vostra Corporation employs 900 people.').filter((e) => e.type === 'organization');
    expect(orgs.map((o) => [o.name, o.count])).toEqual([['Vostra Corporation', 3]]);
  });

  it('joins a nickname alone to the town and nickname that name one body, unless two share it or every state has one', () => {
    const orgs = (text: string) => summary(text).filter((e) => e.type === 'organization').map((o) => [o.name, o.count]);
    expect(orgs('Headline\nThe Toronto Herald reported the deal. The Herald said it was final.')).toEqual([['Toronto Herald', 2]]);
    expect(orgs('Headline\nThe Toronto Herald and the London Herald reported it. The Herald said it was final.')).toContainEqual(['Herald', 1]);
    expect(orgs('Headline\nThe Toronto Council met on Monday. The Council said it was final.')).toContainEqual(['Council', 1]);
  });

  it('names a person as the article writes them, hyphens and all', () => {
    const found = summary('Jean-Luc Garrow met Anne-Marie Vickers-Halde in Lyon. Garrow spoke first.').filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.aliases, e.count])).toEqual([
      ['Jean-Luc Garrow', ['Garrow'], 2],
      ['Anne-Marie Vickers-Halde', [], 1],
    ]);
  });

  it('names a person with their nickname as the article writes it', () => {
    const found = summary('Drug lord Tomás “El Zorro” Vickers escaped. Vickers was caught in 2019.').filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.count])).toEqual([['Tomás “El Zorro” Vickers', 2]]);
  });

  it('names a person by a one-word nickname they go by, keeping the full form as an alias', () => {
    const found = summary('Rep. Thomas J. “Tommy” Varga spoke first. Varga said he was ready.').filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.aliases, e.count])).toEqual([['Tommy Varga', ['Thomas J. “Tommy” Varga', 'Varga'], 2]]);
  });

  it('keeps a first word the body used before the long name as an organization of its own', () => {
    const text = 'Headline\nNorthgate said it would cut jobs. Northgate shares fell. Northgate Cloud Services, the hosting unit, was spared.';
    const orgs = summary(text).filter((e) => e.type === 'organization');
    expect(orgs.map((e) => [e.name, e.count])).toEqual([
      ['Northgate', 2],
      ['Northgate Cloud Services', 1],
    ]);
  });

  it('reads a person’s initials as that person in an interview', () => {
    const text = 'Wikinews spoke with Mary Kowalski about reefs.\nQ: How bad is it?\nMK: It is the worst we have recorded.';
    const found = summary(text);
    expect(found.find((e) => e.name === 'Mary Kowalski')?.count).toBe(2);
    expect(found.some((e) => e.name === 'MK')).toBe(false);
  });

  it('reads no initials after "the" as a person who shares them', () => {
    const found = summary('John Varnick spoke first.\nPeter Kessin, who leads the JV(U), is expected to follow.');
    expect(found.find((e) => e.name === 'John Varnick')?.count).toBe(1);
  });

  it('keeps an agency after a dateline even when someone shares its initials', () => {
    const found = summary('WASHINGTON (AP) — Alan Porter said the vote would wait. Porter left.');
    expect(found.find((e) => e.name === 'AP')?.type).toBe('organization');
  });

  it('does not give "Mr." to the one woman named in full with that surname', () => {
    const result = entities('Maria Kowalski spoke first. Mr. Kowalski, her husband, spoke later.');
    const mr = result.mentions.find((m) => m.text === 'Kowalski' && m.start > 20);
    expect(mr && result.entities[mr.entity]?.name).toBe('Kowalski');
  });

  it('gives a bare surname before the first "Mr." to him, not to the woman named in full later', () => {
    const result = entities('President Garrow opened the session. Mr. Garrow spoke for an hour. Later the campaign sent Mr. Garrow and his wife, Linda Garrow, to Ohio.');
    const owners = result.mentions.filter((m) => m.text.endsWith('Garrow')).map((m) => [m.text, result.entities[m.entity]?.name]);
    expect(owners).toEqual([
      ['Garrow', 'Garrow'],
      ['Garrow', 'Garrow'],
      ['Garrow', 'Garrow'],
      ['Linda Garrow', 'Linda Garrow'],
    ]);
  });

  it('tells gender from the given name or an honorific', () => {
    const found = entities('Maria Ortega and Mr. Kowalski met.').entities;
    expect(found.map((e) => [e.name, e.gender])).toEqual([
      ['Maria Ortega', 'female'],
      ['Kowalski', 'male'],
    ]);
  });

  it('tells gender from a first name used alone, not from a titled one-word name', () => {
    const found = entities('Maria waved at the crowd in Dayton. Later Sen. Peter spoke.').entities.filter((e) => e.type === 'person');
    expect(found.map((e) => [e.name, e.gender])).toEqual([
      ['Maria', 'female'],
      ['Peter', undefined],
    ]);
  });
});

describe('surname particles', () => {
  it('keeps "von der" in the name and joins the surname written alone', () => {
    const found = summary('“We will rebuild,” said Greta von der Halde, the president of the harbor board.\nVon der Halde told reporters that the cranes would follow.');
    expect(found.filter((e) => e.type === 'person')).toEqual([
      { type: 'person', name: 'Greta von der Halde', aliases: ['Von der Halde'], titles: [], count: 2 },
    ]);
  });
});
