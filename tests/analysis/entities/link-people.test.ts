import { describe, expect, it } from 'vitest';
import { linkPeople } from '../../../src/analysis/entities/link-people.js';
import { doc, gazetteer, typed } from '../analysis-helpers.js';

/** The people of a passage, each as its name and the mentions it holds as written. */
function people(text: string): [string, string[]][] {
  const d = doc(text);
  const persons = typed(text).filter((c) => c.type === 'person');
  return linkPeople(d, gazetteer, persons).map((p) => [p.entity.name, p.entity.mentions.map((m) => text.slice(m.start, m.end))]);
}

describe('linkPeople', () => {
  it('joins a surname alone to the person named in full, even one named only further on', () => {
    expect(people('Pruitt spoke first. Later, Linda Pruitt said the plan would pass, and Pruitt left.')).toEqual([['Linda Pruitt', ['Pruitt', 'Linda Pruitt', 'Pruitt']]]);
  });

  it('never merges two people who share a given name', () => {
    expect(people('Linda Pruitt and Linda Garrow met. Pruitt spoke.').map(([name]) => name)).toEqual(['Linda Pruitt', 'Linda Garrow']);
  });

  it('finds each person in a roll of many names as in a short one', () => {
    const surnames = Array.from({ length: 60 }, (_, i) => `Q${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10)]}ov`);
    const text = `${surnames.map((s) => `Then Linda ${s} met them.`).join(' ')} Later ${surnames[42]} spoke.`;
    const linked = people(text);
    expect(linked).toHaveLength(60);
    expect(linked.find(([name]) => name === `Linda ${surnames[42]}`)?.[1]).toEqual([`Linda ${surnames[42]}`, surnames[42]]);
  });
});
