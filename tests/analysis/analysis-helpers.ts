/** Shared set-up for stage tests: one wink instance, fixture reference data. */
import { tokenize } from '../../src/nlp/tokenize.js';
import { getWink } from '../../src/nlp/wink.js';
import type { NlpDocument } from '../../src/nlp/document.js';
import { findCandidates } from '../../src/analysis/mentions/find-candidates.js';
import { classifyCandidates, type TypedCandidate } from '../../src/analysis/mentions/classify-candidates.js';
import { linkEntities } from '../../src/analysis/entities/link-entities.js';
import type { AnalysedEntities } from '../../src/analysis/types.js';
import { fixtureGazetteer, NEWS_FACTS } from './fixture-gazetteer.js';

export const gazetteer = fixtureGazetteer(NEWS_FACTS);

/** Tokenises a passage with the shared wink instance. */
export function doc(text: string): NlpDocument {
  return tokenize(getWink(), text);
}

/** Runs candidates and typing over a passage. */
export function typed(text: string): TypedCandidate[] {
  const d = doc(text);
  return classifyCandidates(d, gazetteer, findCandidates(d, gazetteer));
}

/** Runs the entity stages over a passage. */
export function entities(text: string): AnalysedEntities {
  const d = doc(text);
  return linkEntities(d, gazetteer, classifyCandidates(d, gazetteer, findCandidates(d, gazetteer)));
}
