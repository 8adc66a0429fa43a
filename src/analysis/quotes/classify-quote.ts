/**
 * Direct or partial: a direct quotation is one whose every word of speech stands inside the
 * marks, so the reporter's sentence around it is at most a reporting clause ("Smith said",
 * "said Smith, a Democrat", "He told reporters:"). A quoted phrase the reporter's own sentence
 * runs through (scare quotes, titles, nicknames, "called them “deplorables”", "said the plan
 * was “a disaster”") is partial. Decided from the shape of the sentence, not the quote's length.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { isWordy, quoteEnding, type TokenRange } from './quote-context.js';
import type { ReportingClause } from './reporting-clause.js';
import { SUBJECT_OPENERS, TITLED_WORK_NOUNS } from '../lexicon/clause-words.js';

/** What the classifier needs to know about a quotation and the sentence around it. */
export interface QuoteShape {
  /** Reporter's words before the quotation, same sentence. */
  left: TokenRange;
  /** Reporter's words after the quotation, same sentence. */
  right: TokenRange;
  /** The quoted words of the first fragment and of the last (the same for one fragment). */
  firstInner: string;
  lastInner: string;
  leftClause: ReportingClause | null;
  rightClause: ReportingClause | null;
}

function firstLetter(text: string): string | undefined {
  return /[\p{L}\p{N}]/u.exec(text)?.[0];
}

function wordCount(doc: NlpDocument, range: TokenRange): number {
  let n = 0;
  for (let i = range.start; i < range.end; i++) if (isWordy(doc.tokens[i])) n++;
  return n;
}

function lastPunct(doc: NlpDocument, range: TokenRange): string | undefined {
  const t: Token | undefined = doc.tokens[range.end - 1];
  return t && !isWordy(t) && range.end > range.start ? t.text : undefined;
}

/** True when the words before the quotation leave it standing as speech of its own. */
function leftAllowsDirect(doc: NlpDocument, shape: QuoteShape, startsLower: boolean): boolean {
  if (wordCount(doc, shape.left) === 0) return true;
  const punct = lastPunct(doc, shape.left);
  if (punct === ':') return !startsLower;
  // "He tweeted that, “…”": what follows "that" is the reporter's indirect speech.
  const last = lastWord(doc, shape.left);
  if (last >= 0 && doc.tokens[last]?.normal === 'that') return false;
  const clause = shape.leftClause;
  if (!clause) return false;
  // A quotation that starts in lower case continues the reporter's sentence ("he said,
  // “that’s how a town grows”"): the speech is only partly inside the marks. Unless the verb
  // leads straight into a whole sentence, its subject first and its full stop inside the marks:
  // "She says “we worked hard to keep it open.”" (on PolNeAR's train set, 5 of 6 such quotations
  // are direct; after a comma, 3 of 10).
  if (startsLower) return punct === undefined && last === clause.verb && wholeSentence(shape);
  // The clause must lead up to the quotation: "Smith said," or "Smith said “…”", not
  // "Smith said the plan was “…”". Words before the subject ("Asked about it, Smith said,")
  // do not matter: the speech itself is all inside the marks.
  return punct === ',' || punct === '—' || punct === '–' || punct === '-' || last === clause.verb;
}

/** True when the quoted words open on a subject pronoun and close on a sentence's end. */
function wholeSentence(shape: QuoteShape): boolean {
  const first = /^[\p{L}'’]+/u.exec(shape.firstInner.trimStart())?.[0].toLowerCase().replace(/'/gu, '’');
  const ending = quoteEnding(shape.lastInner);
  return first !== undefined && SUBJECT_OPENERS.has(first) && (ending === 'stop' || ending === 'exclaim');
}

function lastWord(doc: NlpDocument, range: TokenRange): number {
  for (let i = range.end - 1; i >= range.start; i--) if (isWordy(doc.tokens[i])) return i;
  return -1;
}

/**
 * "Smith said, according to the Ledger": the words come through a second source, and the marks do
 * not show the speaker's own words so much as the outlet's report of them.
 */
