/**
 * Stage: canonical entities. Groups typed mentions into people, places and organizations:
 * surname-only mentions join the person named in full (the nearest one before, when two share
 * the surname), a shared given name never merges two people, places take their reference
 * name ("U.S." → "United States") and acronyms defined in brackets join their long form.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention, EntityType } from '../types.js';
import type { TypedCandidate } from '../mentions/classify-candidates.js';
import type { RankCandidate } from '../mentions/rank-mentions.js';
import { initialsOf, nameParts } from '../mentions/classify-candidates.js';
import { suffixOf, surnameOf } from '../mentions/name-parts.js';
import { placeNameAsWritten, placeResolver } from './place-context.js';
import { titleCase } from '../mentions/letter-case.js';
import { personGender, personGenderLean, titleGender } from './gender.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import { PLURAL_HONORIFICS } from '../lexicon/cue-words.js';
import { MIN_VARIANT_LENGTH, misspeltSurname } from './spelling-variant.js';

/** A name's words with the surname and generational suffix they give, read once per name. */
interface NameWords {
  words: string[];
  /** `surnameOf(words)`. */
  surname: string | undefined;
  /** `suffixOf(words)`. */
  suffix: string;
}

function nameWordsOf(words: string[]): NameWords {
  return { words, surname: surnameOf(words), suffix: suffixOf(words) };
}

interface Draft extends NameWords {
  entity: Entity;
  /** Name words of the fullest form, for matching later mentions. */
  words: string[];
  /** Start of the latest mention so far, -1 before the first. */
  lastSeen: number;
  /** Sentence of the latest mention so far, -1 before the first. */
  lastSentence: number;
  /** Start of the first mention, for telling the article's principal from a relative. */
  firstSeen: number;
  /**
   * Where the article first names this person unambiguously (in full, or by a surname an
   * honorific sets apart), even further on: a bare surname before any of them goes to the one
   * introduced first.
   */
  firstAnchor: number;
}

// Mentions and entities are made with every field, in one order, so that the quote stages that
// read them meet one object shape each (see typedCandidate).
function toMention(c: TypedCandidate, type: EntityType, byTitle = false): EntityMention {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    type,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    title: c.evidence.title || undefined,
    nested: c.nested ? true : undefined,
    byTitle: byTitle || undefined,
    entity: -1,
  };
}

function newEntity(type: EntityType, name: string): Entity {
  return { index: -1, type, name, aliases: [], titles: [], gender: undefined, genderLean: undefined, place: undefined, mentions: [] };
}

function newDraft(entity: Entity, name: NameWords, firstAnchor: number): Draft {
  return { entity, words: name.words, surname: name.surname, suffix: name.suffix, lastSeen: -1, lastSentence: -1, firstSeen: -1, firstAnchor };
}

function attach(draft: Draft, mention: EntityMention, sentence = -1): void {
  draft.entity.mentions.push(mention);
  draft.lastSeen = mention.start;
  draft.lastSentence = sentence;
  if (draft.firstSeen < 0) draft.firstSeen = mention.start;
  // "Sens. Ann Grove and Tom Vickers": each is a senator.
  const title = mention.title && (PLURAL_HONORIFICS.get(mention.title.toLowerCase()) ?? mention.title);
  if (title && !draft.entity.titles.some((t) => t.toLowerCase() === title.toLowerCase())) {
    draft.entity.titles.push(title);
  }
}

/**
 * Same person when the surnames agree and the given names do not contradict ("J." ~ "John"),
 * nor the generational suffixes: "Donald Trump Jr." is not "Donald J. Trump".
 */
function sameFullName(x: NameWords, y: NameWords): boolean {
  // Surname and suffix were read once per name: this runs for every pair of a mention and a person.
  if (x.surname !== y.surname || x.suffix !== y.suffix) return false;
  const a = x.words;
  const b = y.words;
  // "Von der Halde" is the end of "Greta von der Halde".
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  const tail = longer.slice(longer.length - shorter.length);
  if (shorter.length >= 2 && tail.every((w, i) => w.toLowerCase() === (shorter[i] as string).toLowerCase())) return true;
  const ga = (a[0] as string).replace(/\.$/, '');
  const gb = (b[0] as string).replace(/\.$/, '');
  return ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb));
}

/**
 * The people made so far, and the lists a mention looks them up in, each in the order the
 * people were made (the order a search of all of them would meet them in). Looked up by key, a
 * mention costs the same however many people the article names: searching all of them for each
 * mention was quadratic in a roll of thousands of names.
 */
