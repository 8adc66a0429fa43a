/**
 * The explanation of typing for `--explain`: for each candidate name, the features that fired,
 * their weights under the model, the scores, and the document rule that decided. Built only when
 * asked for; typing itself records integer feature ids only.
 */
import type { EntityExplanation, FiredFeature } from '../../report.js';
import type { TypedCandidate } from './classify-candidates.js';
import { featureDescription, featureName } from './features.js';
import { weightOf, type TypingModel } from './typing-model.js';

/** Rounds away float noise for display: weights are learned to three decimals. */
const tidy = (x: number): number => Math.round(x * 1000) / 1000 + 0;

/** Explanations of the typed candidates, in text order. */
export function explainTyping(typed: readonly TypedCandidate[], model: TypingModel): EntityExplanation[] {
  const cache = new Map<number, FiredFeature>();
  const feature = (id: number): FiredFeature => {
    let f = cache.get(id);
    if (!f) {
      f = { name: featureName(id), description: featureDescription(id), weights: { person: weightOf(model, id, 0), place: weightOf(model, id, 1), organization: weightOf(model, id, 2), none: weightOf(model, id, 3) } };
      cache.set(id, f);
    }
    return f;
  };
  return [...typed]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((c) => {
      const s = c.evidence.scores;
      return {
        mention: { start: c.start, end: c.end, text: c.text },
        type: c.type ?? null,
        features: c.evidence.fired.map(feature),
        scores: { person: tidy(s.person), place: tidy(s.place), organization: tidy(s.organization), none: tidy(s.none) },
        rule: c.evidence.rule ?? (c.evidence.demonym ? 'demonym' : null),
      };
    });
}
