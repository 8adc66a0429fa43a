/**
 * Who the reporter is talking about at each point of the article: a salience model in the
 * manner of Lappin and Leass (1994). Reading the reporter's own words in order (quotations are
 * skipped: a name a speaker says is not the narrative's topic), every mention of a person or
 * organization adds to its entity's salience, more as a subject than as an object, more as an
 * object than inside a prepositional phrase or as a possessor; salience halves at each new
 * sentence. A third-person pronoun ("he", "she", "they", "it") is resolved when it is read, to
 * the most salient entity that agrees with it, and then counts as a mention of that entity, so
 * a chain of "he said" keeps its referent. A person agrees with "he" or "she" when their
 * gender is known to match (titles, given name, or the pronouns the article uses for them,
 * see inferred-gender.ts) and, at a discount, when it is unknown; "they" agrees with an
 * organization or with people named together ("Grove and Vickers"), and with a plural noun
 * phrase subject ("the protesters"), which has no name: a "they" resolved to one stays as
 * written.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention } from '../types.js';
import { titleGender } from '../entities/gender.js';
import { inferredGenders, type Gender } from './inferred-gender.js';
import { groupMentions } from './group-mentions.js';
import { isSubject } from './subject-position.js';
import { endsSentence, narratorMask } from './quote-context.js';
import { isCue } from './reporting-cue.js';
import { agreement } from './pronoun-agreement.js';
import { reportedSpeakers } from './reported-speakers.js';
import { startsCapitalised } from '../../support/code-unit.js';

/** Salience points of one mention (Lappin and Leass's factors, simplified). */
const RECENCY = 100;
const SUBJECT = 80;
const ARGUMENT = 50;
/** Share of salience kept from one sentence to the next. */
const DECAY = 0.5;
/** Below this, an entity is out of reach (about five sentences since a subject mention). */
const FLOOR = 5;
/** The least salience a referent needs to be chosen: a subject some three sentences back. */
const LEAST = 25;
/** The winner must lead the runner-up by this factor, or the pronoun is left unresolved. */
const MARGIN = 1.25;

/** A referent a pronoun may stand for: an entity, or a group of people named together. */
export interface Referent {
  /** Entity index, or undefined for a group or an unnamed plural subject. */
  entity?: number;
  /** The referent's name; for an unnamed plural subject, the phrase as written. */
  name: string;
  kind: 'person' | 'organization' | 'group' | 'plural';
}

/** One referent the model weighed for a pronoun, with its agreement-weighted salience. */
export interface WeighedReferent {
  referent: Referent;
  score: number;
  /** Salience as a speaker the narration reports ("Keane said"), decaying as `score` does. */
  spoke?: number;
}

/** How one pronoun was read. */
export interface PronounReading {
  /** The chosen referent, undefined when nothing agreed or the choice was too close. */
  chosen?: Referent;
  /** Candidates in order of score (at most four). */
  candidates: WeighedReferent[];
  /** Why nothing was chosen, when nothing was. */
  unresolved?: 'no-candidate' | 'too-close' | 'unnamed-group';
}

/** An entity's salience at one point of the reading. */
interface Salience {
  referent: Referent;
  score: number;
  spoke: number;
}

