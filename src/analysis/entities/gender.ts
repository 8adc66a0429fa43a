/** Grammatical gender of a person, for resolving "he" and "she" to the right name. */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { Entity } from '../types.js';

const MALE_TITLE = /\b(mr\.?|sir|lord|king|prince|duke|earl|baron|emperor|father|brother|congressman|councilman|chairman|spokesman|businessman|actor)\b/i;
const FEMALE_TITLE = /\b(mrs\.?|ms\.?|miss|madam|dame|lady|queen|princess|duchess|countess|baroness|empress|sister|congresswoman|councilwoman|chairwoman|spokeswoman|businesswoman|actress)\b/i;

/** Gender a title tells ("Mrs." → female), if any. */
export function titleGender(title: string): 'female' | 'male' | undefined {
  if (FEMALE_TITLE.test(title)) return 'female';
  if (MALE_TITLE.test(title)) return 'male';
  return undefined;
}

/** Gender from the person's titles first (they are explicit), then from the given name. */
export function personGender(entity: Entity, gazetteer: Gazetteer): 'female' | 'male' | undefined {
  for (const title of entity.titles) {
    const gender = titleGender(title);
    if (gender) return gender;
  }
  const given = entity.name.split(/\s+/)[0];
  if (!given) return undefined;
  // A one-word name the article never completes is most often a first name ("Melanie",
  // "Kevin", as reporters name ordinary people), since surnames join the person named in full;
  // with no title it tells the gender as a full name would.
  if (!entity.name.includes(' ') && entity.titles.length > 0) return undefined;
  const known = gazetteer.givenName(given);
  return known && known.gender !== 'both' ? known.gender : undefined;
}

/**
 * For a person whose gender nothing tells, the gender most who bear the given name have
 * ("Dana Keane": female, "Chris Vickers": male), if the reference data knows it.
 */
export function personGenderLean(entity: Entity, gazetteer: Gazetteer): 'female' | 'male' | undefined {
  if (!entity.name.includes(' ')) return undefined;
  return gazetteer.givenName(entity.name.split(/\s+/)[0] as string)?.lean;
}
