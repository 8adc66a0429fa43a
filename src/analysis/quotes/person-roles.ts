/**
 * The roles the article gives each person, read from the words around their names: a title
 * ("Sen. Maria Ortega"), a role noun just before the name ("historian Conor Walsh"), an
 * appositive after it ("Aoife Brennan, the union’s president,", "Victor Hale, the Denver
 * real estate developer") or before it ("the port spokesman, Erik Halvorsen,"). A later
 * description ("the historian said") refers back to the person who was given its noun.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { AnalysedEntities, EntityMention } from '../types.js';
import { phraseBackward, phraseForward } from './noun-phrase.js';
import type { TokenRange } from './quote-context.js';
import { RELATIVE_PRONOUNS } from '../lexicon/clause-words.js';

/** What the article calls one person besides their name. */
export interface PersonRole {
  /** Role nouns, lower case ("president", "historian", "sen"). */
  nouns: Set<string>;
  /** Every word of the role phrases, lower case ("new", "york", "developer"), for modifiers. */
  words: Set<string>;
}

const POSSESSIVE = /^['’]s?$/u;
/** Closing an appositive before a name: "the driver, Sam Pruitt, told". */
const APPOSITIVE_CLOSE = new Set([',', '.', '—', '–', '―', ';', ')']);

/** Lower case, periods dropped: "Sen." → "sen". */
function norm(word: string): string {
  return word.toLowerCase().replace(/\./gu, '');
}

/** True for a common noun written in lower case ("president", not "Democrat"). */
function commonNoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
}

/**
 * The token heading a role phrase: its last common noun before "of" ("the union’s president",
 * "president of the students’ union"); -1 when there is none.
 */
export function roleHeadIndex(doc: NlpDocument, range: TokenRange): number {
  let end = range.end;
  for (let i = range.start; i < range.end; i++) if ((doc.tokens[i] as Token).normal === 'of') end = i;
  for (let i = end - 1; i >= range.start; i--) {
    const t = doc.tokens[i] as Token;
    if (commonNoun(t) || (t.pos === 'PROPN' && /^\p{Ll}/u.test(t.text))) return i;
  }
  return -1;
}

/** The lemma of a role phrase's head ("president"), if it has one. */
export function roleHead(doc: NlpDocument, range: TokenRange): string | undefined {
  const i = roleHeadIndex(doc, range);
  return i < 0 ? undefined : (doc.tokens[i] as Token).lemma.toLowerCase();
}

/** True when the head is a plural noun ("the attendees"): no one person is meant. */
export function pluralHead(doc: NlpDocument, range: TokenRange): boolean {
  const i = roleHeadIndex(doc, range);
  const t = doc.tokens[i];
  return t !== undefined && t.normal !== t.lemma.toLowerCase() && t.normal.endsWith('s');
}

/**
 * True when a phrase can be an appositive describing a person: it opens with a determiner,
 * a possessive or a modifier, and not with a name of its own (a list of names: "Smith,
 * Jones and Brown") unless the name is a possessor ("Northgate’s chief executive").
 */
function describes(doc: NlpDocument, range: TokenRange): boolean {
  const first = doc.tokens[range.start] as Token;
  if (first.pos === 'DET' || /^(his|her|their|its)$/u.test(first.normal)) return true;
  if (first.pos === 'PROPN' || /^\p{Lu}/u.test(first.text)) {
    for (let i = range.start + 1; i < range.end; i++) if (POSSESSIVE.test((doc.tokens[i] as Token).normal)) return true;
    return commonNoun(doc.tokens[range.end - 1]);
  }
  return first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'NUM';
}

/** Relative words that end a role phrase ("the developer whose company …"). */
const RELATIVE = new Set([...RELATIVE_PRONOUNS, 'that']);

/** The phrase up to a relative word ("the developer" of "the developer whose company"). */
function beforeRelative(doc: NlpDocument, whole: TokenRange): TokenRange {
  let end = whole.start;
  while (end < whole.end && !RELATIVE.has((doc.tokens[end] as Token).normal)) end++;
  return { start: whole.start, end };
}

