import { describe, expect, it } from 'vitest';
import { isSportsCopy } from '../../../src/analysis/mentions/sports-teams.js';
import { doc, typed, typedWith } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const MATCH = [
  'Kieran Jordan scored twice as Ashford United came from behind to beat Westbury City 3-1 in the cup semi-final.',
  'Westbury, unbeaten in 14 matches, led at the break through a header from their captain.',
].join('\n');

describe('sports teams', () => {
  it('reads no side in a town a train leaves "over" a railroad, however many coaches and fixtures the story has', () => {
    const text = 'The train left Westbury over the coast railroad. Its coaches were new, the fixtures were new, the coach seats were new, and the match of the season was near. The crash killed 50.';
    expect(typed(text).find((c) => c.text === 'Westbury')?.type).toBe('place');
  });

  it('recognises match reports by their vocabulary', () => {
    expect(isSportsCopy(doc(MATCH))).toBe(true);
    expect(isSportsCopy(doc('The council met in Ashford on Monday to discuss the budget.'))).toBe(false);
  });

  it('makes towns that play a result into teams, and their short forms with them', () => {
    const types = Object.fromEntries(typed(MATCH).map((c) => [c.text, c.type]));
    expect(types).toMatchObject({ 'Ashford United': 'organization', 'Westbury City': 'organization', Westbury: 'organization', 'Kieran Jordan': 'person' });
  });

  it('makes no side of a word a headline in capitals capitalises, though a town bears it', () => {
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Surprise: { name: 'Surprise', kind: 'city', country: 'US', population: 140_000 } }, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'surprise'] });
    const text = 'SOCCER - WESTBURY IN SURPRISE DEFEAT.\n\nAshford United beat Westbury City 2-0 in the cup match on Friday, and the coach of the league leaders praised his striker and the goal.';
    expect(typedWith(facts, text).find((c) => c.text === 'SURPRISE')?.type).toBeUndefined();
    // In a line of a results table such a word is a side.
    const table = 'ICE HOCKEY - STANDINGS.\n\nW L T GF GA PTS\nSURPRISE 13 12 1 77 76 27\nWESTBURY 12 7 6 77 76 30\nASHFORD 10 9 6 70 71 26\nKESSIN 9 9 6 70 71 24\nVARNEL 8 9 7 70 71 23\n';
    expect(typedWith(facts, table).find((c) => c.text === 'SURPRISE')?.type).toBe('organization');
  });

  it('makes a side named in a headline in capitals the side its results table plays', () => {
    const text = 'RUGBY - WESTBURY EDGE PAST ASHFORD IN FINAL .\n\nWestbury beat Ashford 21-18 in the cup final on Saturday .\n\nWestbury 21 Ashford 18\n\nKessin 30 Varnel 12\n';
    // "Ashford" is a given name too (the reference data reads names in any case): alone in the
    // headline it would read as a person.
    const facts = fixtureGazetteer({ ...NEWS_FACTS, givenNames: { ...NEWS_FACTS.givenNames, Ashford: 'male', ASHFORD: 'male' } });
    const types = Object.fromEntries(typedWith(facts, text).map((c) => [c.text, c.type]));
    expect(types).toMatchObject({ ASHFORD: 'organization', Ashford: 'organization', Westbury: 'organization' });
  });

  it('makes the two names of a fixture line in a schedule sides, in capitals too', () => {
    const text = `${MATCH}\nSATURDAY'S SCHEDULE\nASHFORD AT WESTBURY\nBoston at Louisville\n`;
    const sides = typed(text).filter((c) => ['ASHFORD', 'WESTBURY', 'Boston', 'Louisville'].includes(c.text));
    expect(sides.map((c) => `${c.text}:${c.type}`)).toEqual(['ASHFORD:organization', 'WESTBURY:organization', 'Boston:organization', 'Louisville:organization']);
    // Not a town "at" a place inside a sentence.
    expect(typed(`${MATCH}\nThe coach lived in Boston at Louisville Street for years.`).find((c) => c.text === 'Boston')?.type).toBe('place');
  });

  it('makes countries that play a result with its score into national sides', () => {
    const text = 'In the cup group match, Ukraine beat China 2 – 0 after a header and a late penalty.\nThe coach praised the goalkeeper.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types).toMatchObject({ Ukraine: 'organization', China: 'organization' });
  });

  it('leaves the country in brackets after an athlete a place, though the national side plays', () => {
    const text = 'In the cup group match, Ukraine beat China 2 – 0 after a header and a late penalty.\nKieran Jordan (Ukraine) scored both goals.\nThe coach praised the goalkeeper.';
    const ukraine = typed(text).filter((c) => c.text === 'Ukraine').map((c) => c.type);
    expect(ukraine).toEqual(['organization', 'place']);
  });

  it('leaves the country after an athlete and "of" a place, though a score follows it', () => {
    const text = 'TENNIS - JORDAN WINS FINAL .\nKieran Jordan of the Ukraine beat Tom Vale of China 6-4 7-6 in the final of the tournament on Sunday.\nThe champion thanked the coach after the match.';
    const types = typed(text).filter((c) => c.text === 'Ukraine' || c.text === 'China').map((c) => [c.text, c.type]);
    expect(types).toEqual([['Ukraine', 'place'], ['China', 'place']]);
  });

  it('reads sides in a summary line whose scorers stand in brackets, and no side in the players or the half-time score', () => {
    const text = 'SOCCER - LEAGUE SUMMARIES .\nSummaries of league matches on Saturday:\nAshford 2 (Vickers 23, Halvorsen 67) Westbury 1 (Marsh 12). Halftime 1-1. Attendance 38,018.\nKessin Rovers 0 Varnel Town 0.\n';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types).toMatchObject({ Ashford: 'organization', Westbury: 'organization', 'Kessin Rovers': 'organization', 'Varnel Town': 'organization' });
    expect(types.Vickers).not.toBe('organization');
    expect(types.Halftime).not.toBe('organization');
  });

  it('reads the scorers in brackets after a side as people, named by a surname alone', () => {
    const text = 'SOCCER - LEAGUE SUMMARIES .\nAshford 2 (Vickers 23, Halvorsen 67) Westbury 1 (Marsh 12).\nKessin Rovers 0 Varnel Town 0.\n';
    const found = typed(text).filter((c) => ['Vickers', 'Halvorsen', 'Marsh'].includes(c.text));
    expect(found.map((c) => [c.text, c.type, c.evidence.rule])).toEqual([
      ['Vickers', 'person', 'result-scorers'],
      ['Halvorsen', 'person', 'result-scorers'],
      ['Marsh', 'person', 'result-scorers'],
    ]);
  });

  it('reads a summary line whose scorers carry notes in lower case ("penalty", "og")', () => {
    const text = 'SOCCER - LEAGUE SUMMARIES .\nAshford 2 (Vickers 23, Halvorsen 67 penalty) Linda Westbury 1 (Marsh 12 og).\nKessin Rovers 0 Varnel Town 0.\n';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types).toMatchObject({ Ashford: 'organization', 'Linda Westbury': 'organization', Halvorsen: 'person', Marsh: 'person' });
  });

  it('reads a town before a side’s manager or a player’s position as the club, in sports copy', () => {
    const text = 'Westbury beat Ashford 2-1 in the cup semi-final on Saturday.\nWestbury manager Kieran Jordan praised his defender after the match, the club said.';
    const facts = fixtureGazetteer({ ...NEWS_FACTS, places: { ...NEWS_FACTS.places, Kessin: { name: 'Kessin', kind: 'city', country: 'GB', population: 200_000 } } });
    const withStaff = `${text}\nKessin manager Tom Vale was not at the match.`;
    expect(typedWith(facts, withStaff).find((c) => c.text === 'Kessin')?.type).toBe('organization');
    // Outside sports copy a town before a manager is a town.
    expect(typedWith(facts, 'Kessin manager Tom Vale opened the new store on Saturday.').find((c) => c.text === 'Kessin')?.type).toBe('place');
  });

  it('leaves a country a place before its athlete’s name and a possessive', () => {
    const text = 'TENNIS - VALE WINS FINAL .\nTom Vale beat Ukraine’s Kieran Jordan 6-4 7-6 in the final of the tournament.\nThe champion thanked the coach after the match.';
    expect(typed(text).find((c) => c.text === 'Ukraine')?.type).toBe('place');
  });

  it('makes no side of a people a result word governs', () => {
    const text = 'In the final half of the season the coach of the club spoke of the goal. The choice facing Americans is stark.';
    const facts = fixtureGazetteer({ ...NEWS_FACTS, demonyms: { ...NEWS_FACTS.demonyms, Americans: 'US' } });
    expect(typedWith(facts, text).find((c) => c.text === 'Americans')?.type).toBeUndefined();
  });

  it('leaves a country a place when no score goes with the result words', () => {
    const text = 'The coach of the club, in his final season, spoke of the penalty and the goal. Sanctions against Russia were discussed.';
    const types = Object.fromEntries(typed(text).map((c) => [c.text, c.type]));
    expect(types.Russia).toBe('place');
  });

  it('leaves towns alone outside sports copy', () => {
    const types = Object.fromEntries(typed('Flooding closed roads in Westbury and Ashford on Monday.').map((c) => [c.text, c.type]));
    expect(types).toEqual({ Westbury: 'place', Ashford: 'place' });
  });

  it('reads a results table of two lines or more as sports copy, with no sports words around it', () => {
    const types = Object.fromEntries(typed('Results on Saturday:\n\nAshford Rangers 3 Westbury Rovers 1\nBoston 2 Toronto 2\n').map((c) => [c.text, c.type]));
    expect(types).toMatchObject({ 'Ashford Rangers': 'organization', 'Westbury Rovers': 'organization', Boston: 'organization', Toronto: 'organization' });
  });

  it('leaves the town a results story is filed from a place, though its side plays in the table', () => {
    const text = 'BOSTON 1996-08-22\nResults on Thursday:\nBOSTON 4 Toronto 3\nAshford Rangers 3 Westbury Rovers 1\n';
    const typedCandidates = typed(text);
    expect(typedCandidates[0]).toMatchObject({ text: 'BOSTON', type: 'place' });
    expect(typedCandidates.filter((c) => c.text === 'BOSTON').map((c) => c.type)).toEqual(['place', 'organization']);
  });
});
