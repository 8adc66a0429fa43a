import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../../src/analysis/quotes/attribute-speakers.js';
import { findQuotes } from '../../../src/analysis/quotes/find-quotes.js';
import { docOf, entitiesOf, type Named } from './helpers.js';
import { analyze } from '../../../src/index.js';

/** Runs both stages and returns, per quotation, its kind, speaker name, mention as written and cue. */
function attribute(text: string, named: readonly Named[] = []) {
  const doc = docOf(text);
  return attributeSpeakers(doc, findQuotes(doc), entitiesOf(doc, named)).map((q) => ({
    kind: q.kind,
    name: q.speaker?.name ?? null,
    entity: q.speaker?.entity,
    mention: q.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
    cue: q.cue,
  }));
}

describe('attributeSpeakers: where the reporting clause stands', () => {
  it('reads the clause after the quotation', () => {
    const [q] = attribute('“We will win this seat,” Maria Ortega said on Tuesday.', [{ name: 'Maria Ortega' }]);
    expect(q).toMatchObject({ name: 'Maria Ortega', entity: 0, mention: 'Maria Ortega', cue: 'said' });
  });

  it('reads inverted order with a title and an appositive', () => {
    const [q] = attribute('"The bill is dead," said Sen. Maria Ortega, a Democrat from Ohio.', [{ name: 'Maria Ortega' }]);
    expect(q).toMatchObject({ name: 'Maria Ortega', mention: 'Maria Ortega', cue: 'said' });
  });

  it('names the person a description of the speaker is set beside, past the description’s own phrase', () => {
    const named = [{ name: 'Westbury Hotels', type: 'organization' as const }, { name: 'Lena Ford' }];
    const [q] = attribute('“It is a disgrace,” a spokeswoman for Westbury Hotels, Lena Ford, said in an email.', named);
    expect(q).toMatchObject({ kind: 'direct', name: 'Lena Ford', mention: 'Lena Ford' });
    const [r] = attribute('A spokeswoman for Westbury Hotels, Lena Ford, said: “We are reviewing it.”', named);
    expect(r).toMatchObject({ kind: 'direct', name: 'Lena Ford' });
  });

  it('gives a quotation to the clause leading in when the clause after it leads into the next one and names someone else', () => {
    const quotes = attribute('When Dana Wills shouted, “Ashford,” Hale joked, “Come on up!”', [{ name: 'Dana Wills' }, { name: 'Tom Hale' }]);
    expect(quotes.map((q) => q.name)).toEqual(['Dana Wills', 'Tom Hale']);
  });

  it('reads the subject of a participle after the complement of a reporting verb as the speaker', () => {
    const [q] = attribute('Tom Hale said there was no call or meeting planned with Dana Wills, adding: “If one is proposed we will consider it.”', [{ name: 'Tom Hale' }, { name: 'Dana Wills' }]);
    expect(q).toMatchObject({ name: 'Tom Hale' });
  });

  it('names the person a role with "of" is written before, not the one a friend "of" is', () => {
    const [q] = attribute('Former secretary of state Lena Ford said, “We will win.”', [{ name: 'Lena Ford' }]);
    expect(q).toMatchObject({ name: 'Lena Ford' });
    const [r] = attribute('A friend of Lena Ford said, “She will win.”', [{ name: 'Lena Ford' }]);
    expect(r?.name).toBe('A friend of Lena Ford');
  });

  it('reads the clause before the quotation, with other reporting verbs', () => {
    const [q] = attribute('Tom Reyes told reporters, “We have the votes.”', [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ name: 'Tom Reyes', cue: 'told reporters' });
    const [t] = attribute('Tom Reyes tweeted: “Proud of our team tonight.”', [{ name: 'Tom Reyes' }]);
    expect(t).toMatchObject({ name: 'Tom Reyes', cue: 'tweeted' });
  });

  it('reads "according to"', () => {
    const [q] = attribute('According to Dana Wills, "The count will take a week."', [{ name: 'Dana Wills' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Dana Wills', cue: 'According to' });
  });

  it('reads the clause inside an interrupted quotation', () => {
    const [q] = attribute('“The plant will close,” Carla Diaz said. “About 300 jobs will go.”', [{ name: 'Carla Diaz' }]);
    expect(q).toMatchObject({ name: 'Carla Diaz', cue: 'said' });
  });

  it('reads a colon introduction in the paragraph before', () => {
    const text = 'Later, Reyes added:\n\n"We are not done. We will be back next year."';
    expect(attribute(text, [{ name: 'Tom Reyes' }])[0]).toMatchObject({ kind: 'direct', name: 'Tom Reyes', mention: 'Reyes', cue: 'added' });
  });

  it('carries the speaker over to a following quotation with no clause of its own', () => {
    const text = '“We lost the vote,” Dana Wills said.\n\n“But the fight goes on. We will be back.”';
    const quotes = attribute(text, [{ name: 'Dana Wills' }]);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ kind: 'direct', name: 'Dana Wills', mention: 'Dana Wills' });
  });

  it('gives a carried-over quotation no cue: it has no reporting verb of its own', () => {
    const text = '“We lost the vote,” Dana Wills said. “We will be back.”\n\n“Nobody on our side ever doubted the cause.”';
    const quotes = attribute(text, [{ name: 'Dana Wills' }]);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({ kind: 'direct', name: 'Dana Wills', cue: 'said' });
    expect(quotes[1]).toMatchObject({ kind: 'direct', name: 'Dana Wills', cue: null });
  });

  it('carries no speaker over to the words of a thing that a relative clause says speaks', () => {
    const text = '“We lost the vote,” Dana Wills said.\n\nThey handed out water bottles that said, “Welcome to the Games.”';
    const quotes = attribute(text, [{ name: 'Dana Wills' }]);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ kind: 'direct', name: null, cue: 'said' });
  });

  it('gives a quotation its own colon introduces to the one person the introduction names, not to the speaker before', () => {
    const text = '“We lost the vote,” Dana Wills said.\n\nHere’s Tom Hale on the result: “It was a fair count.”\n\nThen, later on the radio: “We will be back.”';
    const quotes = attribute(text, [{ name: 'Dana Wills' }, { name: 'Tom Hale' }]);
    expect(quotes).toHaveLength(3);
    expect(quotes[1]).toMatchObject({ kind: 'direct', name: 'Tom Hale', cue: null });
    // An introduction that names no one leaves the speaker before to go on.
    expect(quotes[2]).toMatchObject({ kind: 'direct', name: 'Tom Hale' });
  });

  it('takes a name signed after a dash', () => {
    const [q] = attribute('“He does not speak for us.” ― Rosa Vega', [{ name: 'Rosa Vega' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Rosa Vega' });
  });

  it('takes the subject of the main clause for a participle cue', () => {
    const [q] = attribute('Rosa Vega posted a photo of the rally on Monday, writing, “What a night.”', [{ name: 'Rosa Vega' }]);
    expect(q).toMatchObject({ name: 'Rosa Vega', cue: 'writing' });
  });

  it('takes a bare attribution sentence right before the quotation', () => {
    const [q] = attribute('Sam Lau, the club’s treasurer, said in a statement. “There is no money left for the roof.”', [{ name: 'Sam Lau' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Sam Lau' });
  });

  it('is not misled by a headline above the body', () => {
    const text = 'Ortega Wins Ohio Seat\n\nBy Ann Lee\n\n“This is a great night for Ohio,” Maria Ortega said.';
    expect(attribute(text, [{ name: 'Maria Ortega' }, { name: 'Ann Lee' }])[0]).toMatchObject({ name: 'Maria Ortega' });
  });
});

describe('attributeSpeakers: who the speaker is', () => {
  it('resolves a pronoun to the nearest person of the right gender', () => {
    const text = 'Maria Ortega met Tom Reyes on Monday. “We agreed on nothing,” she said.';
    const [q] = attribute(text, [
      { name: 'Maria Ortega', gender: 'female' },
      { name: 'Tom Reyes', gender: 'male' },
    ]);
    expect(q).toMatchObject({ name: 'Maria Ortega', entity: 0, mention: 'she' });
  });

  it('resolves a definite description to the person holding that title', () => {
    const text = 'Sen. Maria Ortega spoke first. “The bill is dead,” the senator said.';
    const [q] = attribute(text, [{ name: 'Maria Ortega', titles: ['Sen.'] }]);
    expect(q).toMatchObject({ name: 'Maria Ortega', mention: 'the senator' });
  });

  it('gives a pronoun salience cannot settle to the person quoted just before, unless someone else became the subject', () => {
    const named: Named[] = [{ name: 'Ed Garrow', gender: 'male' }, { name: 'Dan Pratt', gender: 'male' }];
    const lead = 'Ed Garrow said Thursday that Dan Pratt is hard to read. Yet Pratt is also a builder, Garrow said. “Towns like that.”\n\n';
    expect(attribute(`${lead}“They have every reason to agree,” he said.`, named)[1]).toMatchObject({ kind: 'direct', name: 'Ed Garrow', mention: 'he' });
    const changed = `${lead}Pratt disagreed on Friday.\n\n“They have every reason to agree,” he said.`;
    expect(attribute(changed, named)[1]?.entity).not.toBe(0);
  });

  it('keeps an unresolved description as written', () => {
    const [q] = attribute('“We have no comment,” a White House spokeswoman said.', [{ name: 'White House', type: 'organization' }]);
    expect(q).toMatchObject({ name: 'a White House spokeswoman', mention: 'a White House spokeswoman' });
    expect(q?.entity).toBeUndefined();
  });

  it('lets an organization speak', () => {
    const [q] = attribute('“The president has full confidence in her,” the White House said.', [{ name: 'White House', type: 'organization' }]);
    expect(q).toMatchObject({ name: 'White House', entity: 0 });
  });

  it('does not take a possessor for the speaker', () => {
    const [q] = attribute('“It was a private meeting,” Ortega’s aide said.', [{ name: 'Maria Ortega' }]);
    expect(q?.name).not.toBe('Maria Ortega');
    expect(q?.mention).toContain('aide');
  });
});

describe('attributeSpeakers: partial and unattributed quotations', () => {
  it('gives a partial quotation the subject of its reporting verb', () => {
    const [q] = attribute('Dana Wills said the plan was “a disaster for farmers.”', [{ name: 'Dana Wills' }]);
    expect(q).toMatchObject({ kind: 'partial', name: 'Dana Wills' });
  });

  it('gives a partial quotation a role’s description as written, but no phrase that is none', () => {
    const [q] = attribute('A Downing Street spokesman said the prime minister had “full confidence” in her.');
    expect(q).toMatchObject({ kind: 'partial', name: 'A Downing Street spokesman' });
    const [r] = attribute('Critics accused him of meddling the harbor spokesman said was “sheer folly.”');
    expect(r?.name).not.toBe('meddling the harbor spokesman');
  });

  it('leaves a quoted passage nobody is said to have said without a speaker, not as direct speech', () => {
    const [q] = attribute('The county fair opens Friday.\n\n"Free parking for all visitors."\n\nTickets cost $5.');
    expect(q).toMatchObject({ kind: 'partial', name: null });
  });

  it('returns the quotations unchanged when there are none', () => {
    const doc = docOf('');
    expect(attributeSpeakers(doc, [], entitiesOf(doc, []))).toEqual([]);
  });
});

describe('attributeSpeakers: styles of attribution', () => {
  it('keeps hypothetical and habitual speech out of direct quotations', () => {
    const text = [
      'Tom Reyes spoke on Monday.',
      'A voter might say, “I have heard this before.”',
      'Imagine a governor who says, “The bridge can wait.”',
      'Reyes recalled that his father used to tell him, “Never promise what you cannot build.”',
      'Reyes said voters would not forgive a council that says something like, “We will look into it.”',
      'I hope in 2027 the city says, “Thank you for the bridge.”',
      '“We will build it,” Reyes said.',
      '“It was what we had hoped for,” he continued.',
    ].join('\n\n');
    const found = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(found.map((q) => q.kind)).toEqual(['partial', 'partial', 'partial', 'partial', 'partial', 'direct', 'direct']);
    expect(found[5]).toMatchObject({ name: 'Tom Reyes' });
  });

  it('gives a transcript line or a roundup line to its label', () => {
    const text = ['Tom Becker, Dayton Ledger: “A hearing two years late.”', '', 'REYES: “Will it open?”', '', 'LEE: “That is the plan.”'].join('\n');
    const doc = docOf(text);
    const found = attributeSpeakers(doc, findQuotes(doc), entitiesOf(doc, [{ name: 'Tom Becker' }, { name: 'Tom Reyes' }, { name: 'Ann Lee' }]));
    expect(found.map((q) => q.speaker?.name)).toEqual(['Tom Becker', 'Tom Reyes', 'Ann Lee']);
    expect(found.map((q) => q.explanation?.source)).toEqual(['label', 'label', 'label']);
  });

  it('takes the main clause ending on a colon, not a cue in a phrase set off before it', () => {
    const text = 'With council aides anxious about the vote, Mayor Tom Reyes is sending out a plea: “It is about you.”';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Tom Reyes' });
  });

  it('reads "the following comment" as a noun, so the sentence’s subject introduces the quotation', () => {
    const text = 'On March 3, Mayor Tom Reyes left the following comment:\n\n“The bridge will open in May. We have the money.”';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Tom Reyes' });
  });

  it('gives a quotation a colon introduces as “this statement by” someone to that author', () => {
    const text = 'The slant shows in how the blog scored this remark by Mayor Tom Reyes on June 11:\n\n“Our crime rate fell by half.”';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Tom Reyes' });
  });

  it('keeps a source a name only modifies as written, not as the person named', () => {
    const text = 'Tom Reyes won the primary.\n\n“He has to win Ohio, period,” said one Reyes campaign source.';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'one Reyes campaign source' });
  });

  it('gives a roundup line to the name after the dash, not to the words before it', () => {
    const text = 'Signs of a shift were there all along.\n\nAnalysts concur - Tom Reyes: “Keep the ferries running late.”';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Tom Reyes' });
  });

  it('reads the subject of a participle past an adverb ("with Reyes reportedly shouting:")', () => {
    const text = 'A few of the fans jostled a steward, with Tom Reyes reportedly shouting: “Open the gates now!”';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Tom Reyes' });
  });

  it('prefers the clause leading in over a "who" after the quotation', () => {
    const text = 'Ann Lee interjected, “Ladies and gentlemen, Mr. Tom Reyes,” who proceeded to sing.';
    const [q] = attribute(text, [{ name: 'Ann Lee' }, { name: 'Tom Reyes' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Ann Lee' });
  });

  it('continues the speech reported in the sentence before a quotation sentence', () => {
    const text = 'Tom Reyes spoke first. Ann Lee said the crews had doubled. “We work around the clock now.”';
    const [q] = attribute(text, [{ name: 'Tom Reyes' }, { name: 'Ann Lee' }]);
    expect(q).toMatchObject({ kind: 'direct', name: 'Ann Lee', cue: 'said' });
  });

  it('gives a quotation to people speaking together, each resolved, and keeps a name with “&” whole', () => {
    const named = [{ name: 'Ellen Marsh' }, { name: 'Victor Doyle' }];
    const lead = 'Reps. Ellen Marsh and Victor Doyle wrote to the agency.\n\n';
    expect(attribute(`${lead}“The agency has not answered,” Marsh and Doyle wrote.`, named)[0]).toMatchObject({ kind: 'direct', name: 'Ellen Marsh and Victor Doyle', mention: 'Marsh and Doyle' });
    expect(attribute(`${lead}Marsh and Doyle wrote: “The agency has not answered.”`, named)[0]).toMatchObject({ kind: 'direct', name: 'Ellen Marsh and Victor Doyle' });
    const firm = attribute('“Sales rose,” Hale & Brandt said.', [{ name: 'Hale & Brandt', type: 'organization' }])[0];
    expect(firm).toMatchObject({ name: 'Hale & Brandt', entity: 0 });
  });

  it('lets the firm named last speak as “the company”, whatever its name, but no public body', () => {
    const firm = 'Varnel Motors said it would recall 300,000 cars.\n\n“Safety is our first priority,” the company said.';
    expect(attribute(firm, [{ name: 'Varnel Motors', type: 'organization' }])[0]).toMatchObject({ kind: 'direct', name: 'Varnel Motors', mention: 'the company' });
    const agency = 'The Highway Safety Administration opened an inquiry.\n\n“Safety is our first priority,” the company said.';
    expect(attribute(agency, [{ name: 'Highway Safety Administration', type: 'organization' }])[0]).toMatchObject({ kind: 'direct', name: 'the company' });
    // Not past another body named after the firm.
    const other = 'Varnel Motors said it would recall cars, and the Highway Safety Administration opened an inquiry.\n\n“Safety is our first priority,” the company said.';
    expect(attribute(other, [{ name: 'Varnel Motors', type: 'organization' }, { name: 'Highway Safety Administration', type: 'organization' }])[0]).toMatchObject({ name: 'the company' });
  });

  it('lets a newspaper referred to as “the daily” speak', () => {
    const text = 'The Carthage Ledger opposed the plan.\n\n“This plan is a disaster,” the daily wrote.';
    expect(attribute(text, [{ name: 'Carthage Ledger', type: 'organization' }])[0]).toMatchObject({ kind: 'direct', name: 'Carthage Ledger', mention: 'the daily' });
    // The clause before the quotation too: wink's adverb "daily" heads the subject there.
    const before = 'The Carthage Ledger opposed the plan.\n\nThe daily wrote, “This plan is a disaster.”';
    expect(attribute(before, [{ name: 'Carthage Ledger', type: 'organization' }])[0]).toMatchObject({ kind: 'direct', name: 'Carthage Ledger', mention: 'The daily' });
  });

  it('reads a cue whose particle wink joins to the full stop, and a quotation after an abbreviation', () => {
    expect(attribute('“Not a date,” Tom Reyes chimed in.', [{ name: 'Tom Reyes' }])[0]).toMatchObject({ name: 'Tom Reyes', cue: 'chimed in' });
    const text = 'Ann Lee took questions on a call at 8 a.m. “I have confidence in the engineers,” she said.';
    expect(attribute(text, [{ name: 'Ann Lee', gender: 'female' }])[0]).toMatchObject({ kind: 'direct', name: 'Ann Lee' });
  });
});

describe('attributeSpeakers: names that are not the speaker', () => {
  it('does not take the last word of a quoted phrase before an inverted verb for the speaker', () => {
    const text = 'Relations were “reeling under pressure from China,” said Victor Cha, a former adviser. “It was like pushing on an open door.”';
    const found = attribute(text, [{ name: 'Victor Cha' }, { name: 'China', type: 'organization' }]);
    expect(found[found.length - 1]).toMatchObject({ kind: 'direct', name: 'Victor Cha' });
  });

  it('reads a surname that is also a verb of saying as a name, and a title wink splits from its stop', () => {
    const hedge = attribute('“Many clubs should have closed,” Mr. Hedge said.', [{ name: 'Hedge' }])[0];
    expect(hedge).toMatchObject({ kind: 'direct', name: 'Hedge', mention: 'Hedge' });
    const pastor = attribute('“I was shocked,” said Rev. Ozias Vickers, the pastor.')[0];
    expect(pastor).toMatchObject({ kind: 'direct', name: 'Ozias Vickers' });
  });

  it('reads a name whose letters were mis-decoded into symbols', () => {
    const [q] = attribute('"Europe must defend itself," French President FranÃÂ§ois Dumont said Friday.');
    expect(q).toMatchObject({ kind: 'direct' });
    expect(q?.name).toContain('Dumont');
  });

  it('gives a quotation whose clause names no one (“said one”) no speaker, and keeps it direct', () => {
    const [q] = attribute('Voters left the hall slowly.\n\n“It was a good night,” said one.');
    expect(q).toMatchObject({ kind: 'direct', name: null, cue: 'said' });
  });

  it('reads the clause past quoted words set as a modifier inside it', () => {
    const found = attribute('“The budget will pass by June,” council member Tom Reyes, holding a stack of “Vote Pruitt” lawn signs, said on Friday.', [{ name: 'Tom Reyes' }]);
    expect(found.map((q) => [q.kind, q.name])).toEqual([
      ['direct', 'Tom Reyes'],
      ['partial', null],
    ]);
  });

  it('carries no earlier speaker over a clause opening on “Another”', () => {
    const found = attribute('“The vote was rigged,” Tom Reyes wrote.\n\nAnother wrote, “The count was fair and everyone knows it.”', [{ name: 'Tom Reyes' }]);
    expect(found.map((q) => [q.kind, q.name])).toEqual([
      ['direct', 'Tom Reyes'],
      ['direct', null],
    ]);
  });

  it('reads the clause past a nickname set inside the speaker’s name', () => {
    const found = attribute('"What a night for the town!" his cousin, Del. Marian "Mimi" Garrow (D-Ohio), called out to the crowd.', [{ name: 'Marian "Mimi" Garrow' }]);
    expect(found.map((q) => [q.kind, q.name])).toEqual([
      ['direct', 'Marian "Mimi" Garrow'],
      ['partial', null],
    ]);
  });
});

describe('attribution through the whole analysis', () => {
  it('gives a quotation to two people named by surnames alone and joined by “and”', () => {
    const report = analyze('Lawmakers objected.\n\n“We cannot support a budget that cuts school lunches,” Cummock and Vickery wrote in a letter.');
    expect(report.quotes[0]?.speaker?.name).toBe('Cummock and Vickery');
    expect(report.people.map((p) => p.name).sort()).toEqual(['Cummock', 'Vickery']);
  });
});
