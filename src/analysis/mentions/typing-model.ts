/**
 * The typing model: one table of weights, a row per feature (features.ts) and a column per class
 * (person, place, organization, none), in a flat typed array. A candidate's score for a class is
 * the sum of that column over the features that fired; document rules can be switched off by
 * name. The weights are learned from annotated text (`npm run train`, learned-weights.ts);
 * prior-weights.ts holds the hand-set weights the learning starts from.
 */
import { CLASS_COUNT, F, FEATURE_COUNT, featureName } from './features.js';
import type { Scores } from './evidence-record.js';
import { LEARNED_WEIGHTS } from './learned-weights.js';
export { PRIOR_WEIGHTS } from './prior-weights.js';


/** The weights and switches typing runs with. */
export interface TypingModel {
  /** FEATURE_COUNT × CLASS_COUNT weights, row by row. */
  readonly weights: Float64Array;
  /** Document rules switched off, by name (for measuring what each earns). */
  readonly disabledRules: ReadonlySet<string>;
}


/** A model from a table of rows by feature name; features missing from the table weigh nothing. */
export function modelFromTable(table: Readonly<Partial<Record<string, readonly number[]>>>, disabledRules: Iterable<string> = []): TypingModel {
  const weights = new Float64Array(FEATURE_COUNT * CLASS_COUNT);
  for (let id = 0; id < FEATURE_COUNT; id++) {
    const row = table[featureName(id)];
    if (row) for (let k = 0; k < CLASS_COUNT; k++) weights[id * CLASS_COUNT + k] = row[k] ?? 0;
  }
  return { weights, disabledRules: new Set(disabledRules) };
}

/** The model typing runs with unless told otherwise: the learned weights. */
export const DEFAULT_MODEL: TypingModel = modelFromTable(LEARNED_WEIGHTS);

/** The scores of the features that fired, under the model. */
export function scoreFeatures(model: TypingModel, fired: readonly number[]): Scores {
  const w = model.weights;
  let person = 0;
  let place = 0;
  let organization = 0;
  let none = 0;
  for (let i = 0; i < fired.length; i++) {
    const row = (fired[i] as number) * CLASS_COUNT;
    person += w[row] as number;
    place += w[row + 1] as number;
    organization += w[row + 2] as number;
    none += w[row + 3] as number;
  }
  return { person, place, organization, none };
}

/** A feature's weight for one class under the model. */
export function weightOf(model: TypingModel, feature: number, classIndex: number): number {
  return model.weights[feature * CLASS_COUNT + classIndex] as number;
}

/** The id of the feature that always fires. */
export const BIAS = F.bias;
