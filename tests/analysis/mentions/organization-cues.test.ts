import { describe, expect, it } from 'vitest';
import { typed, typedWith } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';
import { F } from '../../../src/analysis/mentions/features.js';

const typesOf = (text: string, name: string) => typed(text).filter((c) => c.text === name).map((c) => c.type);
const fired = (text: string, name: string) => typed(text).find((c) => c.text === name)?.evidence.fired ?? [];

describe('organization context cues', () => {
  it('reads a lone unknown name told something as a news organization', () => {
    expect(fired('The minister told Kestrelwire that the plan was dead.', 'Kestrelwire')).toContain(F.toldLoneName);
    expect(typesOf('The minister told Kestrelwire that the plan was dead.', 'Kestrelwire')).toEqual(['organization']);
  });

  it('reads a lone unknown name cited as a source as an outlet, but not a group, a kind or the owner of the source', () => {
    expect(typesOf('The vote is close, according to Kestrelwire.', 'Kestrelwire')).toEqual(['organization']);
    expect(typesOf('He said so in an interview with Kestrelwire on Monday.', 'Kestrelwire')).toEqual(['organization']);
    expect(fired('The vote is close, according to Kestrelwire officials.', 'Kestrelwire')).not.toContain(F.sourceLoneName);
    expect(fired('The vote is close, according to Varnick’s memoir.', 'Varnick')).not.toContain(F.sourceLoneName);
    expect(fired('The talks ended, according to Police involved.', 'Police')).not.toContain(F.sourceLoneName);
  });

  it('reads the agency of a photo’s credit line, after the photographer’s name and a slash', () => {
    expect(typesOf('The crowd cheered.\nGary Varnick/Kestrelwire.\nThe senator spoke next.', 'Kestrelwire')).toEqual(['organization']);
    expect(typesOf('The crowd cheered. Jim Halvorsen / Kestrelwire. The senator spoke next.', 'Kestrelwire')).toEqual(['organization']);
    // Not a list of roles, nor names run together in an address line.
    expect(fired('Second baseman / Shortstop / Outfielder was his line.', 'Outfielder')).not.toContain(F.photoCredit);
  });

  it('reads the name coordinated with a workplace after a role and "at" as another workplace, the role opening the sentence too', () => {
    expect(fired('Analysts at Kessin Bank and Frank Varnick said the cuts were expected.', 'Frank Varnick')).toContain(F.workplaceAt);
    expect(typesOf('Analysts at Kessin Bank and Frank Varnick said the cuts were expected.', 'Frank Varnick')).toEqual(['organization']);
    expect(fired('She met Lena Ford and Frank Varnick at noon.', 'Frank Varnick')).not.toContain(F.workplaceAt);
  });

  it('does not read a person told something by full name as an organization', () => {
    expect(typesOf('The minister told John Varga that the plan was dead.', 'John Varga')).toEqual(['person']);
  });

  it('reads no body’s people after one common word capitalised only because it opens the sentence', () => {
    expect(fired('The vote was close. Police officials stood by.', 'Police')).not.toContain(F.memberNounAfter);
    expect(typesOf('The vote was close. Police officials stood by.', 'Police')).toEqual([undefined]);
    expect(fired('The vote was close. Then the Police officials stood by.', 'Police')).toContain(F.memberNounAfter);
  });

  it('does not read a lone word shaped as a surname told something as an organization', () => {
    expect(fired('The aides kept telling O’Varnick that the plan was dead.', 'O’Varnick')).not.toContain(F.toldLoneName);
    expect(typesOf('The aides kept telling O’Varnick that the plan was dead.', 'O’Varnick')).toEqual(['person']);
  });

  it('reads where a piece is printed as a publication, not a place', () => {
    expect(fired('According to a new article in Kestrelwire, the county votes early.', 'Kestrelwire')).toContain(F.publishedIn);
    expect(typesOf('According to a new article in Kestrelwire, the county votes early.', 'Kestrelwire')).toEqual(['organization']);
    expect(fired('She wrote a column for the Harbor Ledger last year.', 'Harbor Ledger')).toContain(F.publishedIn);
    // A place after "in" that no printed piece governs stays a place cue.
    expect(fired('The county votes early in Kestrelwire, officials said.', 'Kestrelwire')).not.toContain(F.publishedIn);
  });

  it('reads a lone unknown name that reports a story as an outlet, not its reporter', () => {
    expect(fired('The talks stalled. Varnick first reported on Monday that the deal was off.', 'Varnick')).toContain(F.reportedLoneName);
    expect(typesOf('The talks stalled. Varnick reported on Monday that the deal was off.', 'Varnick')).toEqual(['organization']);
    expect(fired('The deal was off, the Beacon reported.', 'Beacon')).toContain(F.reportedLoneName);
    // "reports" is tagged as the plural noun; "that" after it makes it the verb.
    expect(fired('Varnick reports that the border was closed on Tuesday.', 'Varnick')).toContain(F.reportedLoneName);
    // A reporter's sign-off, and a common word opening a sentence, are not outlets.
    expect(fired('The talks stalled.\n\nVarnick reported from Cairo.', 'Varnick')).not.toContain(F.reportedLoneName);
    expect(fired('Supporters reported on Sunday that turnout was high.', 'Supporters')).not.toContain(F.reportedLoneName);
  });

  it('reads who ran a poll as a body, not the small town of the same name', () => {
    expect(fired('A new Kestrel poll shows the mayor ahead.', 'Kestrel')).toContain(F.pollAfter);
    expect(typesOf('Gallup finds states shifting. A recent Gallup survey agrees.', 'Gallup')).toEqual(['organization', 'organization']);
    // A state's poll is still the state's; a word saying what kind of poll names nobody.
    expect(typesOf('The latest Ohio poll shows a tie.', 'Ohio')).toEqual(['place']);
    expect(fired('Opinion polls show a tie.', 'Opinion')).not.toContain(F.pollAfter);
    // Before the possessive too, but not a candidate's standing in polls, nor a person's poll.
    expect(typesOf('The figures reverse Kestrel’s survey in early March.', 'Kestrel')).toEqual(['organization']);
    expect(fired('Varnick’s poll numbers rose.', 'Varnick')).not.toContain(F.pollAfter);
    expect(fired('Linda’s survey found more.', 'Linda')).not.toContain(F.pollAfter);
  });

  it('reads two capitals before the people or the office of a body as the body', () => {
    expect(typesOf('Aid came late, according to the local UN officials.', 'UN')).toEqual(['organization']);
    expect(typesOf('At that time, UN Secretary General Lena Ford demanded steps.', 'UN')).toEqual(['organization']);
    // A term in two capitals before its people stays a term when they are written as a title.
    expect(fired('The HR Director signed the memo.', 'HR')).not.toContain(F.memberNounAfter);
  });

  it('reads where someone works, after "worked at" or a noun of employment, as a body; a known town stays a town', () => {
    expect(fired('He worked at Varnfeld for ten years.', 'Varnfeld')).toContain(F.workplaceAt);
    expect(typesOf('After a stint at Kestrelwire, she ran for office.', 'Kestrelwire')).toEqual(['organization']);
    expect(fired('He took a job at Ashford in 1990.', 'Ashford')).not.toContain(F.workplaceAt);
    // Not where someone arrived or stayed.
    expect(fired('He arrived at Varnfeld on Monday.', 'Varnfeld')).not.toContain(F.workplaceAt);
  });

  it('reads the other party to talks or a deal', () => {
    expect(fired('The Greens opened talks with Vostra over the budget.', 'Vostra')).toContain(F.partnerWith);
  });

  it('reads a name given an abbreviation in brackets as a body, but not a person with a party letter', () => {
    expect(fired('Votes went to Zorva Nadeh (ZN) and others.', 'Zorva Nadeh')).toContain(F.abbreviatedAfter);
    expect(typesOf('Votes went to Zorva Nadeh (ZN) and others.', 'Zorva Nadeh')).toEqual(['organization']);
    expect(fired('The bill was backed by John Varga (R) on Monday.', 'John Varga')).not.toContain(F.abbreviatedAfter);
  });

  it('reads a company’s legal form, a role bodies hold and a kind of maker before a name as the body’s', () => {
    const text = 'Swedish carmaker AB Varnfeld said on Thursday that profits rose. Its rival Google fell 1.00 to 169.00.';
    // "Ab" is a given name too.
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Ab: 'male' } });
    const legalForm = typedWith(facts, text).find((c) => c.text === 'AB Varnfeld');
    expect(legalForm?.evidence.fired).not.toContain(F.givenNameFirst);
    expect(legalForm?.type).toBe('organization');
    expect(fired(text, 'AB Varnfeld')).toContain(F.organizationNounBefore);
    expect(typesOf(text, 'AB Varnfeld')).toEqual(['organization']);
    expect(fired(text, 'Google')).toContain(F.knownOrganization);
    expect(fired(text, 'Google')).not.toContain(F.roleTitle);
    expect(typesOf(text, 'Google')).toEqual(['organization']);
    // A rival who is a person stays one.
    expect(typesOf('Rival Peter Varga fell behind in the polls.', 'Peter Varga')).toEqual(['person']);
  });

  it('reads a country in brackets after a name as where it is from, not the name’s abbreviation', () => {
    const final = typed('Final: Pete Varga (U.S.) beat John Halvorsen (Russia) 6-3 6-4.');
    expect(final.find((c) => c.text === 'Pete Varga')?.evidence.fired).not.toContain(F.abbreviatedAfter);
    expect(final.find((c) => c.text === 'Pete Varga')?.type).toBe('person');
    expect(final.find((c) => c.text === 'U.S.')?.type).toBe('place');
  });

  it('reads a given name in apposition to a body noun as the body, unless a verb follows it', () => {
    expect(fired('Then his band, Mary, toured Asia.', 'Mary')).toContain(F.organizationNounBeforeComma);
    expect(fired('The company, Mary said, will grow.', 'Mary')).not.toContain(F.organizationNounBeforeComma);
    expect(fired('The company, Varnick said, will grow.', 'Varnick')).not.toContain(F.organizationNounBeforeComma);
    // After "of" the body completes another noun, which the name describes.
    expect(fired('He clashed with the new face of the party, Linda Varnick, on Monday.', 'Linda Varnick')).not.toContain(F.organizationNounBeforeComma);
  });

  it('reads examples of a kind of body after "such as", "like" or "including"', () => {
    expect(fired('Drug companies such as Varnex raised prices.', 'Varnex')).toContain(F.kindSuchAs);
    expect(typesOf('Drug companies such as Varnex raised prices.', 'Varnex')).toEqual(['organization']);
    expect(fired('Rights groups like the Marlow Alliance sued.', 'Marlow Alliance')).toContain(F.kindSuchAs);
    expect(fired('Lenders say banks including Tavora cut rates.', 'Tavora')).toContain(F.kindSuchAs);
    expect(fired('He backed armed groups, such as Tamrat, for years.', 'Tamrat')).toContain(F.kindSuchAs);
  });

  it('does not read examples of people or of things as bodies', () => {
    expect(fired('She admired painters such as Hadley Brenn.', 'Hadley Brenn')).not.toContain(F.kindSuchAs);
    expect(fired('He likes Varnex and its cars.', 'Varnex')).not.toContain(F.kindSuchAs);
  });

  it('reads an office in a body before "of"', () => {
    expect(fired('She is the leader of Tamrat and its youth wing.', 'Tamrat')).toContain(F.officeOf);
    expect(fired('She is the artistic director of Kestrel Works, which staged the play.', 'Kestrel Works')).toContain(F.officeOf);
    expect(typesOf('She is the artistic director of Kestrel Works, which staged the play.', 'Kestrel Works')).toEqual(['organization']);
  });

  it('reads the people of a body named after it, but not after an acronym', () => {
    expect(fired('Tamrat leaders rejected the offer on Monday.', 'Tamrat')).toContain(F.memberNounAfter);
    expect(fired('He hit .203 with 11 RBI. RBI leaders were named.', 'RBI')).not.toContain(F.memberNounAfter);
  });

  it('reads a school’s people after its name even where the name is also a given name, not after a common word', () => {
    expect(fired('A Linda professor said the study was flawed.', 'Linda')).toContain(F.memberNounAfter);
    expect(typesOf('A Linda professor said the study was flawed.', 'Linda')).toEqual(['organization']);
    expect(fired('Police students said the study was flawed.', 'Police')).not.toContain(F.memberNounAfter);
  });

  it('does not read a party’s adjective before its members as a body', () => {
    expect(typesOf('The bill passed after Republican lawmakers agreed.', 'Republican')).toEqual([undefined]);
    expect(fired('Young Republican leaders backed the deal.', 'Young Republican')).not.toContain(F.memberNounAfter);
  });

  it('reads a name in apposition after an organization noun with its determiner', () => {
    expect(fired('Talks failed because the port operator, Ostrander Terminals, refused.', 'Ostrander Terminals')).toContain(F.organizationNounBeforeComma);
    expect(fired('Talks failed because operator, Ostrander Terminals, refused.', 'Ostrander Terminals')).not.toContain(F.organizationNounBeforeComma);
  });

  it('reads ", which" after a name as no person', () => {
    expect(fired('They sold it to Ostrander, which paid in cash.', 'Ostrander')).toContain(F.whichAfter);
    // After a person named in full, "which" speaks of the clause.
    expect(fired('She brought in John Vickers, which she had not planned.', 'John Vickers')).not.toContain(F.whichAfter);
    // A given name that is also a word ("frank") opens a full name too, before a surname that is none.
    expect(fired('She rolled out Frank Varnick, which she had not planned.', 'Frank Varnick')).not.toContain(F.whichAfter);
  });
});

