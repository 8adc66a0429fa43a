import { describe, expect, it } from 'vitest';
import { personRoles } from '../../../src/analysis/quotes/person-roles.js';
import { docOf, entitiesOf, type Named } from './helpers.js';

/** The role nouns read for each named person, by name. */
function rolesOf(text: string, named: readonly Named[]): Record<string, string[]> {
  const doc = docOf(text);
  const entities = entitiesOf(doc, named);
  const out: Record<string, string[]> = {};
  for (const [index, role] of personRoles(doc, entities)) out[entities.entities[index]?.name ?? '?'] = [...role.nouns].sort();
  return out;
}

describe('personRoles', () => {
  it('reads an appositive after the name, its head before "of" or a preposition', () => {
    expect(rolesOf('Dana Wills, the union’s president, spoke first.', [{ name: 'Dana Wills' }])).toEqual({ 'Dana Wills': ['president'] });
    expect(rolesOf('Tom Reyes, a historian at the university who opposed the plan, spoke.', [{ name: 'Tom Reyes' }])).toEqual({ 'Tom Reyes': ['historian'] });
    expect(rolesOf('Ann Lee, president of the students’ union, spoke.', [{ name: 'Ann Lee' }])).toEqual({ 'Ann Lee': ['president'] });
  });

  it('reads a role noun right before the name, and the words of titles', () => {
    const roles = rolesOf('The club’s manager, Ryan Cole, praised goalkeeper Ola Berg and Sen. Ann Lee.', [{ name: 'Ryan Cole' }, { name: 'Ola Berg' }, { name: 'Ann Lee', titles: ['Sen.'] }]);
    expect(roles).toEqual({ 'Ryan Cole': ['manager'], 'Ola Berg': ['goalkeeper'], 'Ann Lee': ['sen'] });
  });

  it('does not take the subject of the next clause, or an object before the name, for an appositive', () => {
    expect(rolesOf('As Tom Reyes left the stage, the protesters cheered.', [{ name: 'Tom Reyes' }])).toEqual({ 'Tom Reyes': [] });
    expect(rolesOf('As the crowd booed Ann Lee, the mayor spoke.', [{ name: 'Ann Lee' }])).toEqual({ 'Ann Lee': [] });
    expect(rolesOf('After meeting the mayor, Ann Lee, who chairs the board, left.', [{ name: 'Ann Lee' }])).toEqual({ 'Ann Lee': [] });
  });

  it('ends the role phrase at a relative word, and skips a name that is a possessor', () => {
    expect(rolesOf('Sam Price, the Ohio real estate developer whose company owns the farms, left.', [{ name: 'Sam Price' }])).toEqual({ 'Sam Price': ['developer'] });
    expect(rolesOf('It was a move Ann Lee’s office called reckless.', [{ name: 'Ann Lee' }])).toEqual({ 'Ann Lee': [] });
  });

  it('ignores a list of names', () => {
    expect(rolesOf('The panel heard Tom Reyes, Ann Lee and Sam Price.', [{ name: 'Tom Reyes' }, { name: 'Ann Lee' }, { name: 'Sam Price' }])).toEqual({
      'Tom Reyes': [],
      'Ann Lee': [],
      'Sam Price': [],
    });
  });
});
