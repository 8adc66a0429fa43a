/**
 * Definite descriptions as speakers ("the senator", "the union’s president", "the Denver
 * businessman"): the person of the article the description refers back to. Only a definite
 * description refers back; "a spokeswoman" introduces someone new. Three readings, from the
 * strongest evidence to the weakest:
 *  1. the person last named before it who was given its role noun, as a title or in the
 *     text ("Aoife Brennan, the union’s president," … "the union’s president said");
 *  2. the person last named whose role phrase holds the description's proper modifiers
 *     ("Victor Hale, the Denver real estate developer" … "the Denver businessman");
 *  3. for a "the" description by occupation (businessman, historian, candidate), the one
 *     person of its gender named in this paragraph or the one before, when no one else is,
 *     no unnamed "a businessman" came in between, and the text gave them no other
 *     occupation or office. Offices (senator, mayor) and the nouns used for unnamed sources
 *     (official, aide, spokesman) never resolve on recency alone.
 *  4. for a description by occupation, the person the reporter is plainly talking about: the
 *     most salient person as its sentence begins (discourse-salience.ts), far ahead of the
 *     next, of its gender, not its possessor, and with no unnamed "a strategist" brought in
 *     since. A possessor who is under discussion himself ("Lee attacked Hale. Hale's lawyer
 *     said") more likely has someone new speak for him, so then nothing is chosen.
 * On the PolNeAR sets, the cases reading 3 resolved (checked by hand) were right once offices
 * and conflicting occupations were excluded; it is still the weakest evidence, hence last.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { memoKey, memoOf } from '../../nlp/document-memo.js';
import type { AnalysedEntities, Entity, EntityMention } from '../types.js';
import type { WeighedReferent } from './discourse-salience.js';
import type { Gender } from './inferred-gender.js';
import { type PersonRole, personRoles, pluralHead, roleHead } from './person-roles.js';
import { lastMentionBefore, paragraphAt, type TokenRange, tokenIndexAt } from './quote-context.js';

/** How far back (in characters) a description looks for the person it means. */
const LOOKBACK = 6000;
/** Least salience for reading 4: an object of the sentence before, or a subject two back. */
const SALIENT_ENOUGH = 50;
/** How far the most salient person must lead the next for reading 4. */
const SALIENT_LEAD = 2;

