/**
 * Cues: the words that report speech ("said", "shot back", "told reporters", "according to"),
 * and where a cue's span ends. Asked of every token near a quotation, so answers are kept.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import { memoised } from './token-cache.js';
import { endsSentence } from './quote-context.js';
import { FRAMING_VERBS, PARTICLE_CUES, REPORTING_VERBS, isParticleCue, isReportingVerb, particleOf, reportingLemma } from './reporting-verbs.js';

function tok(doc: NlpDocument, i: number): Token | undefined {
  return doc.tokens[i];
}

/** The cue's character span: the verb plus a particle ("shot back") or "reporters" after "told". */
export function cueSpan(doc: NlpDocument, verb: number, limit: number): Span {
  const v = doc.tokens[verb] as Token;
  const next = tok(doc, verb + 1);
  let end = v.end;
  if (next && verb + 1 < limit) {
    const particles = PARTICLE_CUES.get(reportingLemma(v));
    const particle = particleOf(next);
    if (particles?.has(particle)) end = next.start + particle.length;
    else if (v.normal === 'according' && next.normal === 'to') end = next.end;
    else if (reportingLemma(v) === 'tell' && next.normal === 'reporters') end = next.end;
  }
  return { start: v.start, end };
}

/** The first token after a cue's span. */
export function tokenAfter(doc: NlpDocument, cue: Span, verb: number): number {
  let i = verb;
  while (i < doc.tokens.length && (doc.tokens[i] as Token).start < cue.end) i++;
  return i;
}

/** True when the token reports speech: a reporting verb or a verb with its particle. */
export function isCue(doc: NlpDocument, index: number): boolean {
  // Asked for the same tokens again and again, for every quotation near them.
  return memoised(doc, 'cue', index, cueAt);
}

function cueAt(doc: NlpDocument, index: number): boolean {
  const t = tok(doc, index);
  if (!t) return false;
  if (isReportingVerb(t)) return !afterDeterminer(doc, index);
  return isParticleCue(doc, index) || isAccordingTo(doc, index);
}

/** Words that open a noun phrase ("her" is left out: "have her ask"): a reporting word after one is a noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * "left the following comment:", "in his reply": a word wink tagged as a verb after a
 * determiner is the noun of the same spelling.
 */
function afterDeterminer(doc: NlpDocument, index: number): boolean {
  const before = tok(doc, index - 1);
  if (!before) return false;
  if (DETERMINERS.has(before.normal)) return true;
  return before.normal === 'following' && tok(doc, index - 2)?.normal === 'the';
}

/** True at "according" before "to". */
export function isAccordingTo(doc: NlpDocument, index: number): boolean {
  return tok(doc, index)?.normal === 'according' && tok(doc, index + 1)?.normal === 'to';
}

/** True for a present participle ("reminding", "adding"), which never opens an inverted attribution. */
export function participleAt(doc: NlpDocument, v: number): boolean {
  const t = doc.tokens[v] as Token;
  return t.normal.endsWith('ing') && !isAccordingTo(doc, v);
}

/**
 * A lower-case "-ing" form of a verb of speech, whatever wink tagged it ("promising", which it
 * may read as an adjective): after a quotation's comma it can only be a participle.
 */
export function participleOfReporting(doc: NlpDocument, v: number): boolean {
  const t = doc.tokens[v];
  if (!t || t.type !== 'word' || !/^\p{Ll}/u.test(t.text) || !t.normal.endsWith('ing')) return false;
  const lemma = reportingLemma(t);
  return REPORTING_VERBS.has(lemma) || FRAMING_VERBS.has(lemma);
}

/** Words that may open a sentence before an inverted verb ("But, said Smith,", "Then came"). */
const OPENERS = new Set(['ADV', 'CCONJ', 'SCONJ', 'PUNCT', 'SPACE']);

/** True when only adverbs, conjunctions and punctuation stand between the start of the sentence (or `start`) and the verb at `v`. */
export function opensSentence(doc: NlpDocument, v: number, start: number): boolean {
  for (let i = v - 1; i >= start; i--) {
    if (endsSentence(doc, i)) return true;
    if (!OPENERS.has((doc.tokens[i] as Token).pos)) return false;
  }
  return true;
}
