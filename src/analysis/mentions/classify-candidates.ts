/**
 * Stage: typing. Decides for each candidate name whether it is a person, a place or an
 * organization, first from its own evidence, then from the whole document: a word that is the
 * surname (or the unique given name) of a person named in full is that person; one written
 * form keeps one type; an acronym defined in brackets takes the type of what it abbreviates.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import type { Candidate } from './candidate.js';
import { EVENT_WORDS, ORGANIZATION_WORDS, PLACE_WORDS, TITLE_MODIFIERS } from '../lexicon/cue-words.js';
import { hasLetter, isAllCaps, titleCase } from './letter-case.js';
import { retypeSportsTeams } from './sports-teams.js';
import { typeListMembers } from './coordination.js';
import { bestType, gatherEvidence, WEIGHTS, type Evidence, type Scores } from './evidence.js';
import { bracketedAcronyms, spelledOutSomewhere, unitAcronyms } from './acronym-terms.js';

/** A candidate with its evidence and the type finally chosen (undefined: not reported). */
export interface TypedCandidate extends Candidate {
  type: EntityType | undefined;
  evidence: Evidence;
}

/**
 * The typed form of a candidate. Every typed candidate is built here with the same fields in the
 * same order, whichever optional ones it has: the later stages then read one object shape, not
 * a dozen (V8 compiles code for the shapes it meets, and compiles again when a new one turns up).
 */
export function typedCandidate(c: Candidate, evidence: Evidence, type: EntityType | undefined): TypedCandidate {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    title: c.title,
    titleStart: c.titleStart,
    inCapsLine: c.inCapsLine,
    fullName: c.fullName,
    nested: c.nested,
    nameParts: c.nameParts,
    evidence,
    type,
  };
}

/** How strongly a type must lead before a name's own evidence overrides the document's. */
const CONFIDENT = 4;
/** Person score of a full name sure enough to make its parts that person elsewhere. */
const PERSON_SURE = 3;
/** Lowest summed score with which the document's other mentions type an untyped one. */
const DOCUMENT_TYPE_MIN = 2.5;

/**
 * The name's words; in an ALL-CAPS line un-shouted, so "JORDAN" matches "Jordan" elsewhere.
 * Typing and linking ask for them several times each: the answer is kept with the candidate,
 * which is not otherwise changed once made.
 */
export function nameParts(c: Candidate, doc: NlpDocument): string[] {
  return c.fullName ?? (c.nameParts ??= readNameParts(c, doc));
}

function readNameParts(c: Candidate, doc: NlpDocument): string[] {
  const texts = doc.tokens.slice(c.tokenStart, c.tokenEnd).filter((t) => hasLetter(t.text)).map((t) => t.text);
  // "— NORTON I, Emperor…": a surname written in capitals is still that surname.
  return c.inCapsLine ? texts.map(titleCase) : texts.map((w) => (w.length > 3 && isAllCaps(w) ? titleCase(w) : w));
}

/** Surnames and given names of people named with two or more words. */
function personNameParts(typed: TypedCandidate[], doc: NlpDocument): { surnames: Map<string, number>; givenFrom: Map<string, number> } {
  // Each part maps to where the full name first appears: a part before it is not yet that person.
  const surnames = new Map<string, number>();
  const givenFrom = new Map<string, number>();
  for (const c of typed) {
    // Only people the text really marks as people (a title, a given name, a "said") lend their
    // surname to other mentions: a guessed "Classical Greece" must not make Greece a person.
    if (c.type !== 'person' || c.evidence.scores.person < PERSON_SURE) continue;
    // "Hilary of Poitiers", "Jāmé of Isfahan": what follows "of" is a place, not a surname.
    const all = nameParts(c, doc);
    const ofAt = all.indexOf('of');
    const parts = ofAt > 0 ? all.slice(0, ofAt) : all;
    if (ofAt > 0 && !givenFrom.has(parts[0] as string)) givenFrom.set(parts[0] as string, c.start);
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1] as string;
    if (!surnames.has(surname)) surnames.set(surname, c.start);
    const given = parts[0] as string;
    if (!givenFrom.has(given)) givenFrom.set(given, c.start);
  }
  return { surnames, givenFrom };
}

/**
 * First words of organizations named in full that a reader would use alone for them: the
 * company or club behind "Northgate Financial Corp." or "Ashford United", not "Bank" or "Royal".
 */