const POSSESSIVE = /^['’]s?$/u;

/** Abbreviated titles and the role nouns a description uses for them. */
const ROLE_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['senator', ['sen', 'senator']],
  ['congressman', ['rep', 'representative', 'congressman']],
  ['congresswoman', ['rep', 'representative', 'congresswoman']],
  ['lawmaker', ['sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['representative', ['rep', 'representative']],
  ['governor', ['gov', 'governor']],
  ['general', ['gen', 'general']],
  ['president', ['president', 'pres']],
  ['doctor', ['dr', 'doctor']],
  ['professor', ['prof', 'professor']],
  ['senator-elect', ['sen', 'senator']],
]);

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/**
 * Nouns naming what a person does or is known as, which a writer uses to refer back to
 * someone just named ("the businessman said"). Nouns the press uses for unnamed sources
 * (official, aide, spokesman, source, insider, man, woman) are left out: "the official said"
 * usually means the unnamed official, not the last person named.
 */
const OCCUPATIONS = words(`
  businessman businesswoman developer executive tycoon mogul billionaire magnate entrepreneur
  investor banker financier industrialist candidate nominee politician historian professor
  economist scholar researcher scientist lawyer attorney strategist pollster activist
  campaigner coach manager striker midfielder defender goalkeeper captain physician surgeon
  neurosurgeon author novelist poet broadcaster actor actress singer musician founder chairman
  chairwoman veteran owner farmer rancher preacher pastor host
`);

/**
 * Offices, which the article gives as titles ("Sen.", "Gov."): a description by office
 * refers to a person only when the text gave them that office (reading 1), since the holder
 * is often someone the article describes without naming nearby ("the Vermont senator").
 */
const OFFICES = words(`
  senator congressman congresswoman governor mayor president premier minister chancellor
  lawmaker legislator commander king queen prince princess pope cardinal bishop monarch leader
`);

/**
 * Offices a writer refers back to as "the … leader" ("Norwegian Prime Minister Anna Halvorsen" …
 * "the Norwegian leader"): heads of state or government, and leaders by title.
 */
const LEADING_OFFICES = words('president premier minister chancellor king queen monarch emperor leader');

const MALE_NOUNS = words('businessman congressman chairman actor king prince spokesman man father son husband brother');
const FEMALE_NOUNS = words('businesswoman congresswoman chairwoman actress queen princess spokeswoman woman mother daughter wife sister');

/** The roles of the article's people, read once per document and set of entities. */
const ROLES = memoKey('person roles', () => new WeakMap<AnalysedEntities, Map<number, PersonRole>>());

/** The roles of the article's people, read once per document. */
function rolesOf(doc: NlpDocument, entities: AnalysedEntities): Map<number, PersonRole> {
  const byEntities = memoOf(doc, ROLES);
  let roles = byEntities.get(entities);
  if (!roles) byEntities.set(entities, (roles = personRoles(doc, entities)));
  return roles;
}

/** "the …", "this …", or a name's possessive before the head ("Northgate’s chief executive"). */
function definite(doc: NlpDocument, range: TokenRange): boolean {
  const first = doc.tokens[range.start] as Token;
  if (/^(the|this|that)$/u.test(first.normal)) return true;
  if (first.pos !== 'PROPN' && !/^\p{Lu}/u.test(first.text)) return false;
  for (let i = range.start + 1; i < range.end - 1; i++) if (POSSESSIVE.test((doc.tokens[i] as Token).normal)) return true;
  return false;
}


/** The person named last before `offset` (within reach) for whom `fits` holds. */
function lastPerson(entities: AnalysedEntities, offset: number, fits: (e: Entity) => boolean): Entity | undefined {
  for (let k = lastMentionBefore(entities, offset); k >= 0; k--) {
    const m = entities.mentions[k] as EntityMention;
    if (offset - m.end > LOOKBACK) break;
    const entity = entities.entities[m.entity];
    if (entity?.type === 'person' && fits(entity)) return entity;
  }
  return undefined;
}

/** Capitalised modifiers of the description ("Salt", "Lake" in "the Salt Lake businessman"). */
function properModifiers(doc: NlpDocument, range: TokenRange, head: string): string[] {
  const found: string[] = [];
  for (let i = range.start; i < range.end; i++) {
    const t = doc.tokens[i] as Token;
    if (t.pos === 'DET' || POSSESSIVE.test(t.normal) || t.lemma.toLowerCase() === head) continue;
    // The possessor of "Northgate’s chief executive" is not a modifier of the person.
    if (POSSESSIVE.test(doc.tokens[i + 1]?.normal ?? '')) continue;
    if (/^\p{Lu}/u.test(t.text) && /[\p{L}]/u.test(t.text) && i > range.start) found.push(t.text.toLowerCase().replace(/\./gu, ''));
  }
  return found;
}

/** Entities named as possessors inside the description ("Ann Lee" in "Ann Lee’s lawyer"). */
function possessorsIn(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange): Set<number> {
  const found = new Set<number>();
  for (const m of entities.mentions) {
    if (m.tokenStart >= range.end) break;
    if (m.tokenStart >= range.start && m.tokenEnd < range.end && POSSESSIVE.test(doc.tokens[m.tokenEnd]?.normal ?? '')) found.add(m.entity);
  }
  return found;
}

/** A person's gender as far as it is known. */
type GenderOf = (e: Entity) => Gender | undefined;

/** True when a description's gender and a person's are both known and differ. */
function disagrees(wanted: Gender | undefined, known: Gender | undefined): boolean {
  return wanted !== undefined && known !== undefined && wanted !== known;
}

function genderOf(head: string): Gender | undefined {
  if (MALE_NOUNS.has(head)) return 'male';
  if (FEMALE_NOUNS.has(head)) return 'female';
  return undefined;
}

/**
 * The one person of a compatible gender named in the description's paragraph (before it) or
 * the paragraph before, when an unnamed person with the same noun ("a businessman") was not
 * brought in after them.
 */
function onlyRecentPerson(doc: NlpDocument, entities: AnalysedEntities, offset: number, head: string, genders: GenderOf): Entity | undefined {
  const para = paragraphAt(doc, offset);
  const previous = para && para.index > 0 ? doc.paragraphs[para.index - 1] : para;
  const floor = previous?.start ?? 0;
  const gender = genderOf(head);
  const seen = new Set<number>();
  let lastEnd = -1;
  for (let k = lastMentionBefore(entities, offset); k >= 0; k--) {
    const m = entities.mentions[k] as EntityMention;
    if (m.start < floor) break;
    const entity = entities.entities[m.entity];
    if (entity?.type !== 'person') continue;
    if (disagrees(gender, genders(entity))) continue;
    seen.add(entity.index);
    lastEnd = Math.max(lastEnd, m.tokenEnd);
  }
  if (seen.size !== 1 || introducedSince(doc, lastEnd, tokenIndexAt(doc, offset), head)) return undefined;
  return entities.entities[seen.values().next().value as number];
}

/** True when an unnamed person with the noun `head` ("a businessman") comes in between tokens `from` and `to`. */
function introducedSince(doc: NlpDocument, from: number, to: number, head: string): boolean {
  for (let i = Math.max(0, from); i + 1 < to; i++) {
    const t = doc.tokens[i] as Token;
    if (/^(a|an|another|one)$/u.test(t.normal) && sameHeadAhead(doc, i + 1, to, head)) return true;
  }
  return false;
}

/** Reading 4: the person plainly under discussion as the description's sentence begins (see above). */
function salientPerson(doc: NlpDocument, entities: AnalysedEntities, offset: number, head: string, possessors: ReadonlySet<number>, salient: readonly WeighedReferent[], genders: GenderOf): Entity | undefined {
  if (salient.some((w) => w.referent.entity !== undefined && possessors.has(w.referent.entity))) return undefined;
  const gender = genderOf(head);
  const fitting = salient.filter((w) => {
    const entity = w.referent.entity === undefined ? undefined : entities.entities[w.referent.entity];
    return entity !== undefined && !disagrees(gender, genders(entity));
  });
  const [best, next] = fitting;
  if (!best || best.score < SALIENT_ENOUGH || (next && best.score < next.score * SALIENT_LEAD)) return undefined;
  const entity = entities.entities[best.referent.entity as number] as Entity;
  const last = entity.mentions.filter((m) => m.start < offset).pop();
  return last && !introducedSince(doc, last.tokenEnd, tokenIndexAt(doc, offset), head) ? entity : undefined;
}

/** True when the noun `head` follows within a short phrase ("a local businessman"). */
function sameHeadAhead(doc: NlpDocument, from: number, to: number, head: string): boolean {
  for (let i = from; i < to && i < from + 4; i++) {
    const t = doc.tokens[i] as Token;
    if (t.lemma.toLowerCase() === head) return true;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/u.test(t.pos)) return false;
  }
  return false;
}

