/**
 * Where sentences start inside a line. dossier reads news copy, where a line break already ends
 * most sentences (tokenize.ts handles those); inside a line a sentence ends at a full stop,
 * question or exclamation mark, past the closing quotes and brackets that follow it, when the
 * next word does not continue in lower case. An abbreviation's full stop ("U.S.", "Ala.", "p.m.")
 * ends a sentence only before a pronoun, article or conjunction: "in the U.S. They said" but
 * "the U.S. Senate". wink's sentence-boundary pipe follows much the same rules; these run over
 * the tokens dossier already has, at a fraction of that pipe's cost, and keep whole what wink
 * cut: a web address ("podiobooks.com"), a quotation closed by two apostrophes ('' '').
 */
import type { Token } from './document.js';
import { codeAt } from '../support/code-unit.js';

/** Closing marks that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', ')', ']', '}', '»', '›']);
/** Marks that close or open depending on where they stand. */
const STRAIGHT_QUOTES = new Set(['"', "'", "''", '`', '``']);
/** Tokens that end a sentence outright; an ellipsis more often trails off inside one. */
const END_MARK = /^(?:\.|[!?]+)$/;
/** Marks that may open a sentence: quotes and brackets. */
const OPENERS = new Set(['“', '‘', '(', '[', '{', '«', '‹', '"', "'", "''", '`', '``']);
/** Parts of speech that open a new sentence after an abbreviation's full stop. */
const OPENING_POS = new Set(['PRON', 'DET', 'CCONJ', 'ADP', 'SCONJ']);
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * True when the text opens with a lower-case letter. This runs on every token of a line: an
 * ASCII first character is told by its code, and only others go through the Unicode regex.
 */
function startsLowerCase(text: string): boolean {
  const code = codeAt(text, 0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_FIRST.test(text);
}
/** Double quotation marks that open a quotation (a straight one only when not written against the word before). */
const OPENING_QUOTES = new Set(['“', '"', "''", '``', '«']);
/**
 * Abbreviated titles, which stand before a name and so never end a sentence, even before a
 * quoted nickname ("Sen. “Bobby” Lee"). Closed-class grammar, kept here so that the
 * tokenizer needs nothing from the analysis.
 */
const TITLE_ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.', 'sgt.', 'cpl.', 'pvt.', 'rev.', 'fr.', 'hon.', 'pres.', 'supt.', 'insp.', 'det.', 'atty.', 'amb.', 'del.', 'st.', 'messrs.', 'sens.', 'reps.', 'govs.', 'drs.', 'profs.', 'gens.']);

/** True when a straight quote or apostrophe at `k` is written against the token before it. */
function attachedToPrevious(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  return previous !== undefined && previous.end === (tokens[k] as Token).start;
}

/** The token after a double quotation mark opening at `k` (two apostrophes count as one), or `k` when none opens there. */
function quotationOpening(tokens: readonly Token[], k: number): number {
  const mark = tokens[k] as Token;
  if (OPENING_QUOTES.has(mark.text)) return k + 1;
  const second = tokens[k + 1];
  return mark.text === "'" && second?.text === "'" && second.start === mark.end ? k + 2 : k;
}

/** "Rev" "." as wink splits some titles: the stop at `dot` belongs to the title before a name. */
export function splitTitle(tokens: readonly Token[], dot: number): boolean {
  const title = tokens[dot - 1];
  return title !== undefined && title.end === (tokens[dot] as Token).start && TITLE_ABBREVIATIONS.has(`${title.text.toLowerCase()}.`);
}

/**
 * True when a new sentence starts at token `k` of a line (the caller handles line starts). The
 * token before `k` is read back past closing marks to the mark that would end the sentence.
 */
export function startsSentenceInLine(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k] as Token;
  if (startsLowerCase(next.text) || (next.type === 'punctuation' && !OPENERS.has(next.text))) return false;
  if (STRAIGHT_QUOTES.has(next.text) && attachedToPrevious(tokens, k)) return false;
  let j = k - 1;
  while (j > 0) {
    const t = tokens[j] as Token;
    if (!(CLOSERS.has(t.text) || (STRAIGHT_QUOTES.has(t.text) && attachedToPrevious(tokens, j)))) break;
    j--;
  }
  const end = tokens[j];
  if (!end) return false;
  // "S.C.", "R-S.C.": a stop written against the next letter is inside an abbreviation.
  if (end.text === '.' && j === k - 1 && next.start === end.end && next.type === 'word') return false;
  // "Sens. Ann Grove": the stop of a title wink split off; but "visited Sens. It was" ends one.
  if (END_MARK.test(end.text)) return !(end.text === '.' && splitTitle(tokens, j) && !OPENING_POS.has(next.pos));
  // An abbreviation's own full stop: "the U.S. They", never "the U.S. Senate" nor "Mr. Smith".
  if (!(j === k - 1 && end.text.length > 1 && end.text.endsWith('.') && end.type === 'word')) return false;
  if (OPENING_POS.has(next.pos)) return true;
  // "said Ann Lee of Naples, Fla. “We will…”": a quotation opening on a capital after a place's
  // abbreviation starts a sentence of its own; after a title it is a nickname ("Sen. “Bobby” Lee").
  // An initial is part of a name ("Robert C. “Bobby” Scott"); the last letter of a longer
  // abbreviation wink split ("R-S.C.", "D.C.") is not an initial.
  const opens = quotationOpening(tokens, k);
  return opens > k && /^\p{Lu}/u.test(tokens[opens]?.text ?? '') && !isInitial(tokens, j) && !TITLE_ABBREVIATIONS.has(end.text.toLowerCase());
}

/** True when the token at `j` is a lone initial ("C."), not the end of "S.C." or "R-S.C.". */
function isInitial(tokens: readonly Token[], j: number): boolean {
  const end = tokens[j] as Token;
  const before = tokens[j - 1];
  const joined = before !== undefined && before.end === end.start && (before.text === '.' || before.text === '-');
  return /^\p{L}\.$/u.test(end.text) && !joined;
}
