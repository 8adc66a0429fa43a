import winkNLP from 'wink-nlp';
import { winkModel } from './wink-model.js';

/** The wink instance type, as wink's own typings name it. */
export type WinkEngine = ReturnType<typeof winkNLP>;

/** A mark of wink's lexicon size, taken before a read and rolled back to after it. */
export type LexiconMark = { readonly lexiconMark: true };

/**
 * What dossier's patch of wink-nlp 2.4.0 (`patches/wink-nlp+2.4.0.patch`, applied by
 * patch-package at install) adds to a wink instance. wink adds every unseen word to the model's
 * shared lexicon as it reads (wink-nlp#143): once "Okafor’s," has been read, a later "Okafor’s" is
 * a known lexeme, no longer split into "Okafor" + "’s", and the tagger sees other tokens. Rolling
 * the lexicon back after each document makes a document's tokens and tags depend on its own text
 * only, and keeps memory flat however many new words a corpus brings.
 */
interface LexiconRollback {
  markLexicon(): LexiconMark;
  rollbackLexicon(mark: LexiconMark): void;
}

let engine: (WinkEngine & LexiconRollback) | undefined;

function hasRollback(wink: WinkEngine): wink is WinkEngine & LexiconRollback {
  const patched = wink as Partial<LexiconRollback>;
  return typeof patched.markLexicon === 'function' && typeof patched.rollbackLexicon === 'function';
}

/**
 * The process-wide (or worker-wide) wink instance. A second `winkNLP(model)` in the same
 * process corrupts the model's custom-entity state (wink-eng-lite-web-model#2, wink-nlp#130),
 * so every caller shares this one, created on first use.
 *
 * @throws Error when wink-nlp lacks dossier's lexicon-rollback patch: without it reports would
 *   depend on the documents read before, so dossier refuses to run rather than answer wrongly.
 */
export function getWink(): WinkEngine {
  if (engine) return engine;
  // Only the pipe whose output is read: part-of-speech tags. Sentence ends (nlp/sentence-starts.ts)
  // and dates and times (nlp/temporal.ts) come from our own rules over the tokens, at a fraction
  // of the cost of wink's sentence and entity automata.
  const wink = winkNLP(winkModel() as unknown as Parameters<typeof winkNLP>[0], ['pos']);
  if (!hasRollback(wink)) {
    throw new Error('wink-nlp is not patched: dossier needs wink-nlp 2.4.0 with patches/wink-nlp+2.4.0.patch (applied by `npm install`)');
  }
  engine = wink;
  return engine;
}

/**
 * Runs `read` (which reads one document with `wink` and copies out everything it needs) and then
 * rolls wink's lexicon back to what it was before, whatever `read` did or threw. Nothing may be
 * read from wink's document after `read` returns: its new words are gone from the lexicon.
 */
export function readIsolated<T>(wink: WinkEngine, read: () => T): T {
  if (!hasRollback(wink)) throw new Error('wink-nlp is not patched: no lexicon rollback');
  const mark = wink.markLexicon();
  try {
    return read();
  } finally {
    wink.rollbackLexicon(mark);
  }
}
