/**
 * What the whole document says of each written form of a name, for the rule that one written
 * form keeps one type (document-rules.ts, "same-name-elsewhere"): its scores summed over its
 * mentions, and the types its mentions take on their own.
 */
import type { TypedCandidate } from './classify-candidates.js';
import type { Scores } from './evidence-record.js';
import type { EntityType } from '../types.js';
import { CONTEXT_FEATURES, FEATURE_LIST } from './features.js';
import { scoreFeatures, type TypingModel } from './typing-model.js';

/**
 * Each written form's scores over the document: what the name itself says, averaged over its
 * mentions (a given name written five times is one given name), and what its contexts say, each
 * kind of context once however often it recurs ("shares of Varnosco" once outweighs three
 * "Varnosco said"; "Google said" seven times is still one cue against the listed company);
 * `none`, the threshold, averaged too.
 */
export function totalScores(typed: TypedCandidate[], model: TypingModel): Map<string, Scores> {
  const own = new Map<string, Scores>();
  const counts = new Map<string, number>();
  const contexts = new Map<string, Set<number>>();
  for (const c of typed) {
    const name = own.get(c.text) ?? { person: 0, place: 0, organization: 0, none: 0 };
    const seen = contexts.get(c.text) ?? new Set<number>();
    const fired = c.evidence.fired.filter((id) => CONTEXT_IDS[id]);
    for (const id of fired) seen.add(id);
    // The name's own part is what its context leaves of its scores; `none`, the threshold, whole.
    const context = scoreFeatures(model, fired);
    name.person += c.evidence.scores.person - context.person;
    name.place += c.evidence.scores.place - context.place;
    name.organization += c.evidence.scores.organization - context.organization;
    name.none += c.evidence.scores.none;
    own.set(c.text, name);
    contexts.set(c.text, seen);
    counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  }
  const totals = new Map<string, Scores>();
  for (const [text, name] of own) {
    const n = counts.get(text) as number;
    // Each kind once: counting "in Tabennese" seven times as seven cues was tried, and so was a
    // logarithm of the count; both let a weak cue repeated outvote the name's own evidence.
    const context = scoreFeatures(model, [...(contexts.get(text) as Set<number>)]);
    totals.set(text, { person: name.person / n + context.person, place: name.place / n + context.place, organization: name.organization / n + context.organization, none: name.none / n });
  }
  return totals;
}

const CONTEXT_IDS = FEATURE_LIST.map(([name]) => CONTEXT_FEATURES.has(name));

/** The types the mentions of each written form take before the document rules, `undefined` for a mention left untyped. */
export function typesByForm(typed: readonly TypedCandidate[]): Map<string, Set<EntityType | undefined>> {
  const types = new Map<string, Set<EntityType | undefined>>();
  for (const c of typed) {
    const set = types.get(c.text);
    if (set) set.add(c.type);
    else types.set(c.text, new Set([c.type]));
  }
  return types;
}
