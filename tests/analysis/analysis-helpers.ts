/** Shared set-up for stage tests: one wink instance, fixture reference data. */
import { tokenize } from '../../src/nlp/tokenize.js';
import { getWink } from '../../src/nlp/wink.js';
import type { NlpDocument } from '../../src/nlp/document.js';
import type { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { findCandidates } from '../../src/analysis/mentions/find-candidates.js';
import { classifyCandidates, type TypedCandidate } from '../../src/analysis/mentions/classify-candidates.js';
import { linkEntities } from '../../src/analysis/entities/link-entities.js';
import type { AnalysedEntities } from '../../src/analysis/types.js';
import { findCaseLines } from '../../src/analysis/mentions/letter-case.js';
import type { Context } from '../../src/analysis/mentions/name-words.js';
import { fixtureGazetteer, NEWS_FACTS } from './fixture-gazetteer.js';

export const gazetteer = fixtureGazetteer(NEWS_FACTS);

/** Tokenises a passage with the shared wink instance. */
export function doc(text: string): NlpDocument {
  return tokenize(getWink(), text);
}

/** Runs candidates and typing over a passage with reference data of the test's own. */
export function typedWith(data: Gazetteer, text: string): TypedCandidate[] {
  const d = doc(text);
  return classifyCandidates(d, data, findCandidates(d, data));
}

/** The typed candidate written `name` in a passage, under reference data of the test's own. */
export function candidateWith(data: Gazetteer, text: string, name: string): TypedCandidate | undefined {
  return typedWith(data, text).find((c) => c.text === name);
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

/** What finding name words reads of a passage, as find-candidates.ts gathers it (no lower-case words). */
export function nameContext(text: string, facts: Gazetteer = gazetteer): Context {
  const d = doc(text);
  const lines = findCaseLines(d);
  return { doc: d, gazetteer: facts, capsLines: lines.caps, titleCaseLines: lines.titleCase, lowerCaseWords: new Set(), nameWord: new Uint8Array(d.tokens.length) };
}