function organizationFirstWords(typed: TypedCandidate[], doc: NlpDocument, gazetteer: Gazetteer): Set<string> {
  const firstWords = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'organization' || c.evidence.scores.organization < PERSON_SURE) continue;
    const tokens = nameWords(doc, c);
    const first = tokens[0];
    if (tokens.length < 2 || !first || ORGANIZATION_WORDS.has(first.normal) || TITLE_MODIFIERS.has(first.normal)) continue;
    // "Republican" in "Republican National Committee", "General" in "General Motors": a common
    // word alone is an adjective or a noun again.
    if (first.pos !== 'PROPN' || /^\p{Lu}+$/u.test(first.text) || gazetteer.commonWord(first.text)) continue;
    // "Ohio" in "Ohio Department of Transportation" is still Ohio; "Ashford" in "Ashford United" is the club.
    // A state or country stays a place even so ("Florida" after "Florida Standards").
    const home = gazetteer.places(first.text);
    if (home.length && (!c.evidence.namedAfterPlace || home.some((p) => p.kind !== 'city'))) continue;
    firstWords.add(first.text);
  }
  return firstWords;
}

/** "Coron" in "Coron Island": the name part of two-word places that end in a place head word. */
function placeNamesBeforeHead(typed: TypedCandidate[], doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const c of typed) {
    const tokens = nameWords(doc, c);
    if (c.type !== 'place' || tokens.length !== 2) continue;
    const [name, head] = tokens as [Token, Token];
    if (PLACE_WORDS.has(head.normal) && !PLACE_WORDS.has(name.normal) && name.pos === 'PROPN') names.add(name.text);
  }
  return names;
}

function totalScores(typed: TypedCandidate[]): Map<string, Scores> {
  const totals = new Map<string, Scores>();
  for (const c of typed) {
    const sum = totals.get(c.text) ?? { person: 0, place: 0, organization: 0 };
    sum.person += c.evidence.scores.person;
    sum.place += c.evidence.scores.place;
    sum.organization += c.evidence.scores.organization;
    totals.set(c.text, sum);
  }
  return totals;
}

function margin(scores: Scores, type: EntityType): number {
  const others = (['person', 'place', 'organization'] as const).filter((t) => t !== type).map((t) => scores[t]);
  return scores[type] - Math.max(...others);
}

