import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink instance type, as wink's own typings name it. */
export type WinkEngine = ReturnType<typeof winkNLP>;

let engine: WinkEngine | undefined;

/**
 * The process-wide (or worker-wide) wink instance. A second `winkNLP(model)` in the same
 * process corrupts the model's custom-entity state (wink-eng-lite-web-model#2, wink-nlp#130),
 * so every caller shares this one, created on first use.
 */
export function getWink(): WinkEngine {
  // Only the pipes whose output is read: sentences and tags. Dates and times, the one thing read
  // of wink's entity recogniser, come from our own (nlp/temporal.ts) at a fraction of its cost.
  engine ??= winkNLP(model, ['sbd', 'pos']);
  return engine;
}
