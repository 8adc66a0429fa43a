import { describe, expect, it } from 'vitest';
import { capitalisedTheBefore, findCaseLines, isAllCaps, titleCase } from '../../../src/analysis/mentions/letter-case.js';
import { doc } from '../analysis-helpers.js';

describe('letter case', () => {
  it('tells words without lower-case letters', () => {
    expect(['NATO', 'U.S.', 'ŁÓDŹ', 'AT&T'].map(isAllCaps)).toEqual([true, true, true, true]);
    expect(['Nato', 'ŁÓDź', '1999', '-', 'iPHONE'].map(isAllCaps)).toEqual([false, false, false, false, false]);
  });

  it('title-cases words written in capitals', () => {
    expect(titleCase('NEW-YORK')).toBe('New-York');
    expect(titleCase('O.J.')).toBe('O.J.');
  });

  it('reads a line in Title Case as a headline, but not a sentence dense with names', () => {
    const headline = doc('Coastal Towns Brace for Winter Storm Surge\nThe storm is expected tonight.');
    expect(findCaseLines(headline).titleCase.has(0)).toBe(true);
    const sentence = doc('He sat on the Harbour Trust, the Regional Ferry Authority and the Coastal Planning Board.');
    expect(findCaseLines(sentence).titleCase.size).toBe(0);
  });

  it('reads a line of sides and scores as no headline, though a date’s day or digits glued to a word follow a capital', () => {
    expect(findCaseLines(doc('Results on Saturday:\nKessin Rovers 0 Varnel Forest 0. Attendance 5,984.\n')).titleCase.size).toBe(0);
    expect(findCaseLines(doc('Vickers Wins Again On February 6 In Ashford Open 5pts\nThe storm is expected tonight.')).titleCase.has(0)).toBe(true);
  });

  it('reads a credit line, in brackets or opening with a credit, as no headline: its capitals are names', () => {
    const credits = doc('SEOUL (Reuters) - Talks went on.\n(Reporting by Ju-min Park and Hyonhee Shin in Seoul)\nReporting by Ju-min Park and Hyonhee Shin in Seoul');
    expect(findCaseLines(credits).titleCase.size).toBe(0);
  });

  it('reads a Title Case line ending in a full stop as a headline when its longer words are capitalised and it is shaped like one', () => {
    const headline = doc('Mayor Reyes Takes Aim At Harbour Plan Again.\n\nThe storm is expected tonight.');
    expect(findCaseLines(headline).titleCase.has(0)).toBe(true);
    const smallWords = doc('Reyes Bridge for Ferries Is Costly but Overdue.\n\nThe storm is expected tonight.');
    expect(findCaseLines(smallWords).titleCase.has(0)).toBe(true);
    const list = doc('Members were the Harbour Party, the Civic Union, the Coastal Alliance, the Green Front and the Ferry League.');
    expect(findCaseLines(list).titleCase.size).toBe(0);
  });

  it('reads a head in capitals that opens a line before a dash, a colon or a run-on sentence as capitals, and not the text after it', () => {
    const item = doc('Polls came in.\nHIGHER TURNOUT IN OHIO DOES NOT RAISE HOPES - Ann Garrow: the race is close.');
    const lines = findCaseLines(item);
    const at = (word: string) => item.tokens.findIndex((t) => t.text === word);
    expect(lines.caps.has(at('OHIO'))).toBe(true);
    expect(lines.caps.has(at('Garrow'))).toBe(false);
    // Not a list of acronyms in running text, nor a head of fewer words, nor words a hyphen joins.
    expect(findCaseLines(doc('We met NATO, EU, UN, WHO and IMF officials - all of them.')).caps.size).toBe(0);
    expect(findCaseLines(doc('OHIO VOTES - Ann Garrow: the race is close.')).caps.size).toBe(0);
    expect(findCaseLines(doc('HIGHER TURNOUT IN OHIO TOWN-HALL debates ran late, said Ann Garrow.')).caps.size).toBe(0);
    // A headline run straight into its story ends where the story's capitalised first word begins.
    const runOn = doc('Polls came in.\nOHIO VOTERS SPARED LONG LINES AT POLLS The Harbor Board said turnout was low.');
    const runOnLines = findCaseLines(runOn);
    expect(runOnLines.caps.has(runOn.tokens.findIndex((t) => t.text === 'POLLS'))).toBe(true);
    expect(runOnLines.caps.has(runOn.tokens.findIndex((t) => t.text === 'Harbor'))).toBe(false);
  });

  it('reads a paragraph of several sentences dense with names as prose, whatever its last mark', () => {
    // A court transcript's opening: names, commas and sentences on one line, ending in a question.
    const paragraph = doc('In the case of Harbor Ferry Corporation, Inc. against Tom Garrow, for the appellant, Lena Ford, Amos Vickers. For the respondents, Westbury Marine Holdings: Dana Keane and Paul Pruitt. Miss Ford?');
    expect(findCaseLines(paragraph).titleCase.size).toBe(0);
    // A short headline of two sentences stays a headline.
    const headline = doc('Pruitt Wins Harbor Seat. Vickers Concedes Ferry Race?\nThe count ended late.');
    expect(findCaseLines(headline).titleCase.has(0)).toBe(true);
  });

  it('judges each line on its own words, the last line too', () => {
    const text = 'HARBOR VOTE DELAYED AGAIN\nThe council met on Monday in Westbury.\nFERRY FARES TO RISE';
    const d = doc(text);
    const lines = [...findCaseLines(d).caps].map((i) => d.tokens[i]?.text);
    expect(lines).toEqual(['HARBOR', 'VOTE', 'DELAYED', 'AGAIN', 'FERRY', 'FARES', 'TO', 'RISE']);
    const titled = doc('Pruitt Wins Harbor Seat After Recount\nThe count ended late.\nVickers Concedes Ferry Race Before Midnight');
    expect([...findCaseLines(titled).titleCase].map((i) => titled.tokens[i]?.text).join(' ')).toBe('Pruitt Wins Harbor Seat After Recount Vickers Concedes Ferry Race Before Midnight');
  });

  it('finds the lines in capitals and those in title case in one pass, each by its own words', () => {
    const d = doc('GARROW WINS HARBOR SEAT\nPruitt Leads Westbury Council Race Again\nThe council met on Monday and voted.\nVICKERS AND KEANE DISAGREE');
    const { caps, titleCase } = findCaseLines(d);
    const words = (marks: Iterable<number>): string[] => [...marks].map((i) => d.tokens[i]?.text ?? '');
    expect(words(caps)).toEqual(['GARROW', 'WINS', 'HARBOR', 'SEAT', 'VICKERS', 'AND', 'KEANE', 'DISAGREE']);
    // Title case counts words of four letters or more: five of them at least.
    expect(words(titleCase)).toEqual(['Pruitt', 'Leads', 'Westbury', 'Council', 'Race', 'Again']);
  });

  it('reads "The" with its capital in mid-sentence, after a word in lower case, as part of the name after it', () => {
    const after = (text: string, word: string) => {
      const d = doc(text);
      return capitalisedTheBefore(d.tokens, d.tokens.findIndex((t) => t.text === word));
    };
    expect(after('She told The Ledger on Monday.', 'Ledger')).toBe(true);
    expect(after('The Ledger said so.', 'Ledger')).toBe(false);
    expect(after('She told the Ledger on Monday.', 'Ledger')).toBe(false);
    expect(after('Ford Talks To The Ledger', 'Ledger')).toBe(false);
  });
});