function add(role: PersonRole, doc: NlpDocument, range: TokenRange): void {
  const head = roleHead(doc, range);
  if (!head || pluralHead(doc, range)) return;
  role.nouns.add(head);
  for (let i = range.start; i < range.end; i++) {
    const t = doc.tokens[i] as Token;
    if (/[\p{L}\p{N}]/u.test(t.text)) role.words.add(norm(t.text));
  }
}

/** "Sen.", "Prime Minister": each word of a title is a role noun ("sen", "minister"). */
function addTitle(role: PersonRole, title: string): void {
  for (const w of title.split(/[\s-]+/u)) {
    if (!w) continue;
    role.nouns.add(norm(w));
    role.words.add(norm(w));
  }
}

/** Reads the roles written around one mention of a person. */
function readMention(doc: NlpDocument, m: EntityMention, role: PersonRole): void {
  if (m.title) addTitle(role, m.title);
  // "historian Conor Walsh", "Westbury goalkeeper Ola Berg": a role noun right before the name.
  // Not before a possessor: in "a move Ortega’s office called" the name modifies "office".
  const before = doc.tokens[m.tokenStart - 1];
  if (commonNoun(before) && !POSSESSIVE.test(doc.tokens[m.tokenEnd]?.normal ?? '')) {
    const phrase = phraseBackward(doc, m.tokenStart, Math.max(0, m.tokenStart - 6));
    if (phrase && phrase.start < m.tokenStart - 1) add(role, doc, { start: phrase.start, end: m.tokenStart });
    else role.nouns.add((before as Token).lemma.toLowerCase());
  }
  // "Aoife Brennan, the union’s president,": an appositive after the name.
  if (doc.tokens[m.tokenEnd]?.text === ',') {
    const read = phraseForward(doc, m.tokenEnd + 1, m.tokenEnd + 1 + 16);
    const phrase = read ? beforeRelative(doc, read) : null;
    // "As Garrow mocked Vickers, the crowd jeered": a phrase followed by its verb is the
    // next clause's subject, not an appositive.
    const next = phrase ? doc.tokens[phrase.end] : undefined;
    const subject = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    if (phrase && phrase.end > phrase.start && !subject && describes(doc, phrase)) add(role, doc, phrase);
  }
  // "the port spokesman, Erik Halvorsen,": an appositive before it, closed after it.
  // Not after a verb or preposition ("After meeting the president, Smith said"): there the
  // phrase is an object of something else, not a description of the name.
  const closes = doc.tokens[m.tokenEnd];
  if (doc.tokens[m.tokenStart - 1]?.text === ',' && (!closes || APPOSITIVE_CLOSE.has(closes.text))) {
    const read = phraseBackward(doc, m.tokenStart - 1, Math.max(0, m.tokenStart - 17));
    const phrase = read && !RELATIVE.has((doc.tokens[read.start] as Token).normal) ? read : null;
    const opener = phrase ? doc.tokens[phrase.start - 1] : undefined;
    const governed = opener !== undefined && (opener.pos === 'ADP' || opener.pos === 'VERB' || opener.pos === 'SCONJ' || opener.pos === 'AUX');
    if (phrase && !governed && describes(doc, phrase)) add(role, doc, phrase);
  }
}

/** The roles of every person entity, by entity index. Linear in the number of mentions. */
export function personRoles(doc: NlpDocument, entities: AnalysedEntities): Map<number, PersonRole> {
  const roles = new Map<number, PersonRole>();
  for (const entity of entities.entities) {
    if (entity.type !== 'person') continue;
    const role: PersonRole = { nouns: new Set(), words: new Set() };
    for (const title of entity.titles) addTitle(role, title);
    roles.set(entity.index, role);
  }
  for (const m of entities.mentions) {
    const role = roles.get(m.entity);
    if (role && m.type === 'person') readMention(doc, m, role);
  }
  return roles;
}
