/**
 * Whether a name stands as the subject of its clause, for the salience of the people it
 * names (discourse-salience.ts) and for which sentences tell a person's gender
 * (inferred-gender.ts).
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { isCue } from './reporting-cue.js';
import { ASIDE_DASHES } from '../lexicon/clause-words.js';

/** True when a verb follows the phrase (past adverbs, a bracket, a dashed aside or an appositive) or a cue precedes it ("said Smith"). */
export function isSubject(doc: NlpDocument, start: number, end: number): boolean {
  let j = end;
  if (doc.tokens[j]?.text === '(') {
    while (j < end + 10 && j < doc.tokens.length && doc.tokens[j]?.text !== ')') j++;
    j++;
  } else if (ASIDE_DASHES.has(doc.tokens[j]?.text ?? '')) {
    // "Clinton — who has called for higher taxes — lambasting the plan": past the aside.
    const dash = doc.tokens[j]?.text;
    let k = j + 1;
    while (k < j + 25 && k < doc.tokens.length && doc.tokens[k]?.text !== dash && !/^[.;!?]$/u.test(doc.tokens[k]?.text ?? '')) k++;
    if (doc.tokens[k]?.text === dash) j = k + 1;
  }
  if (doc.tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < j + 16 && k < doc.tokens.length && doc.tokens[k]?.text !== ',' && !/^[.;:!?]$/u.test(doc.tokens[k]?.text ?? '')) k++;
    if (doc.tokens[k]?.text === ',') j = k + 1;
  }
  // Past adverbs and a time ("Halvorsen on Wednesday called", "Lee last week said").
  while (j < doc.tokens.length && j < end + 20 && (/^(ADV|PART)$/u.test((doc.tokens[j] as Token).pos) || timeWord(doc, j) || (doc.tokens[j]?.pos === 'ADP' && timeWord(doc, j + 1)))) j++;
  const verb = doc.tokens[j];
  // Not before an infinitive: "called on Keane to resign" has Keane as its object.
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/^\p{Lu}/u.test(verb.text) && doc.tokens[j - 1]?.normal !== 'to') return true;
  // "said Sen. Ann Lee": a reporting verb before the name and its title.
  let b = start - 1;
  while (b > start - 4 && b >= 0 && /^\p{Lu}/u.test(doc.tokens[b]?.text ?? '') && doc.tokens[b]?.pos !== 'VERB') b--;
  return b >= 0 && isCue(doc, b) && !/^\p{Lu}/u.test((doc.tokens[b] as Token).text);
}

function timeWord(doc: NlpDocument, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && (t.temporal === 'DATE' || t.temporal === 'TIME');
}
