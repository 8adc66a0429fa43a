/**
 * Resolves the words naming a speaker ("Sen. Maria Ortega", "she", "the senator", "a White
 * House spokeswoman", "the White House") to an entity of the article where the text allows,
 * running the speaker sieves in order (speaker-sieves.ts), and otherwise keeps the words as
 * written.
 */
import type { NlpDocument, Span } from '../../nlp/document.js';
import type { AnalysedEntities, SpeakerFinding } from '../types.js';
import { type DiscourseModel, discourseModel } from './discourse-salience.js';
import type { TokenRange } from './quote-context.js';
import { span } from './speaker-phrase.js';
import { type ResolvedSpeaker, SPEAKER_SIEVES, type SpeakerContext } from './speaker-sieves.js';

/**
 * The context the sieves share for one document: its salience model (built on first use,
 * from the quotations `quoted`) and the sieves switched off.
 */
export function speakerContext(doc: NlpDocument, entities: AnalysedEntities, quoted: readonly Span[], disabled: ReadonlySet<string> = new Set()): SpeakerContext {
  let model: DiscourseModel | undefined;
  return {
    discourse: () => (model ??= discourseModel(doc, entities, quoted)),
    disabled,
    quoted,
  };
}

/** Resolves a speaker phrase and tells which sieve settled it. */
export function resolveSpeakerExplained(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange, context: SpeakerContext): ResolvedSpeaker {
  const words = span(doc, range);
  const asWritten = doc.text.slice(words.start, words.end);
  const input = {
    doc,
    entities,
    range,
    words,
    asWritten,
    context,
    resolve: (other: TokenRange) => resolveSpeakerExplained(doc, entities, other, context),
  };
  for (const sieve of SPEAKER_SIEVES) {
    if (context.disabled.has(sieve.name)) continue;
    const found = sieve.run(input);
    if (found) return { ...found, sieve: sieve.name };
  }
  return { speaker: { name: asWritten, mention: words }, sieve: 'as-written' };
}

/**
 * Resolves a speaker phrase to a {@link SpeakerFinding}. Without a context, pronouns are read
 * against a salience model of the document with no quotations known.
 */
export function resolveSpeaker(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange, context?: SpeakerContext): SpeakerFinding {
  return resolveSpeakerExplained(doc, entities, range, context ?? speakerContext(doc, entities, [])).speaker;
}
