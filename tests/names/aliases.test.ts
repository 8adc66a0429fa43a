import { describe, expect, it } from 'vitest';
import { aliasLookup, applyAliases, parseAliases } from '../../src/names/aliases.js';
import type { Person, Report } from '../../src/report.js';
import { emptyReport } from '../format/fixture.js';

const person = (name: string, start: number, extra: Partial<Person> = {}): Person => ({
  name,
  aliases: [],
  titles: [],
  mentions: [{ start, end: start + name.length, text: name }],
  quoteCount: 0,
  ...extra,
});

describe('parseAliases', () => {
  it('reads one person a line, the name to show first, skipping comments and blank lines', () => {
    const text = '\uFEFF# people\n\nBarack Obama = Obama = President Obama  # 44th\r\nLady Gaga=Stefani  Germanotta\n';
    expect(parseAliases(text, 'names.txt')).toEqual({
      groups: [
        ['Barack Obama', 'Obama', 'President Obama'],
        ['Lady Gaga', 'Stefani Germanotta'],
      ],
    });
  });

  it.each([
    ['Barack Obama\n', /names\.txt, line 1: one name only/],
    ['Barack Obama = \n', /line 1: an empty name/],
    ['A B = Obama\nC D = obama\n', /line 2: "obama" is already a name of A B \(line 1\)/],
  ])('refuses %j', (text, message) => {
    expect(() => parseAliases(text, 'names.txt')).toThrow(message);
  });
});

describe('applyAliases', () => {
  const lookup = aliasLookup(parseAliases('Lady Gaga = Stefani Germanotta\nBarack Obama = President Obama', 'x'));

  it('merges the people of one group under the name to show, with their quotes', () => {
    const report: Report = {
      ...emptyReport('a.txt'),
      people: [person('Stefani Germanotta', 0, { quoteCount: 1, titles: ['singer'] }), person('Tom Reyes', 30), person('Lady Gaga', 50)],
      quotes: [{ text: 'Hi', kind: 'direct', fragments: [], speaker: { name: 'Stefani Germanotta', mention: null }, cue: 'said' }],
    };
    const result = applyAliases(report, lookup);
    expect(result.people.map((p) => [p.name, p.aliases, p.titles, p.mentions.map((m) => m.start), p.quoteCount])).toEqual([
      ['Lady Gaga', ['Stefani Germanotta'], ['singer'], [0, 50], 1],
      ['Tom Reyes', [], [], [30], 0],
    ]);
    expect(result.quotes[0]!.speaker!.name).toBe('Lady Gaga');
    expect(report.people).toHaveLength(3); // the input is left as it was
  });

  it('matches a title and a name ("President Obama")', () => {
    const report = { ...emptyReport(), people: [person('Obama', 0, { titles: ['President'] })] };
    expect(applyAliases(report, lookup).people[0]).toMatchObject({ name: 'Barack Obama', aliases: ['Obama'] });
  });

  it('matches by an alias of two words or more, never by a one-word alias', () => {
    const michelle = person('Michelle Obama', 0, { aliases: ['Obama'] });
    const barack = person('Barack Hussein Obama', 20, { aliases: ['Barack Obama', 'Obama'] });
    const names = aliasLookup(parseAliases('Barack Obama = Obama', 'x'));
    const result = applyAliases({ ...emptyReport(), people: [michelle, barack] }, names);
    expect(result.people.map((p) => p.name)).toEqual(['Michelle Obama', 'Barack Obama']);
  });

  it('returns a report no group touches as it is', () => {
    const report = { ...emptyReport(), people: [person('Tom Reyes', 0)] };
    expect(applyAliases(report, lookup)).toBe(report);
  });
});