/**
 * The person a definite description of a speaker refers to, or undefined when the text does
 * not tell clearly enough. `offset` is where the description starts. `genders` are the
 * genders the article tells beyond the entity stages' (see inferred-gender.ts): a woman the
 * article calls "she" throughout is no candidate for "the businessman", even when her given
 * name alone does not tell.
 */
export function describedPerson(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange, offset: number, salient: readonly WeighedReferent[] = [], genders: ReadonlyMap<number, Gender> = new Map()): Entity | undefined {
  if (!definite(doc, range)) return undefined;
  const head = roleHead(doc, range);
  if (!head || pluralHead(doc, range)) return undefined;
  const roles = rolesOf(doc, entities);
  // "Ann Lee’s lawyer" is not Ann Lee.
  const possessors = possessorsIn(doc, entities, range);
  const nouns = ROLE_ALIASES.get(head) ?? [head];
  const given = lastPerson(entities, offset, (e) => !possessors.has(e.index) && nouns.some((n) => roles.get(e.index)?.nouns.has(n) === true));
  if (given) return given;
  const gender = genderOf(head);
  const known: GenderOf = (e) => genders.get(e.index) ?? e.gender;
  if (!OCCUPATIONS.has(head) && !OFFICES.has(head) && !gender) return undefined;
  const modifiers = properModifiers(doc, range, head);
  if (modifiers.length > 0) {
    // "the Russian leader" is someone given a Russian office that leads, not any Russian.
    const leads = (e: Entity): boolean => head !== 'leader' || [...(roles.get(e.index)?.nouns ?? [])].some((n) => LEADING_OFFICES.has(n));
    const fits = (e: Entity): boolean => !possessors.has(e.index) && !disagrees(gender, known(e)) && leads(e) && modifiers.every((w) => roles.get(e.index)?.words.has(w) === true);
    const modified = lastPerson(entities, offset, fits);
    if (modified) return modified;
  }
  if (!OCCUPATIONS.has(head)) return undefined;
  // Recency alone does not tell whose lawyer "Ann Lee’s lawyer" is.
  // Someone the text gave another occupation or an office ("Trump, the presidential
  // candidate"; "Mayor Bill Cole") is not referred to as "the gambling tycoon" or "the
  // candidate" on recency or salience alone.
  const free = (e: Entity | undefined): boolean => e !== undefined && ![...(roles.get(e.index)?.nouns ?? [])].some((n) => OCCUPATIONS.has(n) || OFFICES.has(n));
  if (possessors.size === 0 && /^(the|this|that)$/u.test((doc.tokens[range.start] as Token).normal)) {
    const recent = onlyRecentPerson(doc, entities, offset, head, known);
    if (recent) return free(recent) ? recent : undefined;
  }
  const salientOne = salientPerson(doc, entities, offset, head, possessors, salient, known);
  return free(salientOne) ? salientOne : undefined;
}
