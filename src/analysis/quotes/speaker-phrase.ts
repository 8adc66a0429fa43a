/**
 * Readings of the words naming a speaker that the speaker sieves (speaker-sieves.ts) share:
 * the name a phrase holds ("Sen. Maria Ortega", "the White House"), a name set after a
 * description as its appositive ("Northgate’s chief executive, David Osei,"), a name word the
 * entity stages did not mark.
 */
import { splitTitle } from '../../nlp/sentence-starts.js';
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention, SpeakerFinding } from '../types.js';
import { isWordy, type TokenRange } from './quote-context.js';

/** Punctuation that closes an appositive name: "the driver, Sam Pruitt, told". */
const APPOSITIVE_CLOSE = new Set([',', '.', '—', '–', '―', ';', ')']);

const POSSESSIVE = /^['’]s?$/u;

/** The characters a token range covers. */
export function span(doc: NlpDocument, range: TokenRange): Span {
  return { start: (doc.tokens[range.start] as Token).start, end: (doc.tokens[range.end - 1] as Token).end };
}

/** Mentions of the analysed entities that lie inside a token range, in text order. */
export function mentionsIn(entities: AnalysedEntities, range: TokenRange): EntityMention[] {
  // Mentions are sorted by offset, hence by token: find the first at or after the range.
  let lo = 0;
  let hi = entities.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entities.mentions[mid] as EntityMention).tokenStart < range.start) lo = mid + 1;
    else hi = mid;
  }
  const found: EntityMention[] = [];
  for (let k = lo; k < entities.mentions.length; k++) {
    const m = entities.mentions[k] as EntityMention;
    if (m.tokenStart >= range.end) break;
    if (m.tokenEnd <= range.end) found.push(m);
  }
  return found;
}

/** True when the mention lies between "(" and ")" inside the range. */
function inBrackets(doc: NlpDocument, range: TokenRange, m: EntityMention): boolean {
  for (let i = m.tokenStart - 1; i >= range.start; i--) {
    const text = (doc.tokens[i] as Token).text;
    if (text === ')') return false;
    if (text === '(') return true;
  }
  return false;
}

/**
 * The mention that heads the phrase: the last person named in it that is not a possessor
 * ("Clinton’s aide" is not Clinton) nor a modifier ("the Clinton aide"), or an organization that is the whole phrase's head
 * ("the White House", not "a White House spokeswoman").
 */
export function headMention(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange): EntityMention | undefined {
  // A bracketed note names a party and a state ("(D-Md.)"), never the speaker.
  const inside = mentionsIn(entities, range).filter((m) => !inBrackets(doc, range, m));
  const notPossessor = (m: EntityMention): boolean => {
    const next = doc.tokens[m.tokenEnd];
    return !(next && m.tokenEnd < range.end && POSSESSIVE.test(next.normal));
  };
  // Nor a name modifying a noun after it: "a Florida Republican strategist", "the Lee aide".
  const notModifier = (m: EntityMention): boolean => {
    const next = doc.tokens[m.tokenEnd];
    return !(next && m.tokenEnd < range.end && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text));
  };
  const people = inside.filter((m) => m.type === 'person' && notPossessor(m) && notModifier(m));
  // Before "of" the phrase's head is named first ("Ann Lee of the Harbor Trust"); an "of" in a
  // role before the name is the role's ("Former Secretary of State Madeleine Albright", "former
  // secretary of state Hillary Clinton"; not "a friend of Lena Ford", where the name follows it).
  const titled = people.find((m) => m.tokenEnd === range.end && (/ of /u.test(m.title ?? '') || roleOfBefore(doc, range.start, m.tokenStart)));
  const firstOf = firstIndexOf(doc, titled ? { start: titled.tokenEnd, end: range.end } : range, 'of');
  const beforeOf = people.filter((m) => firstOf < 0 || m.tokenEnd <= firstOf);
  if (beforeOf.length > 0) return beforeOf[beforeOf.length - 1];
  if (people.length > 0 && firstOf < 0) return people[people.length - 1];
  // An organization speaks when nothing but a determiner or adjective precedes it and no
  // noun follows it in the phrase (“…,” the White House said).
  const orgEnd = firstOf < 0 ? range.end : firstOf;
  return inside.find((m) => m.type === 'organization' && m.tokenEnd === orgEnd && onlyModifiersBefore(doc, range.start, m.tokenStart));
}

