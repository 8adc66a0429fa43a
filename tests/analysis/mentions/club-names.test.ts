import { describe, expect, it } from 'vitest';
import { isClubBeforeTown } from '../../../src/analysis/mentions/club-names.js';
import { F } from '../../../src/analysis/mentions/features.js';
import { doc, gazetteer, typed } from '../analysis-helpers.js';
import { nestedPlaces } from '../../../src/analysis/mentions/nested-places.js';

const MATCH_REPORT = 'The striker scored twice in the league match. The coach praised the goalkeeper before the cup final.';

/** Whether the two words `name` of `text` read as a club named before its town. */
function club(text: string, name: string): boolean {
  const d = doc(text);
  const start = d.tokens.findIndex((t) => t.text === name.split(' ')[0]);
  return isClubBeforeTown(d, gazetteer, name, d.tokens.slice(start, start + 2));
}

describe('isClubBeforeTown', () => {
  it('reads a club abbreviation before a town as a club anywhere', () => {
    expect(club('He later coached FC Moscow for two years.', 'FC Moscow')).toBe(true);
    expect(club('Shares of AC Boston rose.', 'AC Boston')).toBe(true);
  });

  it('reads an unknown word or an acronym before a large town as a club in sports copy only', () => {
    expect(club(`Vardeko Moscow won again. ${MATCH_REPORT}`, 'Vardeko Moscow')).toBe(true);
    expect(club(`PSV Toronto won again. ${MATCH_REPORT}`, 'PSV Toronto')).toBe(true);
    expect(club('Vardeko Moscow won the contract.', 'Vardeko Moscow')).toBe(false);
    // A region before a town names no place, so a club ("Bayern Munich"); a country does not.
    expect(club(`Crimea Moscow won again. ${MATCH_REPORT}`, 'Crimea Moscow')).toBe(true);
    expect(club(`Russia Moscow won again. ${MATCH_REPORT}`, 'Russia Moscow')).toBe(false);
  });

  it('leaves places, parts of towns, given names, addresses and small towns alone', () => {
    expect(club(`Midtown Boston was busy. ${MATCH_REPORT}`, 'Midtown Boston')).toBe(false);
    expect(club(`Old London voted. ${MATCH_REPORT}`, 'Old London')).toBe(false);
    expect(club(`Linda Boston scored. ${MATCH_REPORT}`, 'Linda Boston')).toBe(false);
    expect(club(`Vardeko Westbury won again. ${MATCH_REPORT}`, 'Vardeko Westbury')).toBe(false);
    expect(club(`Write to D-200 Boston. ${MATCH_REPORT}`, 'D-200 Boston')).toBe(false);
  });

  it('finds no place inside such a club, and reads its first word alone as the club', () => {
    const text = `Crimea Moscow beat Vardeko Toronto 2-0. Kessin joined Crimea from Westbury last year. ${MATCH_REPORT}`;
    const d = doc(text);
    const found = typed(text);
    expect(nestedPlaces(d, gazetteer, found).map((c) => c.text)).toEqual([]);
    expect(found.filter((c) => c.text === 'Crimea').map((c) => c.type)).toEqual(['organization']);
  });

  it('types such a club as an organization', () => {
    const found = typed(`After retiring he coached FC Moscow and Vardeko Toronto. ${MATCH_REPORT}`);
    for (const name of ['FC Moscow', 'Vardeko Toronto']) {
      const c = found.find((x) => x.text === name);
      expect(c?.evidence.fired).toContain(F.clubBeforeTown);
      expect(c?.type).toBe('organization');
    }
  });
});
