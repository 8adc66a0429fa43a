/**
 * The gender of each person for pronoun agreement: the one the entity stages found (titles,
 * given names), else the one the article's own pronouns tell. Given names such as Hillary,
 * Tim or Ted are listed for both genders in the reference data; the article settles it:
 * "Clinton" alone in a sentence with "her" and "she", and never "he", is a woman. Only the
 * reporter's words count (quotations are skipped), and only sentences naming one person.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { AnalysedEntities, EntityMention } from '../types.js';
import { titleGender } from '../entities/gender.js';
import { isSubject } from './subject-position.js';

export type Gender = 'female' | 'male';

/** Third-person pronouns of each gender; only the first after the name counts. */
const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** Votes needed, and the lead over the other gender's, to settle a gender from pronouns. */
const VOTES = 2;
const LEAD = 3;

/** Gender by entity index, for the people whose gender is known or can be told. */
export function inferredGenders(doc: NlpDocument, entities: AnalysedEntities, narrator: Uint8Array): Map<number, Gender> {
  const genders = new Map<number, Gender>();
  const votes = new Map<number, { male: number; female: number }>();
  for (const e of entities.entities) {
    if (e.type !== 'person') continue;
    if (e.gender) genders.set(e.index, e.gender);
    for (const m of e.mentions) {
      const told = m.title ? titleGender(m.title) : undefined;
      if (told) tally(votes, e.index, told, LEAD * VOTES);
    }
  }
  // Per sentence: the people named in the reporter's words, and the pronouns after them.
  let m = 0;
  for (const sentence of doc.sentences) {
    const people = new Set<number>();
    let first = -1;
    while (m < entities.mentions.length && (entities.mentions[m] as EntityMention).tokenStart < sentence.endToken) {
      const mention = entities.mentions[m] as EntityMention;
      m++;
      if (mention.type !== 'person' || mention.nested || !narrator[mention.tokenStart]) continue;
      people.add(mention.entity);
      // Only a sentence about the person (its subject) tells: "Melanie said to the nominee,
      // who …" goes on about someone the sentence does not name.
      if (first < 0) first = isSubject(doc, mention.tokenStart, mention.tokenEnd) ? mention.tokenEnd : doc.tokens.length;
    }
    if (people.size !== 1 || first < 0 || first >= sentence.endToken) continue;
    const person = people.values().next().value as number;
    // The first such pronoun after the name, in the reporter's words.
    for (let i = first; i < sentence.endToken; i++) {
      const t = doc.tokens[i] as Token;
      const gender = t.pos !== 'PRON' ? undefined : MALE.has(t.normal) ? 'male' : FEMALE.has(t.normal) ? 'female' : undefined;
      if (!gender || !narrator[i]) continue;
      tally(votes, person, gender, 1);
      break;
    }
  }
  for (const [index, v] of votes) {
    if (genders.has(index)) continue;
    if (v.male >= VOTES && v.male >= LEAD * v.female) genders.set(index, 'male');
    else if (v.female >= VOTES && v.female >= LEAD * v.male) genders.set(index, 'female');
  }
  return genders;
}

function tally(votes: Map<number, { male: number; female: number }>, index: number, gender: Gender, n: number): void {
  const v = votes.get(index) ?? { male: 0, female: 0 };
  v[gender] += n;
  votes.set(index, v);
}
