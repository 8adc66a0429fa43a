/**
 * Names of several words found once are found again wherever the article repeats them exactly,
 * including where the first pass cannot see a name: at the start of a sentence ("Heaven Sent
 * Gaming is…", where the tagger reads "Heaven" as a noun) or around a word the tagger calls a
 * verb ("Sent").
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { newCandidate, type Candidate } from './candidate.js';

/** Index of the token starting exactly at character `at`, or -1. */
function tokenStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < at) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === at ? lo : -1;
}

/**
 * The candidates plus a candidate for every further exact occurrence of a multi-word candidate's
 * text that no candidate covers yet, in text order. Occurrences must start and end on token
 * boundaries ("Heaven Sent Gaming" is not found inside "Heaven Sent Gamings").
 */
export function addRepeatedNames(doc: NlpDocument, candidates: Candidate[]): Candidate[] {
  const { tokens, text } = doc;
  const names = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.tokenEnd - c.tokenStart >= 2 && !c.inCapsLine && !names.has(c.text)) names.set(c.text, c);
  }
  if (names.size === 0) return candidates;
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.titleStart ?? c.tokenStart, c.tokenEnd);
  const added: Candidate[] = [];
  for (const [name, model] of names) {
    const length = model.tokenEnd - model.tokenStart;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const first = tokenStartingAt(tokens, at);
      if (first < 0) continue;
      const end = first + length;
      const last = tokens[end - 1];
      if (!last || last.end !== at + name.length) continue;
      if (covered.subarray(first, end).some((flag) => flag === 1)) continue;
      covered.fill(1, first, end);
      added.push(newCandidate({ start: at, end: at + name.length, text: name, tokenStart: first, tokenEnd: end, inCapsLine: false }));
    }
  }
  if (added.length === 0) return candidates;
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}