interface PeopleIndex {
  all: Draft[];
  /** Every person by surname and suffix, which a full name must share ({@link sameFullName}). */
  bySurnameKey: Map<string, Draft[]>;
  /** People named by one word, by that word. */
  alone: Map<string, Draft[]>;
  /** People named in full, by surname and by given name: made once every full name is read. */
  bySurname: Map<string, Draft[]>;
  byGiven: Map<string, Draft[]>;
}

const surnameKey = (name: NameWords): string => `${name.surname ?? ''}\u0000${name.suffix ?? ''}`;

function listed<K>(map: Map<K, Draft[]>, key: K, d: Draft): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

function addPerson(index: PeopleIndex, d: Draft): Draft {
  index.all.push(d);
  listed(index.bySurnameKey, surnameKey(d), d);
  if (d.words.length === 1) listed(index.alone, d.words[0] as string, d);
  return d;
}

/** The first person a full name names, if any. */
function personNamed(index: PeopleIndex, name: NameWords): Draft | undefined {
  return index.bySurnameKey.get(surnameKey(name))?.find((d) => sameFullName(d, name));
}

function linkPeople(doc: NlpDocument, gazetteer: Gazetteer, people: TypedCandidate[]): Draft[] {
  const index: PeopleIndex = { all: [], bySurnameKey: new Map(), alone: new Map(), bySurname: new Map(), byGiven: new Map() };
  const full = people.filter((c) => nameParts(c, doc).length >= 2);
  // Full names first, so a surname mentioned before the full name still finds its person.
  for (const c of full) {
    const name = nameWordsOf(nameParts(c, doc));
    const words = name.words;
    const found = personNamed(index, name);
    if (found) {
      // (The surname and suffix stay: the two names share them.)
      if (words.length > found.words.length) Object.assign(found, name);
      found.firstAnchor = Math.min(found.firstAnchor, c.start);
    } else addPerson(index, newDraft(newEntity('person', words.join(' ')), name, c.start));
  }
  // Only one-word people are made from here on: the full names are final.
  for (const d of index.all) {
    listed(index.bySurname, d.surname as string, d);
    listed(index.byGiven, d.words[0] as string, d);
  }
  addSetApartSurnames(doc, gazetteer, people, index);
  for (const c of people) {
    const words = nameParts(c, doc);
    const mention = toMention(c, 'person');
    let target: Draft | undefined;
    if (words.length >= 2) {
      target = personNamed(index, nameWordsOf(words));
    } else {
      const word = words[0] ?? c.text;
      const bySurname = index.bySurname.get(word) ?? [];
      const byGiven = index.byGiven.get(word) ?? [];
      const alone = index.alone.get(word) ?? [];
      // "AK:" in an interview: the initials of the one person named so.
      const byInitials = /^\p{Lu}{2,3}$/u.test(word) ? index.all.filter((d) => d.words.length >= 2 && initialsOf(d.words) === word) : [];
      // "Mrs. Abernathy" is Linda, not Frank: an honorific's gender narrows the namesakes.
      const wanted = mention.title ? titleGender(mention.title) : undefined;
      // A bare surname may also mean the namesake an honorific sets apart ("Mr. Obama" beside
      // Michelle Obama), even one the article calls so only further on.
      const setApart = bySurname.length && !wanted ? alone.filter((d) => d.firstAnchor < Infinity) : [];
      const candidates = bySurname.length ? [...bySurname, ...setApart] : byGiven.length === 1 ? byGiven : byInitials.length === 1 ? byInitials : alone;
      const same = wanted ? candidates.filter((d) => draftGender(d, gazetteer) === wanted) : [];
      const notOpposite = wanted ? candidates.filter((d) => (draftGender(d, gazetteer) ?? wanted) === wanted) : [];
      // When the honorific rules out every namesake ("Mr. Obama" with only Michelle Obama named
      // in full), the mention is someone else of that surname.
      const pool = same.length ? same : notOpposite.length ? notOpposite : wanted ? alone : candidates;
      // Namesakes: one named in this sentence or the one before is meant; otherwise the one the
      // article introduced first, its principal ("O’Brien’s career" after his daughter spoke).
      const sentence = (doc.tokens[c.tokenStart] as Token).sentence;
      const recent = pool.filter((d) => d.lastSentence >= sentence - 1);
      target = recent.length === 1 ? recent[0] : (recent.length ? recent : pool).reduce<Draft | undefined>((best, d) => (!best || introduced(d) < introduced(best) ? d : best), undefined);
      target ??= misspeltPerson(index.all, word, wanted, gazetteer);
      target ??= addPerson(index, newDraft(newEntity('person', word), nameWordsOf([word]), Infinity));
    }
    attach(target as Draft, mention, (doc.tokens[c.tokenStart] as Token).sentence);
  }
  return index.all.filter((d) => d.entity.mentions.length > 0);
}

