/**
 * Evidence for one candidate name being a person, a place or an organization, gathered from the
 * name itself (cue words, reference data, shape) and from the words around it. All weights live
 * here, in one table, so the balance between cues can be read and tuned in one place.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import { HONORIFICS, ORGANIZATION_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS, ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/cue-words.js';
import type { Candidate } from './candidate.js';
import { isAllCaps, titleCase } from './letter-case.js';

/** Scores per type; the highest wins when it clears {@link MIN_SCORE}. */
export type Scores = Record<EntityType, number>;

/** Weight of each cue. */
export const WEIGHTS = {
  honorificTitle: 8,
  roleTitle: 5,
  organizationHead: 6,
  placeHead: 5,
  country: 7,
  bigCity: 5,
  city: 4,
  smallTown: 1.5,
  givenNameFirst: 3,
  lonePersonName: 1,
  placePreposition: 1.5,
  basedSuffix: 4,
  commaPlace: 2.5,
  reportingVerbAfter: 1.5,
  whoAfter: 2.5,
  acronym: 3,
  determinerBefore: 1.5,
  properRun: 1,
} as const;

/** Lowest winning score for a name to be reported at all. */
export const MIN_SCORE = 1;

const REPORTING_LEMMAS = new Set(['say', 'tell', 'add', 'explain', 'state', 'argue', 'claim', 'note', 'write', 'insist', 'ask', 'reply', 'recall', 'warn', 'tweet', 'testify', 'admit', 'acknowledge', 'believe', 'think']);

/** The evidence found for one candidate. */
export interface Evidence {
  scores: Scores;
  /** The title written before the name, in the run or just before it in lower case. */
  title?: string;
  /** Reference-data place the name may be, best first. */
  place?: PlaceRecord;
  /** True when the name is a demonym or nationality adjective ("Russian"): never an entity alone. */
  demonym: boolean;
  /** Human-readable reasons, for --explain. */
  reasons: string[];
}

function add(e: Evidence, type: EntityType, weight: number, reason: string): void {
  e.scores[type] += weight;
  e.reasons.push(`${reason} → ${type} +${weight}`);
}

/** Lower-case title words directly before the name ("president", "former senator"). */
function lowerCaseTitleBefore(doc: NlpDocument, c: Candidate): string | undefined {
  const start = c.titleStart ?? c.tokenStart;
  let i = start - 1;
  let hasRole = false;
  let first = start;
  while (i >= 0 && start - i <= 4) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== (doc.tokens[start] as Token).sentence) break;
    if (ROLE_NOUNS.has(t.normal)) hasRole = true;
    else if (!TITLE_MODIFIERS.has(t.normal) && !(t.pos === 'ADJ' || t.pos === 'PROPN')) break;
    first = i;
    i--;
  }
  if (!hasRole) return undefined;
  // Keep the title contiguous up to the name, and only when it ends in a role word.
  const before = doc.tokens[start - 1] as Token;
  if (!ROLE_NOUNS.has(before.normal)) return undefined;
  return doc.text.slice((doc.tokens[first] as Token).start, before.end);
}