/** Types every candidate; candidates that are not names of a known kind get `type: undefined`. */
export function classifyCandidates(doc: NlpDocument, gazetteer: Gazetteer, candidates: Candidate[]): TypedCandidate[] {
  const typed: TypedCandidate[] = candidates.map((c) => {
    const evidence = gatherEvidence(doc, gazetteer, c);
    return typedCandidate(c, evidence, evidence.demonym ? undefined : bestType(evidence.scores));
  });

  const { surnames, givenFrom } = personNameParts(typed, doc);
  // "AK:" in an interview with Anna Kowalczyk: a person's initials stand for them.
  const personInitials = new Set(
    typed.filter((c) => c.type === 'person').map((c) => initialsOf(nameParts(c, doc))).filter((i) => i.length >= 2),
  );
  const acronyms = bracketedAcronyms(typed, doc);
  const units = unitAcronyms(typed, doc);
  const spelledOut = new Map<string, boolean>();
  const termAcronym = (acronym: string): boolean => {
    let answer = spelledOut.get(acronym);
    if (answer === undefined) spelledOut.set(acronym, (answer = spelledOutSomewhere(doc, acronym)));
    return answer;
  };
  const totals = totalScores(typed);
  const orgFirstWords = organizationFirstWords(typed, doc, gazetteer);
  const placeFirstWords = placeNamesBeforeHead(typed, doc);
  // The name words of events ("Phailin" in "Cyclone Phailin"), not the bodies that run them
  // ("FIFA" in "FIFA World Cup", nested-organizations.ts).
  const eventWords = new Set(
    typed
      .filter((c) => c.evidence.event && !c.inCapsLine)
      .flatMap((c) => nameWords(doc, c).map((t) => t.text).filter((w) => !EVENT_WORDS.has(w.toLowerCase()) && !gazetteer.places(w).length && !isAllCaps(w))),
  );

  for (const c of typed) {
    if (c.evidence.demonym) continue;
    const own = c.evidence.scores;
    const ownType = c.type;
    // A place is rarely sure of itself ("Jordan", "Georgia" are people's names too), unless the
    // text names where it lies ("Austin, Texas").
    const confident = ownType !== undefined && margin(own, ownType) >= CONFIDENT && (ownType !== 'place' || c.evidence.located === true);
    const parts = nameParts(c, doc);
    const lastWord = parts[parts.length - 1];
    // Once "Jordan Peterson" is a person, "Peterson" and "Jordan" are a person too, whatever the
    // gazetteer says (which person, when two share the name, is for entity linking to decide).
    if (parts.length === 1 && lastWord && !confident) {
      // A headline may name someone the body introduces in full only later.
      const introduced = (at: number | undefined): boolean => at !== undefined && (c.inCapsLine || at <= c.start);
      // A surname may come before the full name (a headline); a bare given name may not.
      const bySurname = surnames.has(lastWord);
      const byGivenName = introduced(givenFrom.get(lastWord));
      if (bySurname || byGivenName) {
        c.type = 'person';
        c.evidence.reasons.push('part of a person named in full');
        continue;
      }
    }
    // "Phailin" after "Cyclone Phailin": the storm again, not a person.
    if (parts.length === 1 && lastWord && !confident && eventWords.has(lastWord)) {
      c.type = undefined;
      c.evidence.reasons.push('name word of an event');
      continue;
    }
    // "Northgate" after "Northgate Financial Corp.", "Ashford" after "Ashford United".
    if (parts.length === 1 && lastWord && !confident && orgFirstWords.has(lastWord) && !surnames.has(lastWord)) {
      c.type = 'organization';
      c.evidence.reasons.push('first word of an organization named in full');
      continue;
    }
    // "Coron" after "Coron Island", "Yuma" after "Yuma County".
    if (parts.length === 1 && lastWord && !confident && placeFirstWords.has(lastWord) && !surnames.has(lastWord)) {
      c.type = 'place';
      c.evidence.reasons.push('name of a place named in full with its head word');
      continue;
    }
    if (parts.length === 1 && !confident && /^\p{Lu}{2,3}$/u.test(c.text) && personInitials.has(c.text) && !acronyms.has(c.text)) {
      c.type = 'person';
      c.evidence.reasons.push('initials of a person named in full');
      continue;
    }
    if (units.has(c.text) && !confident) {
      c.type = undefined;
      c.evidence.reasons.push('written after a number elsewhere: a unit');
      continue;
    }
    // Only an acronym with nothing but its capitals for it: "(AP)" after a dateline is the agency.
    const bareAcronym = /^\p{Lu}{2,5}$/u.test(c.text) && c.evidence.scores.organization <= WEIGHTS.acronym;
    if (!confident && bareAcronym && !acronyms.has(c.text) && !c.evidence.place && termAcronym(c.text)) {
      c.type = undefined;
      c.evidence.reasons.push('acronym of a lower-case term written out in the text');
      continue;
    }
    const acronymType = acronyms.get(c.text);
    if (acronymType !== undefined) {
      c.type = acronymType ?? undefined;
      c.evidence.reasons.push(acronymType ? 'acronym defined in brackets' : 'acronym of a lower-case term');
      continue;
    }
    if (confident) continue;
    const total = totals.get(c.text) as Scores;
    const documentType = bestType(total);
    // One weak cue elsewhere ("from Wikipedia") is not enough to type every mention of the name.
    if (documentType && documentType !== ownType && (ownType !== undefined || total[documentType] >= DOCUMENT_TYPE_MIN)) {
      c.type = documentType;
      c.evidence.reasons.push(`same name elsewhere is a ${documentType}`);
    }
  }
  typeListMembers(doc, typed);
  retypeSportsTeams(doc, typed);
  return typed;
}

/** The capitals of a name's words: ["Anna", "Kowalczyk"] → "AK". */
export function initialsOf(parts: readonly string[]): string {
  return parts.map((w) => w[0] ?? '').filter((l) => /\p{Lu}/u.test(l)).join('');
}

/** Token helper shared by later stages: the words of a name, letters only. */
export function nameWords(doc: NlpDocument, c: { tokenStart: number; tokenEnd: number }): Token[] {
  return doc.tokens.slice(c.tokenStart, c.tokenEnd).filter((t) => hasLetter(t.text));
}