/**
 * "Halversen" when the article names only "Tyra Halvorsen": the one person named in full whose
 * surname the word misspells, unless an honorific says otherwise.
 */
function misspeltPerson(drafts: readonly Draft[], word: string, wanted: 'female' | 'male' | undefined, gazetteer: Gazetteer): Draft | undefined {
  if (word.length < MIN_VARIANT_LENGTH) return undefined;
  const named = drafts.filter((d) => d.words.length >= 2 && d.surname !== undefined);
  const surname = misspeltSurname(word, named.map((d) => d.surname as string));
  const bearers = named.filter((d) => d.surname === surname);
  const [only] = bearers;
  return bearers.length === 1 && (!wanted || (draftGender(only as Draft, gazetteer) ?? wanted) === wanted) ? only : undefined;
}

/** Where the article first brings a person in: their first mention, or their first anchor ahead. */
function introduced(d: Draft): number {
  return Math.min(d.firstSeen >= 0 ? d.firstSeen : Infinity, d.firstAnchor);
}

/**
 * Surnames an honorific sets apart from every namesake named in full ("Mr. Obama" when the
 * article names only Michelle Obama in full) belong to someone else of that surname. They are
 * found before any mention is linked, so that a bare "Obama" ahead of the first "Mr. Obama"
 * can be him too.
 */
function addSetApartSurnames(doc: NlpDocument, gazetteer: Gazetteer, people: readonly TypedCandidate[], index: PeopleIndex): void {
  for (const c of people) {
    const words = nameParts(c, doc);
    const wanted = c.evidence.title ? titleGender(c.evidence.title) : undefined;
    if (words.length !== 1 || !wanted) continue;
    const word = words[0] as string;
    const namesakes = index.bySurname.get(word) ?? [];
    if (!namesakes.length || namesakes.some((d) => (draftGender(d, gazetteer) ?? wanted) === wanted)) continue;
    const own = index.alone.get(word)?.[0];
    if (own) own.firstAnchor = Math.min(own.firstAnchor, c.start);
    else addPerson(index, newDraft(newEntity('person', word), nameWordsOf([word]), c.start));
  }
}

/** Gender a draft person's given name tells, if any. */
function draftGender(d: Draft, gazetteer: Gazetteer): 'female' | 'male' | undefined {
  const known = d.words.length >= 2 ? gazetteer.givenName(d.words[0] as string) : undefined;
  return known && known.gender !== 'both' ? known.gender : undefined;
}

function linkByKey(candidates: TypedCandidate[], type: EntityType, keyOf: (c: TypedCandidate) => string, placeOf: (c: TypedCandidate) => PlaceRecord | undefined = () => undefined): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const c of candidates) {
    const key = keyOf(c);
    let draft = byKey.get(key);
    if (!draft) {
      draft = newDraft(newEntity(type, key), nameWordsOf([key]), Infinity);
      const place = type === 'place' ? placeOf(c) : undefined;
      if (place) {
        draft.entity.place = { kind: place.kind };
        if (place.country) draft.entity.place.country = place.country;
        if (place.lat !== undefined && place.lon !== undefined) Object.assign(draft.entity.place, { lat: place.lat, lon: place.lon });
      } else if (type === 'place') draft.entity.place = { kind: 'place' };
      byKey.set(key, draft);
    }
    attach(draft, toMention(c, type));
  }
  return [...byKey.values()];
}


/**
 * Joins one-word organization names to the organization they stand for: an acronym spelling its
 * initials ("IMF"), or its first word ("Northgate" for "Northgate Financial Corp."). A first word
 * the body uses more than once before the long name appears is an organization of its own:
 * "Amazon" said and did things before "Amazon Web Services, the cloud unit" came up. (A headline
 * may use the short form first: `bodyStart` is where the body begins.)
 */
function mergeShortForms(drafts: Draft[], bodyStart: number): Draft[] {
  // Twice, at least: "Hartfield manager Ines Jensen" once before "Hartfield Athletic" is the club.
  const MIN_OWN_MENTIONS = 2;
  const byInitials = new Map<string, Draft>();
  const byFirstWord = new Map<string, Draft>();
  for (const d of drafts) {
    if (!d.entity.name.includes(' ')) continue;
    byInitials.set(initialsOf(d.entity.name.split(/[\s-]+/)), d);
    const first = d.entity.name.split(' ')[0] as string;
    if (!byFirstWord.has(first)) byFirstWord.set(first, d);
  }
  const kept: Draft[] = [];
  for (const d of drafts) {
    const short = d.entity.name.includes(' ') ? undefined : d.entity.name;
    const acronymOf = short === undefined ? undefined : byInitials.get(short.replace(/\./g, ''));
    const firstWordOf = short === undefined || acronymOf ? undefined : byFirstWord.get(short);
    const longFirst = firstWordOf?.entity.mentions[0]?.start ?? 0;
    const ownName = firstWordOf !== undefined && d.entity.mentions.filter((m) => m.start >= bodyStart && m.start < longFirst).length >= MIN_OWN_MENTIONS;
    const long = acronymOf ?? (ownName ? undefined : firstWordOf);
    if (long && long !== d) {
      for (const m of d.entity.mentions) attach(long, m);
      continue;
    }
    kept.push(d);
  }
  return kept;
}

