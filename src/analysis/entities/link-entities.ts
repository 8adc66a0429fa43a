/**
 * Stage: canonical entities. Groups typed mentions into people, places and organizations:
 * surname-only mentions join the person named in full (the nearest one before, when two share
 * the surname), a shared given name never merges two people, places take their reference
 * name ("U.S." → "United States") and acronyms defined in brackets join their long form.
 */
import type { NlpDocument } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention, EntityType } from '../types.js';
import type { TypedCandidate } from '../mentions/classify-candidates.js';
import type { RankCandidate } from '../mentions/rank-mentions.js';
import { initialsOf } from '../mentions/classify-candidates.js';
import { placeNameAsWritten, placeResolver } from './place-context.js';
import { isAllCaps, titleCase } from '../mentions/letter-case.js';
import { personGender, personGenderLean } from './gender.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import { attach, newDraft, newEntity, nameWordsOf, toMention, type Draft } from './entity-drafts.js';
import { linkPeople } from './link-people.js';
import { CORPORATE_SUFFIXES, PARTY_PLURALS } from '../lexicon/cue-words.js';

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
 * initials ("IMF"), its first word ("Northgate" for "Northgate Financial Corp."), or the
 * nickname after a town ("Celtics" for "Boston Celtics"). A first word
 * the body uses more than once before the long name appears is an organization of its own:
 * "Amazon" said and did things before "Amazon Web Services, the cloud unit" came up. (A headline
 * may use the short form first: `bodyStart` is where the body begins.)
 */
function mergeShortForms(drafts: Draft[], bodyStart: number, gazetteer: Gazetteer): Draft[] {
  // Twice, at least: "Hartfield manager Ines Jensen" once before "Hartfield Athletic" is the club.
  const MIN_OWN_MENTIONS = 2;
  const byInitials = new Map<string, Draft>();
  const byFirstWord = new Map<string, Draft>();
  const byNickname = new Map<string, Draft | undefined>();
  for (const d of drafts) {
    if (!d.entity.name.includes(' ')) continue;
    byInitials.set(initialsOf(d.entity.name.split(/[\s-]+/)), d);
    const first = d.entity.name.split(' ')[0] as string;
    if (!byFirstWord.has(first)) byFirstWord.set(first, d);
    // "Boston Celtics", "the Washington Post": a town and a nickname, which goes alone ("the
    // Celtics", "the Post"); not when two bodies of the document share it ("the New York Times",
    // "the Los Angeles Times"), nor a chamber or a party every state has ("the Missouri Senate"
    // and "the Senate", "Nevada Democrats" and "Democrats" are often two).
    const space = d.entity.name.lastIndexOf(' ');
    const nickname = d.entity.name.slice(space + 1);
    if (SHARED_NICKNAMES.has(nickname.toLowerCase()) || !gazetteer.places(d.entity.name.slice(0, space)).some((p) => p.kind === 'city' || p.kind === 'region')) continue;
    byNickname.set(nickname, byNickname.has(nickname) ? undefined : d);
  }
  const kept: Draft[] = [];
  for (const d of drafts) {
    const short = d.entity.name.includes(' ') ? undefined : d.entity.name;
    const acronymOf = short === undefined ? undefined : byInitials.get(short.replace(/\./g, ''));
    const firstWordOf = short === undefined || acronymOf ? undefined : (byFirstWord.get(short) ?? byNickname.get(short));
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

/** Last words that many bodies share, one of each state or country: never a nickname standing alone for one. */
const SHARED_NICKNAMES: ReadonlySet<string> = new Set([...PARTY_PLURALS, 'senate', 'house', 'assembly', 'legislature', 'parliament', 'congress', 'council', 'government', 'party']);

/** A place's name reduced to its letters, in lower case ("Washington, D.C." → "washingtondc"). */
const spellingKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Joins places whose names differ only in stops, commas and spaces: "Washington, D.C." (the
 * city, read from "Washington") and "Washington DC" (the district, read from the "D.C." after
 * it) are one place, named as the first is.
 */
function mergeSpellings(drafts: Draft[]): Draft[] {
  const bySpelling = new Map<string, Draft>();
  const kept: Draft[] = [];
  for (const d of drafts) {
    const key = spellingKey(d.entity.name);
    const first = bySpelling.get(key);
    if (first) {
      for (const m of d.entity.mentions) attach(first, m);
      continue;
    }
    bySpelling.set(key, d);
    kept.push(d);
  }
  return kept;
}

/**
 * The key an organization's mention joins its body by: the name as written (title case in a line
 * of capitals), less a legal form when the document also names the body without it ("Orbis
 * Networks Inc" and "Orbis Networks" are one body, named the shorter way).
 */
function organizationKeys(organizations: readonly TypedCandidate[]): (c: TypedCandidate) => string {
  const written = (c: TypedCandidate): string => (c.inCapsLine ? titleCase(c.text) : c.text);
  // "NVIDIA" and "Nvidia": a body's name written in capitals and in lower case is one name, the
  // first written.
  const byLowerCase = new Map<string, string>();
  for (const c of organizations) {
    const name = written(c);
    if (!byLowerCase.has(name.toLowerCase())) byLowerCase.set(name.toLowerCase(), name);
  }
  return (c) => {
    const name = written(c);
    const short = withoutLegalForm(name);
    const key = short !== name && byLowerCase.has(short.toLowerCase()) ? short : name;
    return byLowerCase.get(key.toLowerCase()) ?? key;
  };
}

/** Legal forms written out, which close a body's name as its abbreviations do ("NVIDIA Corporation"). */
const LEGAL_FORMS_IN_FULL = new Set(['corporation', 'incorporated', 'limited', 'company']);

/** A body's name less the legal form that closes it, and a comma before that ("Northgate Holdings, Inc." → "Northgate Holdings"). */
function withoutLegalForm(name: string): string {
  const space = name.lastIndexOf(' ');
  const form = name.slice(space + 1).toLowerCase();
  if (space < 0 || !(CORPORATE_SUFFIXES.has(form) || LEGAL_FORMS_IN_FULL.has(form))) return name;
  return name.slice(0, space).replace(/,$/u, '');
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
    ...mergeSpellings(linkByKey(places, 'place', (c) => placeOf(c)?.name ?? placeNameAsWritten(c), placeOf)),
    ...mergeShortForms(linkByKey(ofType('organization'), 'organization', organizationKeys(ofType('organization'))), doc.paragraphs[1]?.start ?? 0, gazetteer),
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
      // The longest form; of two as long, one not in capitals ("HuffPollster", not "HUFFPOLLSTER").
      entity.name = [...forms].reduce((best, f) => (f.length > best.length || (f.length === best.length && isAllCaps(best) && !isAllCaps(f)) ? f : best), entity.name);
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
