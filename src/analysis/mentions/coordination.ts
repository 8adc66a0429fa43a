/**
 * Lists share a type: in "referendums in Crimea, Donetsk, Lugansk, Zaporozhye, and Kherson" the
 * names the gazetteer does not know are places like the ones around them; and in "Hamas and
 * Islamic Jihad" the unknown name is a body like its partner.
 */
import type { NlpDocument } from '../../nlp/document.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './classify-candidates.js';
import { EVENT_WORDS } from '../lexicon/cue-words.js';
import { F } from './features.js';

const SEPARATORS = new Set([',', 'and', 'or', '&']);
/**
 * What may stand between two members besides a separator: an article ("…, the Centre Party") and
 * the brackets of an abbreviation written after a member ("Forza Europa (FE), …").
 */
const LIST_FILLERS = new Set(['the', '(', ')']);
/** Most tokens between two members of one list: ") , the". */
const MAX_BETWEEN = 3;

/** Lead over `none` below which a member's own type yields to the list's: one weak cue. */
const WEAK_LEAD = 2.5;

/**
 * True when the member's own type rests on one weak cue ("Shiv Sena" opening with a given name).
 * A body the reference data knows is sure of itself: "Lena Ford and Tom Garrow, Twitter's
 * founders" lists two people and the firm after them.
 */
function weaklyTyped(c: TypedCandidate): boolean {
  // A body the list of organizations knows, or an acronym read as one ("Iran, ISIS and North
  // Korea"), keeps its type among places.
  if (c.type === 'organization' && (c.evidence.fired.includes(F.knownOrganization) || c.evidence.fired.includes(F.acronym))) return false;
  return c.type !== undefined && c.evidence.rule === undefined && c.evidence.scores[c.type] - c.evidence.scores.none < WEAK_LEAD;
}

/**
 * Score at or below which every type must lie for a member to refuse the list's type: a letter
 * alone weighs −6 against each; a name's event word alone, which the list may overrule ("the
 * Open Society Foundations"), leaves a body's head word above it.
 */
const REFUSAL = -5;

/**
 * True when the evidence rules out every type: "D" in "Attorney General Roy Cooper (D), McCrory's
 * opponent", a party's initial that the brackets make look like a listed abbreviation.
 */
function refused(c: TypedCandidate): boolean {
  const { scores } = c.evidence;
  return Math.max(scores.person, scores.place, scores.organization) <= REFUSAL;
}

/** An untyped name nothing speaks for or against: no reference data, no cue but "the". */
function bare(c: TypedCandidate): boolean {
  return c.type === undefined && c.evidence.fired.every((f) => f === F.bias || f === F.theBefore);
}

/**
 * "the two leading Republicans, Lena Ford and Tom Vickers": a common word in the plural names a
 * group, never one person, though persons follow it in apposition.
 */
function pluralCommonWord(c: TypedCandidate): boolean {
  return c.evidence.fired.includes(F.commonWords) && /\p{Ll}s$/u.test(c.text);
}

/** A person named in full with a plain given name. (A capitalised common word is no place either: "Lynchburg, VA, Republican front-runner …".) */
function fullPersonName(c: TypedCandidate): boolean {
  return c.type === 'person' && c.evidence.fired.includes(F.givenNameFirst);
}

/** Conjunctions that close a list before its last member. */
const CONJUNCTIONS = new Set(['and', 'or', '&']);

/**
 * True when `c` ends its group with a comma alone before it: "in Kessin, N.H., Lena Ford said"
 * joins a town, its state and the sentence's subject, which no conjunction makes a member.
 */
function unclosedLast(doc: NlpDocument, group: readonly TypedCandidate[], c: TypedCandidate): boolean {
  const previous = group[group.length - 2];
  if (group[group.length - 1] !== c || !previous) return false;
  return !doc.tokens.slice(previous.tokenEnd, c.titleStart ?? c.tokenStart).some((t) => CONJUNCTIONS.has(t.normal));
}

/** "beside the Westbury Palace, Mr. Keane and Mr. Vickers": a name ending in a place's or a body's head word is no person. */
function namedByHead(c: TypedCandidate): boolean {
  return c.evidence.fired.includes(F.placeHeadLast) || c.evidence.fired.includes(F.organizationHeadLast);
}

