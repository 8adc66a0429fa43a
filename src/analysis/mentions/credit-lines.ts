/**
 * The credit line that closes wire copy and many newspaper stories: "(Reporting by Soo-hyang
 * Choi in Seoul; Additional reporting by Ju-min Park; Editing by Gerry Doyle)", "Photos by …",
 * "Compiled by …". The names it lists are the journalists', people, although their given names
 * may be ones the reference data lacks (the feature `creditLine`).
 */
import type { Token } from '../../nlp/document.js';
import { LIST_JOINERS } from '../lexicon/clause-words.js';

/** What a credit line credits, before "by": the work done ("Reporting by", "Photos by"). */
const CREDITED_WORK = new Set([
  'reporting', 'editing', 'writing', 'compiled', 'compiling', 'edited', 'written', 'photo', 'photos', 'photographs',
  'photography', 'graphic', 'graphics', 'illustration', 'illustrations', 'video', 'translation', 'translated',
  'research', 'produced', 'production', 'interviews', 'text',
]);
/** What opens a credit inside a line: the bracket around the credits, or a semicolon between two. */
const CREDIT_OPENERS = new Set(['(', '[', ';', '--', '—', '–']);
/** Tokens read back from a name to the "by" of its credit: a few names with their places. */
const MAX_REACH = 16;

/** True when token `at` opens a credit: first on its line, or after a bracket, a semicolon or a dash. */
function opensCredit(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  if (at === 0 || !t.sameLine) return true;
  const before = tokens[at - 1] as Token;
  // "Additional reporting by", "Additional editing by".
  if (before.normal === 'additional') return opensCredit(tokens, at - 1);
  return CREDIT_OPENERS.has(before.text);
}

/**
 * True when the line that starts at token `start` is a credit line: in brackets ("(Reporting by
 * …; Editing by …)"), or opening with a credit ("Reporting by …", "Additional reporting by …").
 * Its capitalised words are names, not a headline's.
 */
export function creditLineAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start]?.text === '(' && tokens[end - 1]?.text === ')') return true;
  const work = tokens[start]?.normal === 'additional' ? start + 1 : start;
  return CREDITED_WORK.has(tokens[work]?.normal ?? '') && tokens[work + 1]?.normal === 'by';
}

/**
 * True when the name that starts at token `start` is one a credit line lists: right after
 * "Reporting by", "Editing by", "Photos by" … (the credit opening its line or following a
 * bracket, a semicolon or a dash: not "according to reporting by the Times" in a sentence), or
 * after a comma or "and" that joins it to such a name ("by Tim Kelly in Tokyo and Soo-hyang Choi").
 */
export function creditedName(tokens: readonly Token[], start: number): boolean {
  // "by Tim Kelly in Tokyo", "in Reno, Nev.": the journalist's town, and its state, are no
  // journalist; past an "and" another journalist may follow ("in Tokyo and Soo-hyang Choi").
  for (let k = start - 1; k >= 0 && start - k <= MAX_REACH && (tokens[k + 1] as Token).sameLine; k--) {
    const word = (tokens[k] as Token).normal;
    if (word === 'and' || word === 'by') break;
    if (word === 'in') return false;
  }
  for (let k = start - 1; k >= 0 && start - k <= MAX_REACH; k--) {
    if (!(tokens[k + 1] as Token).sameLine) return false;
    const t = tokens[k] as Token;
    if (t.normal === 'by') {
      const work = tokens[k - 1];
      return work !== undefined && t.sameLine && CREDITED_WORK.has(work.normal) && opensCredit(tokens, k - 1);
    }
    // Only names, their places and what joins them lie between the credit and a later name:
    // capitalised words, hyphens and the syllables they join ("Soo-hyang"), "in", "and", commas.
    const nameWord = /^\p{Lu}/u.test(t.text) || t.text === '-' || t.normal === 'in' || tokens[k - 1]?.text === '-';
    if (!nameWord && !LIST_JOINERS.has(t.normal)) return false;
  }
  return false;
}