/** The pronoun readings of one document, by token index. */
export interface DiscourseModel {
  readings: ReadonlyMap<number, PronounReading>;
  /**
   * For a surname alone ("Cruz said") that several people of the article bear (Ted and Heidi
   * Cruz), the one most salient there, by the mention's first token; absent when the salience
   * does not tell them apart.
   */
  namesakes: ReadonlyMap<number, number>;
  genders: ReadonlyMap<number, Gender>;
  /**
   * The people in reach as sentence `sentence` begins, most salient first, with their
   * salience: what a description ("the senator", "Obama's former strategist") may refer to.
   */
  peopleAt(sentence: number): readonly WeighedReferent[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Builds the model for a document: one pass over its tokens. */
export function discourseModel(doc: NlpDocument, entities: AnalysedEntities, quoted: readonly Span[]): DiscourseModel {
  const outside = narratorMask(doc, quoted);
  const genders = inferredGenders(doc, entities, outside);
  const scores = new Map<string, Salience>();
  const speaking = reportedSpeakers(doc, outside);
  const readings = new Map<number, PronounReading>();
  const namesakes = new Map<number, number>();
  const bearers = surnameBearers(entities);
  const groups = groupMentions(doc, entities);
  const surnames = unmarkedSurnames(doc, entities);
  let sentence = -1;
  let m = 0;
  const people = new Map<number, WeighedReferent[]>();
  const add = (key: string, referent: Referent, points: number, at = -1): void => {
    const entry = scores.get(key) ?? { referent, score: 0, spoke: 0 };
    // The strongest mention counts, not the number of them: a topic named again and again is
    // not more likely to be "he" than the subject of the last sentence.
    entry.score = Math.max(entry.score, points);
    if (at >= 0 && speaking[at]) entry.spoke = RECENCY;
    scores.set(key, entry);
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    while (m < entities.mentions.length && (entities.mentions[m] as EntityMention).tokenStart < i) m++;
    if (!outside[i]) continue;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      for (const [key, entry] of scores) {
        entry.score *= DECAY;
        entry.spoke *= DECAY;
        if (entry.score < FLOOR / 4) scores.delete(key);
      }
      people.set(sentence, peopleInReach(scores));
    }
    const group = groups.get(i);
    if (group) add(group.key, group.referent, weight(doc, group.start, group.end));
    for (let k = m; k < entities.mentions.length; k++) {
      const mention = entities.mentions[k] as EntityMention;
      if (mention.tokenStart !== i) break;
      const entity = entities.entities[mention.entity];
      if (!entity || entity.type === 'place' || mention.nested) continue;
      const points = weight(doc, mention.tokenStart, mention.tokenEnd);
      const shared = entity.type === 'person' && !mention.text.includes(' ') ? bearers.get(mention.text) : undefined;
      const meant = shared ? mostSalient(shared, scores, mention.title) : undefined;
      if (meant !== undefined) namesakes.set(mention.tokenStart, meant);
      const target = entities.entities[meant ?? entity.index] as Entity;
      add(`e${target.index}`, referentOf(target), points, mention.tokenStart);
    }
    const surname = surnames.get(i);
    if (surname) add(`e${surname.index}`, referentOf(surname), weight(doc, i, i + 1), i);
    if (t.pos === 'PRON' && PRONOUNS.has(t.normal)) {
      const reading = readPronoun(t.normal, scores, entities, genders);
      readings.set(i, reading);
      if (reading.chosen) add(keyOf(reading.chosen), reading.chosen, weight(doc, i, i + 1), i);
    } else if (pluralSubject(doc, i)) {
      add(`p${i}`, { name: t.text, kind: 'plural' }, RECENCY + SUBJECT + ARGUMENT);
    }
  }
  // A sentence with no narration of its own (a quotation alone) sees the people of the last one that had.
  const peopleAt = (at: number): readonly WeighedReferent[] => {
    for (let k = at; k >= 0; k--) {
      const found = people.get(k);
      if (found) return found;
    }
    return [];
  };
  return { readings, genders, namesakes, peopleAt };
}

/** The people whose salience keeps them in reach, most salient first. */
function peopleInReach(scores: ReadonlyMap<string, Salience>): WeighedReferent[] {
  const found: WeighedReferent[] = [];
  for (const { referent, score } of scores.values()) if (referent.kind === 'person' && score >= FLOOR) found.push({ referent, score: Math.round(score * 10) / 10 });
  return found.sort((a, b) => b.score - a.score);
}

/** People by the last word of their name, for the surnames two or more of them bear. */
function surnameBearers(entities: AnalysedEntities): Map<string, Entity[]> {
  const all = new Map<string, Entity[]>();
  for (const e of entities.entities) {
    if (e.type !== 'person' || !e.name.includes(' ') || e.mentions.length === 0) continue;
    const last = e.name.split(/\s+/u).pop() as string;
    all.set(last, [...(all.get(last) ?? []), e]);
  }
  for (const [last, list] of all) if (list.length < 2) all.delete(last);
  return all;
}

/**
 * Of several namesakes, the one a surname alone means: the one the article names far most
 * often (of the title's gender, if it tells), since writers give the lesser namesakes their
 * given names ("Heidi Cruz", "Heidi"); when none stands out so, the clearly most salient.
 */
function mostSalient(people: readonly Entity[], scores: ReadonlyMap<string, { score: number }>, title: string | undefined): number | undefined {
  const wanted = title ? titleGender(title) : undefined;
  const fitting = people.filter((p) => !wanted || !p.gender || p.gender === wanted);
  const [most, next] = [...fitting].sort((a, b) => b.mentions.length - a.mentions.length);
  if (most && (!next || most.mentions.length >= 2 * next.mentions.length)) return most.index;
  const ranked = fitting.map((p) => ({ p, score: scores.get(`e${p.index}`)?.score ?? 0 })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  return best && best.score >= LEAST && (!second || best.score >= second.score * MARGIN) ? best.p.index : undefined;
}

function keyOf(r: Referent): string {
  return r.entity !== undefined ? `e${r.entity}` : `g${r.name}`;
}

function referentOf(entity: Entity): Referent {
  return { entity: entity.index, name: entity.name, kind: entity.type === 'person' ? 'person' : 'organization' };
}

/**
 * Surnames the entity stages left unmarked ("Dean, a medical doctor, said" where "dean" is
 * also a common word): a capitalised word that is the last word of exactly one person's name.
 */
function unmarkedSurnames(doc: NlpDocument, entities: AnalysedEntities): Map<number, Entity> {
  const byLast = new Map<string, Entity | null>();
  for (const e of entities.entities) {
    if (e.type !== 'person' || !e.name.includes(' ') || e.mentions.length === 0) continue;
    const last = e.name.split(/\s+/u).pop() as string;
    byLast.set(last, byLast.has(last) ? null : e);
  }
  const found = new Map<number, Entity>();
  // An article that names no one in full has no surname to look for. Otherwise a word's first
  // capital, told by its code, rules out most words before the table of names is searched.
  if (byLast.size === 0) return found;
  const marked = new Uint8Array(doc.tokens.length);
  for (const m of entities.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) marked[i] = 1;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (marked[i]) continue;
    const t = doc.tokens[i] as Token;
    if (!startsCapitalised(t.text)) continue;
    const entity = byLast.get(t.text);
    if (!entity || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    // Not a name's first word ("Dean Smith") nor a word inside another capitalised run.
    if (!/^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '') && (entity.mentions[0] as EntityMention).start < t.start) found.set(i, entity);
  }
  return found;
}

/** Salience points of a mention by its role in the sentence. */
function weight(doc: NlpDocument, start: number, end: number): number {
  const next = doc.tokens[end];
  if (next && /^['’]s?$/u.test(next.normal)) return RECENCY;
  // "the Clinton campaign": a name modifying a noun is not itself a referent of note.
  if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return RECENCY / 2;
  if (isSubject(doc, start, end)) return embedded(doc, start) ? RECENCY + ARGUMENT : RECENCY + SUBJECT + ARGUMENT;
  return governedByPreposition(doc, start) ? RECENCY : RECENCY + ARGUMENT;
}

/** Words opening a clause inside another ("said Clinton doesn't", "while Obama had"). */
const EMBEDDING = new Set(['that', 'while', 'because', 'if', 'as', 'when', 'although', 'though', 'since', 'whether', 'after', 'before', 'until']);

/** True when the subject at `start` belongs to a clause inside another: after a verb or a subordinator. */
function embedded(doc: NlpDocument, start: number): boolean {
  let b = start - 1;
  // Past a title ("Sen."), not past a capitalised opener ("While Obama had").
  while (b >= 0 && b > start - 4 && /^\p{Lu}/u.test(doc.tokens[b]?.text ?? '') && doc.tokens[b]?.pos !== 'VERB' && !EMBEDDING.has(doc.tokens[b]?.normal ?? '')) b--;
  const before = doc.tokens[b];
  if (!before || b < 0) return false;
  if (EMBEDDING.has(before.normal)) return true;
  if (!(before.pos === 'VERB' || before.pos === 'AUX') || !/^\p{Ll}/u.test(before.text)) return false;
  // "…,” said Smith": a cue after a quotation, a comma or a sentence's start is inverted,
  // and its subject follows; "Lee said Smith had" reports a clause whose subject is Smith.
  return !isCue(doc, b) || !(b === 0 || endsSentence(doc, b - 1) || /^[,”"’'—–]$/u.test(doc.tokens[b - 1]?.text ?? '') || doc.tokens[b - 1]?.pos === 'SPACE');
}

/** True when the phrase at `start` is the object of a preposition ("with Clinton", "of the Post"). */
function governedByPreposition(doc: NlpDocument, start: number): boolean {
  let b = start - 1;
  // Past the modifiers and a possessor ("to CBS News’ Charlie Rose").
  while (b >= 0 && b > start - 6 && (/^(DET|ADJ|PROPN|NOUN|NUM)$/u.test((doc.tokens[b] as Token).pos) || /^['’]s?$/u.test((doc.tokens[b] as Token).normal))) b--;
  return doc.tokens[b]?.pos === 'ADP';
}

/**
 * A plural common noun heading a subject ("Demonstrators said", "the officials told"); wink
 * tags a capitalised one opening a sentence as a name, whose lemma is then not reduced.
 */
function pluralSubject(doc: NlpDocument, i: number): boolean {
  const t = doc.tokens[i] as Token;
  // This runs on every token of the narration: the comparisons go before the regular expressions.
  const common = t.pos === 'NOUN' && t.normal !== t.lemma && t.normal.endsWith('s') && /^\p{Ll}/u.test(t.text);
  const opening = t.pos === 'PROPN' && t.text.endsWith('s') && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && (i === 0 || endsSentence(doc, i - 1) || doc.tokens[i - 1]?.pos === 'SPACE');
  if (!common && !opening) return false;
  const next = doc.tokens[i + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.text) && !next.normal.endsWith('ing');
}

/** Reads one pronoun against the salience of the moment. */
function readPronoun(pronoun: string, scores: ReadonlyMap<string, Salience>, entities: AnalysedEntities, genders: ReadonlyMap<number, Gender>): PronounReading {
  const weighed: WeighedReferent[] = [];
  for (const { referent, score, spoke } of scores.values()) {
    if (score < FLOOR) continue;
    const fit = agreement(pronoun, referent, entities, genders);
    if (fit > 0) weighed.push({ referent, score: Math.round(score * fit * 10) / 10, ...(spoke >= FLOOR ? { spoke: Math.round(spoke * 10) / 10 } : {}) });
  }
  weighed.sort((a, b) => b.score - a.score);
  return decide(weighed.slice(0, 4));
}

/**
 * Chooses among weighed referents, best first: the leader when it is salient enough and
 * leads the runner-up by the margin, otherwise nothing, with the reason.
 */
export function decide(candidates: WeighedReferent[]): PronounReading {
  const [best, second] = candidates;
  if (!best || best.score < LEAST) return { candidates, unresolved: 'no-candidate' };
  if (second && best.score < second.score * MARGIN) return { candidates, unresolved: 'too-close' };
  if (best.referent.kind === 'plural') return { candidates, unresolved: 'unnamed-group' };
  return { chosen: best.referent, candidates };
}