/** Groups of candidates written as one list ("A, B and C"). */
function lists(doc: NlpDocument, typed: TypedCandidate[]): TypedCandidate[][] {
  const groups: TypedCandidate[][] = [];
  let current: TypedCandidate[] = [];
  for (const c of typed) {
    const previous = current[current.length - 1];
    const between = previous ? doc.tokens.slice(previous.tokenEnd, c.titleStart ?? c.tokenStart) : [];
    // A bracket opening right before a name joins it only when no word follows the name inside:
    // an abbreviation ("Forza Europa (FE), …", "(FE; a liberal party)"), not an aside ("New
    // Hampshire (Lena Ford in 1992)").
    const aside = between[between.length - 1]?.text === '(' && doc.tokens[c.tokenEnd]?.type === 'word';
    // "in rural Lewisburg, Pa., Nega traveled": a state abbreviated after its town closes the
    // town's name; what follows its comma is the sentence going on, no third member.
    const afterState = previous?.evidence.fired.includes(F.stateAbbreviation) === true;
    const joined = previous !== undefined && !aside && !afterState && between.length > 0 && between.length <= MAX_BETWEEN && between.some((t) => SEPARATORS.has(t.normal) || t.text === '(') && between.every((t) => SEPARATORS.has(t.normal) || LIST_FILLERS.has(t.normal));
    if (!joined) {
      if (current.length > 1) groups.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

/**
 * Gives untyped members of a list of three or more the type most of the list has, when at least
 * two members agree on it; and an unknown name paired with a body by "and" the body's type.
 */
export function typeListMembers(doc: NlpDocument, typed: TypedCandidate[]): void {
  for (const group of lists(doc, typed)) {
    if (group.length === 2) typeBodyPair(doc, group);
    if (group.length < 3) continue;
    const counts = new Map<EntityType, number>();
    for (const c of group) if (c.type) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    const [type, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    // One member sure of its type will do where every other member is a bare unknown name, with
    // nothing for or against it ("Vardeko, Shimrel, the Vostra Party and Degravo"): the list
    // says what they are.
    const agreed = count !== undefined && count >= 2 && count * 2 >= group.length;
    const vouched = group.some((c) => c.type === type && !weaklyTyped(c)) && group.every((c) => c.type === type || bare(c));
    if (!type || !count || (!agreed && !vouched)) continue;
    for (const c of group) {
      // "Popular Alternative (AP), the Centrists for Europe (CpE), Italy …": a name in brackets
      // in a list of places is a body's short name or a person's, not a place the list gives.
      // In a list of people, a place or a word there is a player's club or town ("Jon Callard
      // (Bath), Tony Keane (Leicester, captain)"); an unknown name may be an actor's role.
      const inBrackets = doc.tokens[c.tokenStart - 1]?.text === '(' && (doc.tokens[c.tokenEnd]?.text === ')' || (type === 'person' && doc.tokens[c.tokenEnd]?.text === ','));
      const bracketed = inBrackets && (type === 'place' || (type === 'person' && (c.evidence.place !== undefined || c.evidence.fired.includes(F.commonWords))));
      if (bracketed || (c.type && !weaklyTyped(c)) || refused(c) || c.evidence.demonym || namedEvent(c) || (type === 'person' && (pluralCommonWord(c) || namedByHead(c))) || (type === 'place' && (fullPersonName(c) ? unclosedLast(doc, group, c) : c.evidence.fired.includes(F.commonWords)))) continue;
      c.type = type;
      c.evidence.rule = 'list-members';
    }
  }
}

/** Cues an unknown name of common words brings and nothing else ("Planned Parenthood"). */
const NAME_OF_WORDS = new Set([F.bias, F.theBefore, F.commonWords]);

/**
 * Two names joined by "and" or "or", one a body sure of its type and the other unknown, are two
 * bodies: "Hamas and Islamic Jihad", "Planned Parenthood and the ACLU". The unknown one must be
 * bare, or several common words that nothing else speaks for: a surname alone ("the ACLU and
 * Smith") is no body.
 */
function typeBodyPair(doc: NlpDocument, pair: readonly TypedCandidate[]): void {
  const [a, b] = pair as [TypedCandidate, TypedCandidate];
  if (!doc.tokens.slice(a.tokenEnd, b.titleStart ?? b.tokenStart).some((t) => CONJUNCTIONS.has(t.normal))) return;
  for (const [body, other] of [[a, b], [b, a]] as const) {
    if (body.type !== 'organization' || weaklyTyped(body) || other.type !== undefined) continue;
    const words = other.tokenEnd - other.tokenStart >= 2 && other.evidence.fired.every((f) => NAME_OF_WORDS.has(f));
    if (!bare(other) && !words) continue;
    other.type = 'organization';
    other.evidence.rule = 'list-members';
  }
}

/**
 * An event listed among places ("the Westbury Film Festival, Westbury, Kent;", "the Festival of
 * Westbury") stays an event; a body or people named after one ("Sons of the American
 * Revolution", "Open Harbour Foundation") take the list's type.
 */
function namedEvent(c: TypedCandidate): boolean {
  if (!c.evidence.event) return false;
  const words = c.text.toLowerCase().split(' ');
  const head = words[0] as string;
  const last = words[words.length - 1] as string;
  const headFirst = words.includes('of');
  if (EVENT_WORDS.has(last)) return !(headFirst && head.endsWith('s') && !EVENT_WORDS.has(head));
  return headFirst && EVENT_WORDS.has(head);
}
