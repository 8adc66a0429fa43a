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
  // Only the pipe whose output is read: part-of-speech tags. Sentence ends (nlp/sentence-starts.ts)
  // and dates and times (nlp/temporal.ts) come from our own rules over the tokens, at a fraction
  // of the cost of wink's sentence and entity automata.
  engine ??= winkNLP(model, ['pos']);
  return engine;
}
