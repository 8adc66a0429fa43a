/**
 * Who the reporter's own words present as speaking: the subjects of reporting verbs in the
 * narration ("Keane said the plan would fail", "Vickers, a councilman, told reporters", "“…,”
 * said Lena Ford"). A "he said" after a quotation most often goes on with the person just
 * reported as speaking, rather than with someone the reported speech is about ("Garrow will
 * lose, Keane said. “…,” he said": Keane, not Garrow).
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { subjectBefore } from './clause-subject.js';
import { clauseAfter } from './reporting-clause.js';
import { isCue, opensSentence } from './reporting-cue.js';

/** Words opening a clause inside another, whose speaker is not the narration's. */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'if', 'because', 'after', 'before', 'since', 'although', 'though', 'until', 'whether', 'that']);

/** Closing marks after which an inverted cue may stand ("“…,” said Keane"). */
const CLOSING = new Set(['”', '"', '’', "'"]);

/**
 * Marks the tokens of the subject of every reporting verb in the narration (`narrator` marks
 * the tokens outside quotations).
 */
export function reportedSpeakers(doc: NlpDocument, narrator: Uint8Array): Uint8Array {
  const marked = new Uint8Array(doc.tokens.length);
  for (let v = 0; v < doc.tokens.length; v++) {
    const t = doc.tokens[v] as Token;
    // A cue in lower case: wink tags a capitalised "Said" opening a sentence as a name.
    if (!narrator[v] || t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.text) || !isCue(doc, v)) continue;
    const before = doc.tokens[v - 1];
    // "Garrow's comments", "asked Keane to tell": a noun or an infinitive has no subject of its own.
    if (!before || /^['’]s?$/u.test(before.normal) || before.normal === 'to') continue;
    const sentence = doc.sentences[t.sentence];
    const floor = narrationStart(narrator, v, sentence ? sentence.firstToken : 0);
    const subject = opensClause(doc, v) ? clauseAfter(doc, v, narrationEnd(doc, narrator, v))?.speaker : subjectBefore(doc, v, floor);
    // Only a main clause's speaker: "when Keane asked" sets the scene for someone else's answer.
    if (!subject || SUBORDINATORS.has(doc.tokens[subject.start - 1]?.normal ?? '')) continue;
    for (let k = subject.start; k < subject.end; k++) marked[k] = 1;
  }
  return marked;
}

/**
 * True when the cue at `v` opens its clause, inverted: after a quotation's closing mark (and
 * its comma) or at a sentence's start (in text written in lower case: "said Keane:"). After a
 * comma alone it may follow an aside ("Garrow, who ran in 2012, blasted Keane"), whose object
 * is no speaker.
 */
function opensClause(doc: NlpDocument, v: number): boolean {
  let b = v - 1;
  if (doc.tokens[b]?.text === ',') b--;
  const before = doc.tokens[b];
  return !before || CLOSING.has(before.text) || opensSentence(doc, v, Math.max(0, v - 3));
}

/** The first token of the narration before `v` in its sentence (no further back than `first`). */
function narrationStart(narrator: Uint8Array, v: number, first: number): number {
  let j = v;
  while (j > first && narrator[j - 1]) j--;
  return j;
}

/** One past the last token of the narration's sentence from `i`, stopping at a quotation. */
function narrationEnd(doc: NlpDocument, narrator: Uint8Array, i: number): number {
  const sentence = doc.sentences[(doc.tokens[i] as Token).sentence];
  const last = sentence ? sentence.endToken : doc.tokens.length;
  let j = i;
  while (j < last && narrator[j]) j++;
  return j;
}
