/**
 * Stage: typing. Decides for each candidate name whether it is a person, a place or an
 * organization, first from the features that fire for it under the typing model (evidence.ts,
 * typing-model.ts), then from the whole document, by the named rules of document-rules.ts.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import type { Candidate } from './candidate.js';
import { bestType, gatherEvidence, type Evidence } from './evidence.js';
import { applyDocumentRules } from './document-rules.js';
import { DEFAULT_MODEL, type TypingModel } from './typing-model.js';

export { initialsOf, nameParts, nameWords } from './name-parts.js';

/** A candidate with its evidence and the type finally chosen (undefined: not reported). */
export interface TypedCandidate extends Candidate {
  type: EntityType | undefined;
  evidence: Evidence;
}

/**
 * The typed form of a candidate. Every typed candidate is built here with the same fields in the
 * same order, whichever optional ones it has: the later stages then read one object shape, not
 * a dozen (V8 compiles code for the shapes it meets, and compiles again when a new one turns up).
 */
export function typedCandidate(c: Candidate, evidence: Evidence, type: EntityType | undefined): TypedCandidate {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    title: c.title,
    titleStart: c.titleStart,
    inCapsLine: c.inCapsLine,
    fullName: c.fullName,
    nested: c.nested,
    nameParts: c.nameParts,
    evidence,
    type,
  };
}

/** Types every candidate; candidates that are not names of a known kind get `type: undefined`. */
export function classifyCandidates(doc: NlpDocument, gazetteer: Gazetteer, candidates: Candidate[], model: TypingModel = DEFAULT_MODEL): TypedCandidate[] {
  const typed: TypedCandidate[] = candidates.map((c) => {
    const evidence = gatherEvidence(doc, gazetteer, c, model);
    // A demonym ("Russian") is an adjective: never an entity alone, whatever else fires.
    return typedCandidate(c, evidence, evidence.demonym ? undefined : bestType(evidence.scores));
  });
  applyDocumentRules(doc, gazetteer, typed, model);
  return splitPairedPeople(doc, typed);
}

/**
 * "(Dye & Hale, 2010)", "Carrano & Biewener's study": two people joined by "&" are read as one
 * run, which suits a firm ("Hale & Brandt"); typed a person, the run is the two people.
 */
function splitPairedPeople(doc: NlpDocument, typed: TypedCandidate[]): TypedCandidate[] {
  if (!typed.some((c) => c.type === 'person' && c.text.includes(' & '))) return typed;
  const out: TypedCandidate[] = [];
  for (const c of typed) {
    let amp = -1;
    // Only inside the name, between two of its words.
    if (c.type === 'person') for (let i = c.tokenStart + 1; i < c.tokenEnd - 1 && amp < 0; i++) if ((doc.tokens[i] as Token).text === '&') amp = i;
    if (amp < 0) {
      out.push(c);
      continue;
    }
    const left = doc.tokens[amp - 1];
    const right = doc.tokens[amp + 1];
    const last = doc.tokens[c.tokenEnd - 1];
    if (!left || !right || !last) {
      out.push(c);
      continue;
    }
    const first: Candidate = { ...c, end: left.end, text: doc.text.slice(c.start, left.end), tokenEnd: amp, nameParts: undefined, fullName: undefined };
    const second: Candidate = { ...c, start: right.start, text: doc.text.slice(right.start, last.end), tokenStart: amp + 1, title: undefined, titleStart: undefined, nameParts: undefined, fullName: undefined };
    out.push(typedCandidate(first, c.evidence, c.type), typedCandidate(second, c.evidence, c.type));
  }
  return out;
}