/**
 * True when an "of" between `start` and a name at `nameStart` is followed by words of a role in
 * lower case before the name ("secretary of state …"), not by the name itself.
 */
function roleOfBefore(doc: NlpDocument, start: number, nameStart: number): boolean {
  const of = firstIndexOf(doc, { start, end: nameStart }, 'of');
  if (of < 0 || nameStart - of < 2) return false;
  for (let i = of + 1; i < nameStart; i++) {
    const t = doc.tokens[i] as Token;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !/^\p{Ll}/u.test(t.text)) return false;
  }
  return true;
}

function firstIndexOf(doc: NlpDocument, range: TokenRange, normal: string): number {
  for (let i = range.start; i < range.end; i++) if ((doc.tokens[i] as Token).normal === normal) return i;
  return -1;
}

function onlyModifiersBefore(doc: NlpDocument, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((doc.tokens[i] as Token).pos !== 'DET') return false;
  return true;
}

/**
 * "Northgate’s chief executive, David Osei, told", "his niece, state Del. Ann Lee (D-Va.),
 * shouted": a description followed by a person's name set off as its appositive names that
 * person, and the name is the mention. Title words may stand before the name, a bracketed
 * note after it.
 */
export function appositiveName(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange): SpeakerFinding | undefined {
  const comma = pastAttachedPhrase(doc, range.end);
  if (doc.tokens[comma]?.text !== ',') return appositiveInside(doc, entities, range);
  const m = personAfterComma(doc, entities, comma, comma + 12);
  if (!m) return undefined;
  let after = m.tokenEnd;
  if (doc.tokens[after]?.text === '(') while (after < m.tokenEnd + 10 && doc.tokens[after - 1]?.text !== ')' && after < doc.tokens.length) after++;
  const close = doc.tokens[after];
  if (close && !APPOSITIVE_CLOSE.has(close.text)) return undefined;
  return findingOf(entities, m);
}

/** The person named right after the comma at token `comma`, title words allowed before the name, within `end`. */
function personAfterComma(doc: NlpDocument, entities: AnalysedEntities, comma: number, end: number): EntityMention | undefined {
  const m = mentionsIn(entities, { start: comma + 1, end })[0];
  if (!m || m.type !== 'person' || m.tokenStart - (comma + 1) > 3) return undefined;
  for (let i = comma + 1; i < m.tokenStart; i++) if (!/^\p{L}[\p{L}.]*$/u.test((doc.tokens[i] as Token).text)) return undefined;
  return m;
}

function findingOf(entities: AnalysedEntities, m: EntityMention): SpeakerFinding {
  const entity = entities.entities[m.entity];
  return { entity: m.entity, name: entity?.name ?? m.text, mention: { start: m.start, end: m.end } };
}

/** Longest prepositional phrase read between a description and its appositive name. */
const MAX_ATTACHED_WORDS = 8;

/**
 * The token after a prepositional phrase that opens at `at` ("a spokeswoman ⟨for Westbury
 * Hotels⟩, Lena Ford"), if it runs to a comma over words only; `at` otherwise.
 */
