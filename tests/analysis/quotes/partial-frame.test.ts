import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../../src/analysis/quotes/attribute-speakers.js';
import { findQuotes } from '../../../src/analysis/quotes/find-quotes.js';
import { titleCased } from '../../../src/analysis/quotes/partial-frame.js';
import { docOf, entitiesOf, type Named } from './helpers.js';

/** The partial quotes of a passage, with speaker name, mention as written and cue. */
function partials(text: string, named: readonly Named[] = []) {
  const doc = docOf(text);
  return attributeSpeakers(doc, findQuotes(doc), entitiesOf(doc, named))
    .filter((q) => q.kind === 'partial')
    .map((q) => ({
      text: q.text,
      name: q.speaker?.name ?? null,
      mention: q.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
      cue: q.cue,
    }));
}

const ORTEGA: Named = { name: 'Maria Ortega', gender: 'female', titles: ['Mayor'] };
const HALE: Named = { name: 'Victor Hale', gender: 'male' };

describe('partial quotes: the subject of the verb framing them', () => {
  it('gives the phrase to a named subject of a characterising verb', () => {
    const [q] = partials('Mayor Maria Ortega called the budget deal “a betrayal of working families” on Monday.', [ORTEGA]);
    expect(q).toMatchObject({ name: 'Maria Ortega', mention: 'Maria Ortega', cue: 'called' });
  });

  it('reads the subject after a dateline’s dash, not as a parenthesis', () => {
    const [q] = partials('WESTBURY, May 4 (AP) — Mayor Maria Ortega rejected the deal, calling it “a betrayal of working families.”', [ORTEGA]);
    expect(q).toMatchObject({ name: 'Maria Ortega', mention: 'Maria Ortega' });
  });

  it('resolves a pronoun subject to the person last named, with the particle in the cue', () => {
    const text = 'Victor Hale spoke for an hour. He pointed to the new stadium as proof of “a city on the rise,” despite its cost.';
    const [q] = partials(text, [HALE]);
    expect(q).toMatchObject({ name: 'Victor Hale', mention: 'He', cue: 'pointed to' });
  });

  it('resolves a description subject through the role the text gave, for a participle', () => {
    const text = 'Mayor Maria Ortega met the council on Tuesday. The mayor sounded hopeful, citing the builders’ “steady progress” on the bridge.';
    const [q] = partials(text, [ORTEGA]);
    expect(q).toMatchObject({ name: 'Maria Ortega', mention: 'The mayor', cue: 'citing' });
  });

  it('resolves "the … leader" to the person given a leading office of that country', () => {
    const kelly: Named = { name: 'Aine Kelly', gender: 'female', titles: ['Irish Prime Minister'] };
    const ryan: Named = { name: 'Tom Ryan', gender: 'male', titles: ['Irish striker'] };
    const text = 'Irish Prime Minister Aine Kelly met Irish striker Tom Ryan in Dublin. The Irish leader praised the team’s “fearless football” on Sunday.';
    const [q] = partials(text, [kelly, ryan]);
    expect(q).toMatchObject({ name: 'Aine Kelly', mention: 'The Irish leader', cue: 'praised' });
  });

  it('does not take a possessor before the quotation for the speaker', () => {
    const text = 'Victor Hale spoke on Friday. He praised Maria Ortega’s “quiet courage” during the strike.';
    const [q] = partials(text, [HALE, ORTEGA]);
    expect(q).toMatchObject({ name: 'Victor Hale', mention: 'He', cue: 'praised' });
  });

  it('gives the phrase to the subject of the nearer of two joined verbs', () => {
    const text = 'Victor Hale criticised the plan after Maria Ortega visited the site and described it as “a gift to developers.”';
    const [q] = partials(text, [HALE, ORTEGA]);
    expect(q).toMatchObject({ name: 'Maria Ortega', cue: 'described' });
  });
});

describe('partial quotes with no speaker', () => {
  it('leaves a scare quote with no verb of saying unattributed', () => {
    const [q] = partials('Victor Hale opened the “community hub” on Saturday with a ribbon.', [HALE]);
    expect(q).toMatchObject({ text: 'community hub', name: null, cue: null });
  });

  it('leaves a title after a preposition or a possessive unattributed', () => {
    const [show] = partials('Victor Hale said on “Morning Report” that the vote was close.', [HALE]);
    expect(show?.name).toBeNull();
    const [song] = partials('Victor Hale sang Maria Ortega’s “Harbour Lights Tonight” at the gala.', [HALE, ORTEGA]);
    expect(song?.name).toBeNull();
  });

  it('leaves a “so-called” term and a passive frame unattributed', () => {
    const [term] = partials('Victor Hale has pushed for capping so-called “surge” fares.', [HALE]);
    expect(term?.name).toBeNull();
    const [passive] = partials('The plan was called “reckless” at the meeting.', [HALE]);
    expect(passive?.name).toBeNull();
  });

  it('does not give a phrase to a pronoun whose person is of unknown gender or named only inside a quotation', () => {
    const [unknown] = partials('Sam Reyes spoke first. He called the plan “a mess.”', [{ name: 'Sam Reyes' }]);
    expect(unknown?.name).toBeNull();
    const text = 'Victor Hale spoke next. “Maria Ortega’s plan will fail,” a voter said. She called it “a mess.”';
    const quotes = partials(text, [HALE, ORTEGA]);
    expect(quotes.find((q) => q.text === 'a mess.')?.name ?? null).toBeNull();
  });

  it('does not give a phrase to a subject that is no person of the article', () => {
    const [q] = partials('Several residents called the new tower “an eyesore.”', [HALE]);
    expect(q?.name).toBeNull();
  });
});

describe('titleCased', () => {
  it('tells a title from a phrase', () => {
    expect(titleCased('Grow Your Own Winter Greens')).toBe(true);
    expect(titleCased('a betrayal of working families')).toBe(false);
    expect(titleCased('Yes')).toBe(false);
  });
});
