/**
 * The weights of the cues that type a candidate name, and the evidence record they add up in.
 * All weights live in this one table, so the balance between cues can be read and tuned in one place.
 */
import type { PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';

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
  ambiguousGivenName: 1.5,
  lonePersonName: 1,
  placePreposition: 1.5,
  basedSuffix: 4,
  commaPlace: 2.5,
  reportingVerbAfter: 1.5,
  whoAfter: 2.5,
  acronym: 3,
  determinerBefore: 1.5,
  properRun: 1,
  teamName: 5,
  camelCase: 3,
  knownOrganization: 3,
  subjectOfVerb: 1,
  commonWordPenalty: 2,
  eventPenalty: 6,
  indefiniteArticle: 4,
  apposition: 4,
  organizationNounBefore: 3,
  nounAfter: 3,
  passiveAgent: 1,
  personPossession: 2.5,
  qualifiedPlace: 4,
  roleApposition: 4,
  personObject: 2,
  affiliation: 2,
  placeNounOf: 4,
  motionTo: 1.5,
} as const;

/** Lowest winning score for a name to be reported at all. */
export const MIN_SCORE = 1;

/** The evidence found for one candidate. */
export interface Evidence {
  scores: Scores;
  /** The title written before the name, in the run or just before it in lower case. */
  title?: string;
  /** Reference-data place the name may be, best first. */
  place?: PlaceRecord;
  /** True when the name is a demonym or nationality adjective ("Russian"): never an entity alone. */
  demonym: boolean;
  /** True for a team or company named after its home ("Ashford United"): its first word stands for it. */
  namedAfterPlace?: boolean;
  /** True for the name of an event, storm or war ("Cyclone Phailin"): its name word alone is that event too. */
  event?: boolean;
  /** True for a place written with the region or country it lies in ("Austin, Texas"): no one's name there. */
  located?: boolean;
  /** Human-readable reasons, for --explain. */
  reasons: string[];
}

/**
 * Evidence with the given scores and nothing found yet. Every Evidence is made here, with all
 * its fields, so that the stages reading it see one object shape (V8 otherwise compiles the
 * readers for several shapes, and throws that code away as new shapes turn up).
 */
export function newEvidence(person = 0, place = 0, organization = 0): Evidence {
  return { scores: { person, place, organization }, title: undefined, place: undefined, demonym: false, namedAfterPlace: false, event: false, located: false, reasons: [] };
}

/** Adds a cue's weight to a type's score and records the reason. */
export function add(e: Evidence, type: EntityType, weight: number, reason: string): void {
  e.scores[type] += weight;
  e.reasons.push(`${reason} → ${type} +${weight}`);
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