function pastAttachedPhrase(doc: NlpDocument, at: number): number {
  if (doc.tokens[at]?.pos !== 'ADP') return at;
  let k = at + 1;
  while (k - at <= MAX_ATTACHED_WORDS && doc.tokens[k] !== undefined && doc.tokens[k]?.text !== ',' && (isWordy(doc.tokens[k]) || /^['’]s?$/u.test(doc.tokens[k]?.text ?? ''))) k++;
  return doc.tokens[k]?.text === ',' && k > at + 1 ? k : at;
}

/**
 * "a spokeswoman for Westbury Hotels, Lena Ford": the phrase read as the subject may end in
 * the appositive name itself (after its last comma, title words allowed before the name).
 */
function appositiveInside(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange): SpeakerFinding | undefined {
  let comma = range.end - 1;
  while (comma > range.start && doc.tokens[comma]?.text !== ',') comma--;
  if (comma <= range.start) return undefined;
  const m = personAfterComma(doc, entities, comma, range.end);
  if (!m || m.tokenEnd !== range.end) return undefined;
  // A description before the comma, not a name ("Ann Lee, Tom Hale" is a list).
  if (mentionsIn(entities, { start: range.start, end: comma }).some((other) => other.type === 'person' && other.tokenStart === range.start)) return undefined;
  return findingOf(entities, m);
}

/**
 * A name the entity stages did not mark here ("Rep. Tom Garrow (R-Fla.)" when only "Tom Garrow"
 * elsewhere is an entity): the person or organization whose name has the phrase's last name
 * word, the one mentioned last before the phrase if several do.
 */
export function byName(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange): SpeakerFinding | undefined {
  const firstOf = firstIndexOf(doc, range, 'of');
  // The name must head the phrase ("Rep. Tom Garrow (R-Fla.)"), not modify its noun ("a White
  // House spokeswoman"); a bracketed note after it is fine.
  let end = firstOf < 0 ? range.end : firstOf;
  if (doc.tokens[end - 1]?.text === ')') {
    while (end > range.start && doc.tokens[end - 1]?.text !== '(') end--;
    end--;
  }
  if (end <= range.start || !isNameWord(doc.tokens[end - 1] as Token)) return undefined;
  let start = end - 1;
  while (start > range.start && isNameWord(doc.tokens[start - 1] as Token)) start--;
  // A transcript's label is in capitals ("REYES:"): compared without case.
  const word = (doc.tokens[end - 1] as Token).text.toLowerCase();
  const offset = (doc.tokens[start] as Token).start;
  let best: Entity | undefined;
  let bestAt = -1;
  for (const entity of entities.entities) {
    if (entity.type === 'place' || ![entity.name, ...entity.aliases].some((n) => n.toLowerCase().split(/\s+/u).includes(word))) continue;
    const at = entity.mentions.reduce((last, m) => (m.start < offset && m.start > last ? m.start : last), -1);
    // A person bearing the name word speaks before an organization with it in its name ("Mr.
    // Morgan of the Sierra Club" taken whole for an organization, and Peter Morgan).
    const better = !best || (entity.type === 'person') !== (best.type === 'person') ? entity.type === 'person' || !best : at > bestAt;
    if (better) {
      best = entity;
      bestAt = at;
    }
  }
  if (!best) return undefined;
  return { entity: best.index, name: best.name, mention: { start: offset, end: (doc.tokens[end - 1] as Token).end } };
}

/**
 * A capitalised name word ("Reyes", or "REYES" in a transcript's label); wink tags some surnames
 * that are also words as nouns ("Park said"), and a label in capitals as anything ("FORD:").
 */
function isNameWord(t: Token): boolean {
  return (t.pos === 'PROPN' || t.pos === 'NOUN' || /^\p{Lu}{2,}$/u.test(t.text)) && /^\p{Lu}(\p{Ll}|\p{Lu}+$)/u.test(t.text) && !t.text.endsWith('.');
}

/** Abbreviated titles written before a name ("Rep.", "Del.", "Sen."). */
const TITLE_ABBREVIATION = /^\p{Lu}\p{Ll}{0,4}\.$/u;

/**
 * A person's name the entity stages did not mark, written whole as the phrase: "Rep. Ann Lee
 * (R-Fla.)" is Ann Lee. The phrase must be title abbreviations, then two or more capitalised
 * words (initials allowed), then at most a bracketed note; the name is given without them.
 */
export function nameAsWritten(doc: NlpDocument, range: TokenRange): SpeakerFinding | undefined {
  let start = range.start;
  for (;;) {
    // A title abbreviation, in one token or two ("Rev" "." as wink splits some).
    const title = doc.tokens[start];
    const split = title !== undefined && doc.tokens[start + 1]?.text === '.' && splitTitle(doc.tokens, start + 1) ? 2 : 0;
    const width = split || (title !== undefined && TITLE_ABBREVIATION.test(title.text) ? 1 : 0);
    if (!width || start + width >= range.end || !/^\p{Lu}/u.test((doc.tokens[start + width] as Token).text)) break;
    start += width;
  }
  let end = start;
  while (end < range.end && /^(\p{Lu}\p{Ll}+|\p{Lu}\.)$/u.test((doc.tokens[end] as Token).text)) end++;
  if (end - start < 2 || start === range.start) return undefined;
  if (end < range.end && (doc.tokens[end] as Token).text !== '(') return undefined;
  if (!/\p{Ll}/u.test((doc.tokens[end - 1] as Token).text)) return undefined;
  const words = { start: (doc.tokens[start] as Token).start, end: (doc.tokens[end - 1] as Token).end };
  return { name: doc.text.slice(words.start, words.end), mention: words };
}
