/**
 * The evidence record of one candidate name: the features that fired for it (ids from
 * features.ts), what they add up to for each type under the typing model, and the facts the
 * document rules read (its title, the place it may be, whether it is a demonym or an event).
 */
import type { PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import { F } from './features.js';

/**
 * Scores per class. A type wins when it has the highest score and is not below `none`, the
 * score of not being an entity at all.
 */
export interface Scores {
  person: number;
  place: number;
  organization: number;
  none: number;
}

/** The evidence found for one candidate. */
export interface Evidence {
  scores: Scores;
  /** Ids of the features that fired, in the order they fired (a feature may fire twice). */
  fired: number[];
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
  /** The document rule that decided the type last, when one did (shown by --explain). */
  rule: string | undefined;
}

/**
 * Evidence with the given scores and nothing found yet. Every Evidence is made here, with all
 * its fields, so that the stages reading it see one object shape (V8 otherwise compiles the
 * readers for several shapes, and throws that code away as new shapes turn up).
 */
export function newEvidence(person = 0, place = 0, organization = 0): Evidence {
  return { scores: { person, place, organization, none: 0 }, fired: [], title: undefined, place: undefined, demonym: false, namedAfterPlace: false, event: false, located: false, rule: undefined };
}

/** Records that feature `id` fired for the candidate. */
export function fire(e: Evidence, id: number): void {
  e.fired.push(id);
}

/** Ties between a type and `none` go to the type. */
const TIE = 1e-9;

/** The winning type, or undefined when no type reaches the score of `none`. */
export function bestType(scores: Scores): EntityType | undefined {
  // Each class by name, in this order: a loop over the names was a keyed lookup each time.
  let best: EntityType | undefined;
  let bestScore = scores.none - TIE;
  if (scores.person > bestScore) {
    best = 'person';
    bestScore = scores.person;
  }
  if (scores.place > bestScore) {
    best = 'place';
    bestScore = scores.place;
  }
  if (scores.organization > bestScore) best = 'organization';
  return best;
}

/**
 * True when the name opens with a given name: a plain one, or one that is also a word before a
 * surname that is none ("Lena Ford", "Bill Vickers"; not "Christian Voice", "Peace Action"), as
 * the name's own features say.
 */
export function opensWithGivenName(e: Evidence): boolean {
  const { fired } = e;
  return fired.includes(F.givenNameFirst) || (fired.includes(F.ambiguousGivenNameFirst) && !fired.includes(F.commonWordLast) && !fired.includes(F.abstractNounLast));
}