/** Hyphens and the quotation marks around a nickname: marks between the words of a name. */
const MARKS_IN_NAMES = /[-"“”«»]/g;

/**
 * The name as the article writes it: a name put together from its words ("Jean Luc Garrow",
 * "Tomás El Zorro Vickers") is written "Jean-Luc Garrow" or "Tomás “El Zorro” Vickers" when a
 * mention spells it so.
 */
function writtenForm(forms: ReadonlySet<string>, name: string): string {
  for (const form of forms) {
    if (form !== name && form.replace(MARKS_IN_NAMES, ' ').split(/\s+/).filter(Boolean).join(' ') === name) return form;
  }
  return name;
}

/** A one-word nickname in quotation marks inside a name: Robert C. “Bobby” Scott. */
const ONE_WORD_NICKNAME = /^\S.*?\s["“]([\p{Lu}][\p{L}'’.-]*)["”]\s+(\S.*)$/u;

/**
 * The name a person goes by: one who is called by a one-word nickname set inside their name
 * ("Robert C. “Bobby” Scott", "Earvin “Magic” Johnson") is known by it ("Bobby Scott", as news and
 * reference works name them), and the full form stays an alias. A nickname of several words ("El
 * Chapo", "The Rock") is an epithet, not a given name, and the full form stays the name.
 */
function nameGoneBy(name: string): string {
  const m = ONE_WORD_NICKNAME.exec(name);
  return m ? `${m[1]} ${m[2]}` : name;
}

/**
 * "2nd Earl of Clare" after "John FitzGibbon,": a title of rank is a mention of its holder,
 * and one of their titles.
 */
function attachRanks(people: Draft[], ranks: readonly RankCandidate[]): void {
  for (const r of ranks) {
    const draft = people.find((d) => d.entity.mentions.some((m) => m.start === r.holder.start));
    if (!draft) continue;
    draft.entity.mentions.push(toMention(r, 'person', true));
    if (!draft.entity.titles.some((t) => t.toLowerCase() === r.text.toLowerCase())) draft.entity.titles.push(r.text);
  }
}

/**
 * Builds canonical entities from typed candidates (untyped ones are dropped) and from titles of
 * rank naming a person.
 */
export function linkEntities(doc: NlpDocument, gazetteer: Gazetteer, typed: TypedCandidate[], ranks: readonly RankCandidate[] = []): AnalysedEntities {
  const ofType = (type: EntityType): TypedCandidate[] => typed.filter((c) => c.type === type);
  const people = linkPeople(doc, gazetteer, ofType('person'));
  const places = ofType('place');
  const placeOf = placeResolver(places, gazetteer);
  attachRanks(people, ranks);
  const drafts = [
    ...people,
    ...linkByKey(places, 'place', (c) => placeOf(c)?.name ?? placeNameAsWritten(c), placeOf),
    ...mergeShortForms(linkByKey(ofType('organization'), 'organization', (c) => (c.inCapsLine ? titleCase(c.text) : c.text)), doc.paragraphs[1]?.start ?? 0),
  ];
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const d of drafts) {
    const entity = d.entity;
    entity.index = entities.length;
    entity.mentions.sort((a, b) => a.start - b.start);
    // A title of rank is one of the person's titles, not a form of their name.
    const forms = new Set(entity.mentions.filter((m) => !m.byTitle).map((m) => m.text));
    if (entity.type === 'person') {
      entity.name = nameGoneBy(writtenForm(forms, [...forms].reduce((best, f) => (f.split(/\s+/).length > best.split(/\s+/).length ? f : best), entity.name)));
      const gender = personGender(entity, gazetteer);
      if (gender) entity.gender = gender;
      else entity.genderLean = personGenderLean(entity, gazetteer);
    } else if (entity.type === 'organization') {
      entity.name = [...forms].reduce((best, f) => (f.length > best.length ? f : best), entity.name);
    }
    entity.aliases = [...forms].filter((f) => f !== entity.name);
    for (const m of entity.mentions) {
      m.entity = entity.index;
      mentions.push(m);
    }
    entities.push(entity);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
