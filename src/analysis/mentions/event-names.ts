/**
 * Names that stand inside the name of an event or a case rather than for themselves: the place
 * of a dated election ("the 1992 Ruritania general election", "the 2008 United States Senate
 * election in Michigan") and the parties of a court case ("Roe v. Wade"). Detectors for the
 * `datedElection` and `courtCase` features (evidence-context.ts).
 */
import type { Token } from '../../nlp/document.js';
import { ELECTION_WORDS } from '../lexicon/cue-words.js';

const CAPITALISED_WORD = /^\p{Lu}/u;

/** A year as written before an event's name ("1992"). */
const YEAR = /^(?:1[6-9]|20)\d\d$/u;
/** Words an election's name may hold between its place and "election" ("general", "Senate", "House of Representatives"). */
const MAX_ELECTION_QUALIFIERS = 4;

/**
 * "the 1992 Ruritania general election", "in 2004 Ruritania Senate elections": a place between a
 * year and a vote names the event, not where something happens.
 */
export function datedElection(tokens: readonly Token[], start: number, end: number): boolean {
  if (electionTitleBefore(tokens, start)) return true;
  if (!YEAR.test(tokens[start - 1]?.text ?? '')) return false;
  for (let i = end; i < tokens.length && i <= end + MAX_ELECTION_QUALIFIERS; i++) {
    const t = tokens[i] as Token;
    if (ELECTION_WORDS.has(t.normal)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'NUM' || t.pos === 'DET') return false;
  }
  return false;
}

/**
 * True when the name at `start` ends the title of a dated election after "in" ("the 2008
 * Ruritania Senate election in Westria", "1999 European Parliament election in the United
 * Kingdom"): the title names the vote, whose place is part of it. A vote described in lower case
 * or by one word ("the 2016 presidential election in Ohio", "the 2010 Senate election in
 * Florida") keeps its place.
 */
function electionTitleBefore(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (tokens[i]?.normal === 'the') i--;
  if (tokens[i]?.normal !== 'in' || !ELECTION_WORDS.has(tokens[i - 1]?.normal ?? '')) return false;
  let capitalised = 0;
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_TITLE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (YEAR.test(t.text)) return capitalised >= MIN_TITLE_WORDS;
    if (!CAPITALISED_WORD.test(t.text) && !ELECTION_WORDS.has(t.normal)) return false;
    capitalised++;
  }
  return false;
}

/** Fewest capitalised words of such a title: a news story's "the 2010 Senate election in Ohio" keeps its place. */
const MIN_TITLE_WORDS = 2;

/** Most words between the year and the election word of an election's title ("United States Senate"). */
const MAX_TITLE_WORDS = 5;

/** True when the name [start, end) stands before or after the "v." of a court case between two capitalised names. */
export function courtCaseParty(tokens: readonly Token[], start: number, end: number): boolean {
  const versus = (t: Token | undefined) => t !== undefined && t.normal === 'v.';
  const named = (t: Token | undefined) => t !== undefined && CAPITALISED_WORD.test(t.text);
  return (versus(tokens[end]) && named(tokens[end + 1])) || (versus(tokens[start - 1]) && named(tokens[start - 2]));
}
