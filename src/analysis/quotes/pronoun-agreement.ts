/**
 * How well a referent agrees with a third-person pronoun: "they" with a group or an
 * organization, "it" with an organization, "he" and "she" with a person of that gender, known
 * (titles, given name, the article's own pronouns) or leaning (a given name most who bear it
 * are of one gender), and at a discount with one whose gender nothing tells.
 */
import type { AnalysedEntities, Entity } from '../types.js';
import type { Gender } from './inferred-gender.js';
import type { Referent } from './discourse-salience.js';

/** Weight of a person of unknown gender against one whose gender is known to agree. */
const UNKNOWN_GENDER = 0.6;
/** Weight of a person whose given name mostly belongs to the pronoun's gender, and to the other. */
const LEANING_GENDER = 0.75;
const AGAINST_LEANING = 0.35;
/** Weight of a one-word person name of unknown gender and no title (often a mis-typed word). */
const BARE_NAME = 0.3;

/** How well a referent agrees with a pronoun: 0 not at all, 1 fully. */
export function agreement(pronoun: string, referent: Referent, entities: AnalysedEntities, genders: ReadonlyMap<number, Gender>): number {
  if (pronoun === 'they') return referent.kind === 'person' ? 0 : 1;
  if (pronoun === 'it') return referent.kind === 'organization' ? 1 : 0;
  if (referent.kind !== 'person' || referent.entity === undefined) return 0;
  const gender = genders.get(referent.entity);
  const wanted = pronoun === 'he' ? 'male' : 'female';
  if (gender) return gender === wanted ? 1 : 0;
  const entity = entities.entities[referent.entity] as Entity;
  // "Dana", "Chris": a given name of both genders still tells which is likelier.
  if (entity.genderLean) return entity.genderLean === wanted ? LEANING_GENDER : AGAINST_LEANING;
  return entity.name.includes(' ') || entity.titles.length > 0 ? UNKNOWN_GENDER : BARE_NAME;
}