describe('one strong organization cue in the document', () => {
  it('types every mention of the name, even those a weak person cue would take', () => {
    const text = 'Tamrat leaders met in the capital. Later Tamrat said the truce was over. Tamrat denied it.';
    expect(typesOf(text, 'Tamrat')).toEqual(['organization', 'organization', 'organization']);
  });

  it('leaves the surname of a person named in full to that person', () => {
    const text = 'Maria Tamrat arrived late. Tamrat leaders were waiting. Tamrat said she was sorry.';
    expect(typesOf(text, 'Tamrat').at(-1)).toBe('person');
  });
});

describe('common words in capitals', () => {
  it('reads a shouted common word as no acronym', () => {
    expect(typesOf('The trial is FREE and the staff were VERY kind.', 'FREE')).toEqual([undefined]);
    expect(fired('The trial is FREE and the staff were VERY kind.', 'VERY')).toContain(F.commonWordInCapitals);
  });

  it('still reads a word in capitals that is no common word as an acronym', () => {
    expect(typesOf('The staff at KLPX were kind.', 'KLPX')).toEqual(['organization']);
  });
});

describe('where a role is held', () => {
  it('reads the name after a role, or a role and its field, and "at" as a body, though it is a given name', () => {
    expect(fired('Lena Ford, a professor of constitutional law at Kessin, disagreed.', 'Kessin')).toContain(F.workplaceAt);
    expect(fired('Lena Ford, a lecturer in political science at Harvard, disagreed.', 'Harvard')).toContain(F.workplaceAt);
    expect(fired('He met analysts at Varnick on Monday.', 'Varnick')).toContain(F.workplaceAt);
    // No role before "at", or a town the reference data knows.
    expect(fired('He arrived at Varnick on Monday.', 'Varnick')).not.toContain(F.workplaceAt);
    expect(fired('She stood as a candidate at Ashford in 1929.', 'Ashford')).not.toContain(F.workplaceAt);
  });
});