function secondHand(doc: NlpDocument, shape: QuoteShape): boolean {
  const clause = shape.rightClause;
  if (!clause || doc.tokens[clause.verb]?.normal === 'according') return false;
  for (let i = clause.end; i + 1 < shape.right.end; i++) {
    if (doc.tokens[i]?.normal === 'according' && doc.tokens[i + 1]?.normal === 'to') return true;
  }
  return false;
}

/** True when the words after the quotation leave it standing as speech of its own. */
function rightAllowsDirect(doc: NlpDocument, shape: QuoteShape): boolean {
  const ending = quoteEnding(shape.lastInner);
  if (ending === 'stop' || ending === 'exclaim') return true;
  if (wordCount(doc, shape.right) === 0) return true;
  return shape.rightClause !== null;
}

/**
 * "The mayor promised, “We will rebuild the pier,” pointing to …": a quotation a reporting clause and
 * its comma or colon lead into, opening on a capital, is speech of its own whatever the
 * reporter adds after it.
 */
function ledByClause(doc: NlpDocument, shape: QuoteShape, startsLower: boolean): boolean {
  const clause = shape.leftClause;
  const punct = lastPunct(doc, shape.left);
  if (!clause || startsLower || clause.speaker === null || (punct !== ',' && punct !== ':')) return false;
  // Not a title the reporter names ("wrote a book, “A Harbor in Winter,” about …"): speech
  // runs to a few words, mostly in lower case.
  const words = shape.firstInner.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= MIN_LED_WORDS && !mostlyTitleCased(shape.firstInner);
}

/**
 * True when quoted words are cased as a title. Speech opens on a capital too: a title shows in
 * the words after the first, the longer ones if there are any ("Never do it" is speech;
 * "Rivers of the North", "Big Men of Oak" are titles). Looser than partial-frame.ts's
 * `titleCased` (every longer word capitalised), which decides a quote with no framing verb.
 */
function mostlyTitleCased(inner: string): boolean {
  const rest = (inner.match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(1);
  const longer = rest.filter((w) => w.length >= 4);
  const weighed = longer.length > 0 ? longer : rest.filter((w) => w.length >= 3);
  return weighed.length > 0 && weighed.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * weighed.length;
}

/**
 * "looked back in a memoir, “A Harbor in Winter.”", "the campaign’s slogan, “Build It Here.”": a
 * title-cased quotation set after a noun for a work names the work, whatever follows it.
 */
function namesWork(doc: NlpDocument, shape: QuoteShape): boolean {
  if (lastPunct(doc, shape.left) !== ',') return false;
  const noun = doc.tokens[lastWord(doc, shape.left)];
  return noun !== undefined && TITLED_WORK_NOUNS.has(noun.normal) && mostlyTitleCased(shape.firstInner);
}

/** Fewest words of a quotation read as speech with reporter's words after it. */
const MIN_LED_WORDS = 3;
/** Share of capitalised longer words that makes quoted words a title ("Rivers of the North"). */
const TITLE_CASE_SHARE = 0.6;

/**
 * "“Harbor Nights” star Lena Ford", "“Morning Desk” host Tom Reyes": quoted words with no
 * punctuation of their own, right before a bare common noun, name a work that qualifies it.
 */
function modifiesNoun(doc: NlpDocument, shape: QuoteShape): boolean {
  if (quoteEnding(shape.lastInner) !== 'bare') return false;
  const next = doc.tokens[shape.right.start];
  return shape.right.end > shape.right.start && next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/**
 * Classifies a quotation as `direct` speech or a `partial` quote inside the reporter's
 * sentence. A `continuation` (the second part of a quotation its attribution interrupts) may
 * start in lower case.
 */
export function classifyQuote(doc: NlpDocument, shape: QuoteShape, continuation = false): 'direct' | 'partial' {
  const first = firstLetter(shape.firstInner);
  const startsLower = !continuation && first !== undefined && first !== first.toUpperCase();
  if (!leftAllowsDirect(doc, shape, startsLower) || secondHand(doc, shape) || modifiesNoun(doc, shape) || namesWork(doc, shape)) return 'partial';
  return rightAllowsDirect(doc, shape) || ledByClause(doc, shape, startsLower) ? 'direct' : 'partial';
}
