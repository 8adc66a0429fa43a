import { describe, expect, it } from 'vitest';
import { agreement } from '../../../src/analysis/quotes/pronoun-agreement.js';
import type { AnalysedEntities, Entity } from '../../../src/analysis/types.js';

const person = (index: number, name: string, extra: Partial<Entity> = {}): Entity => ({ index, type: 'person', name, aliases: [], titles: [], mentions: [], ...extra });
const entities: AnalysedEntities = {
  entities: [person(0, 'Lena Ford', { gender: 'female' }), person(1, 'Dana Keane', { genderLean: 'female' }), person(2, 'Robin Vickers'), person(3, 'Vickers')],
  mentions: [],
};
const fit = (pronoun: string, entity: number) => agreement(pronoun, { entity, name: '', kind: 'person' }, entities, new Map(entity === 0 ? [[0, 'female']] : []));

describe('agreement', () => {
  it('ranks a known gender over a leaning one over an unknown one, and a bare name last', () => {
    expect(fit('she', 0)).toBe(1);
    expect(fit('he', 0)).toBe(0);
    expect(fit('she', 1)).toBeGreaterThan(fit('she', 2));
    expect(fit('he', 1)).toBeLessThan(fit('he', 2));
    expect(fit('he', 3)).toBeLessThan(fit('he', 2));
  });

  it('gives "they" and "it" to organizations, never to one person', () => {
    expect(agreement('it', { entity: 0, name: 'Vostra', kind: 'organization' }, entities, new Map())).toBe(1);
    expect(fit('they', 2)).toBe(0);
  });
});