/** Gathers evidence for a candidate from its words, reference data and context. */
export function gatherEvidence(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): Evidence {
  const e: Evidence = { scores: { person: 0, place: 0, organization: 0 }, demonym: false, reasons: [] };
  const tokens = doc.tokens;
  const words = tokens.slice(c.tokenStart, c.tokenEnd);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const lookup = c.inCapsLine || (isAllCaps(c.text) && c.text.length > 4) ? titleCase(c.text) : c.text;

  if (words.length === 1 && gazetteer.demonym(lookup)) {
    e.demonym = true;
    e.reasons.push('demonym');
  }

  // Titles: inside the run ("President Vladimir Putin") or just before it ("former senator").
  e.title = c.title ?? lowerCaseTitleBefore(doc, c);
  if (e.title) {
    const titleWords = e.title.toLowerCase().split(/\s+/);
    if (titleWords.some((w) => HONORIFICS.has(w))) add(e, 'person', WEIGHTS.honorificTitle, `honorific "${e.title}"`);
    else add(e, 'person', WEIGHTS.roleTitle, `title "${e.title}"`);
  }

  // Head words: English names are head-final ("Moscow State University"), or head-first with "of".
  if (ORGANIZATION_WORDS.has(last.normal)) add(e, 'organization', WEIGHTS.organizationHead, `ends in "${last.text}"`);
  else if (PLACE_WORDS.has(last.normal) && words.length > 1) add(e, 'place', WEIGHTS.placeHead, `ends in "${last.text}"`);
  const second = words[1];
  if (second?.text === 'of') {
    if (ORGANIZATION_WORDS.has(first.normal)) add(e, 'organization', WEIGHTS.organizationHead, `"${first.text} of"`);
    else if (PLACE_WORDS.has(first.normal)) add(e, 'place', WEIGHTS.placeHead, `"${first.text} of"`);
  }

  // Reference data.
  const places = gazetteer.places(lookup);
  const place = places[0];
  if (place) {
    e.place = place;
    const weight = place.kind === 'city' || place.kind === 'place'
      ? (place.population ?? 0) >= 1_000_000 ? WEIGHTS.bigCity : (place.population ?? 0) >= 100_000 ? WEIGHTS.city : WEIGHTS.smallTown
      : WEIGHTS.country;
    add(e, 'place', weight, `gazetteer ${place.kind} ${place.name}`);
  }
  const given = gazetteer.givenName(first.text);
  if (given && words.length >= 2 && !e.demonym) add(e, 'person', WEIGHTS.givenNameFirst, `given name "${first.text}"`);
  else if (given && words.length === 1) add(e, 'person', WEIGHTS.lonePersonName, `given name "${first.text}"`);

  // Shape.
  if (words.length === 1 && isAllCaps(first.text) && first.text.replace(/\W/g, '').length >= 2 && !place) {
    add(e, 'organization', WEIGHTS.acronym, 'acronym');
  }
  if (words.length >= 2 && words.every((w) => w.pos === 'PROPN' || w.text === '-' || w.text.endsWith('.'))) {
    add(e, 'person', WEIGHTS.properRun, 'run of proper nouns');
  }

  // Context before.
  const beforeIndex = (c.titleStart ?? c.tokenStart) - 1;
  const before = tokens[beforeIndex];
  if (before && before.sentence === first.sentence) {
    if (PLACE_PREPOSITIONS.has(before.normal)) add(e, 'place', WEIGHTS.placePreposition, `after "${before.text}"`);
    if (before.normal === 'the' && !e.title) {
      add(e, 'organization', WEIGHTS.determinerBefore, 'after "the"');
      e.scores.person -= WEIGHTS.determinerBefore;
    }
  }

  // Context after.
  const after = tokens[c.tokenEnd];
  const after2 = tokens[c.tokenEnd + 1];
  if (after && after.sentence === last.sentence) {
    if (after.text === '-' && after2?.normal === 'based') add(e, 'place', WEIGHTS.basedSuffix, '"-based"');
    if (after.text === ',' && after2 && gazetteer.places(after2.text).some((p) => p.kind !== 'city')) {
      add(e, 'place', WEIGHTS.commaPlace, `followed by ", ${after2.text}"`);
    }
    if (after.pos === 'VERB' && REPORTING_LEMMAS.has(after.lemma)) add(e, 'person', WEIGHTS.reportingVerbAfter, `"${after.text}" after`);
    const who = after.text === ',' ? after2 : after;
    if (who?.normal === 'who') add(e, 'person', WEIGHTS.whoAfter, '"who" after');
  }
  return e;
}

/** The winning type, or undefined when no type clears {@link MIN_SCORE}. */
export function bestType(scores: Scores): EntityType | undefined {
  let best: EntityType | undefined;
  let bestScore = MIN_SCORE - 1e-9;
  for (const type of ['person', 'place', 'organization'] as const) {
    if (scores[type] > bestScore) {
      best = type;
      bestScore = scores[type];
    }
  }
  return best;
}
