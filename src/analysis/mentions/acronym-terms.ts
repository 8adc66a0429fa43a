/**
 * What the document says about its acronyms: one defined in brackets takes its long form's type
 * ("World Health Organization (WHO)"), or none when the long form is a lower-case term ("iodine
 * deficiency disorders (IDD)"), as when the text writes its words out anywhere ("artificial
 * intelligence" … "AI"); one written after a number is a unit ("11 RBI").
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './classify-candidates.js';
import { isAcronym } from './letter-case.js';

/** Small words an acronym's letters skip ("quality of life" → QOL, "research and development"). */
const ACRONYM_GLUE = new Set(['of', 'and', 'the', 'for', 'in', 'on', '-', '&']);
/** A word of two lower-case letters or more: a word of a spelled-out term. */
const LOWER_CASE_WORD = /^\p{Ll}{2,}/u;

/**
 * True when the lower-case words just before token `open` spell `acronym`'s letters:
 * "iodine deficiency disorders (IDD)", "intelligence quotient (IQ)".
 */
function spelledInLowerCase(doc: NlpDocument, open: number, acronym: string): boolean {
  return spelledFrom(doc, open, acronym, false) !== undefined;
}

/**
 * The index of the first of the words just before token `open` whose initials spell `acronym`'s
 * capitals, small words aside; in lower case only unless `anyCase`. Undefined when they do not.
 */
function spelledFrom(doc: NlpDocument, open: number, acronym: string, anyCase: boolean): number | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2) return undefined;
  let k = letters.length - 1;
  let i = open - 1;
  for (; i >= 0 && k >= 0 && open - i <= letters.length + 3; i--) {
    const t = doc.tokens[i] as Token;
    if (!anyCase && !/^\p{Ll}/u.test(t.text)) return undefined;
    if (t.text.toLowerCase().startsWith(letters[k] as string)) k--;
    else if (!ACRONYM_GLUE.has(t.text.toLowerCase())) return undefined;
  }
  return k < 0 ? i + 1 : undefined;
}

/**
 * True when the words before the bracket spell the acronym in capitals ("Peak Load Window
 * (PLW)") and none of them is part of a name typed as an entity: the long form is a term.
 */
function spelledAsTerm(doc: NlpDocument, typed: readonly TypedCandidate[], open: number, acronym: string): boolean {
  const from = spelledFrom(doc, open, acronym, true);
  return from !== undefined && !typed.some((c) => c.type !== undefined && c.tokenEnd > from && c.tokenStart < open);
}

/** An acronym with a small letter inside: "RoC" (rate of climb). */
const MIXED_ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\p{Ll}]*$/u;

/**
 * True when an acronym opens with its long form's initial: "World Health Organization (WHO)",
 * not "NEW YORK (AP)", a dateline and its agency.
 */
export function sameInitial(long: string, acronym: string): boolean {
  const initial = /\p{L}/u.exec(long.replace(/^the\s+/iu, ''))?.[0];
  const letter = /\p{L}/u.exec(acronym)?.[0];
  return initial !== undefined && letter !== undefined && initial.toUpperCase() === letter.toUpperCase();
}

/**
 * Maps acronyms defined in brackets ("World Health Organization (WHO)") to the long form's type,
 * or to null when the long form is a term written in lower case ("iodine deficiency disorders
 * (IDD)") or a long form in capitals that names no entity ("Peak Load Window (PLW)"): then the
 * acronym names no entity.
 */
export function bracketedAcronyms(typed: readonly TypedCandidate[], doc: NlpDocument): Map<string, EntityType | null> {
  const types = new Map<string, EntityType | null>();
  for (const c of typed) {
    const open = doc.tokens[c.tokenStart - 1];
    if (open?.text === '(' && doc.tokens[c.tokenEnd]?.text === ')' && (/^[\p{Lu}\d.&-]{2,10}$/u.test(c.text) || MIXED_ACRONYM.test(c.text)) && (spelledInLowerCase(doc, c.tokenStart - 1, c.text) || spelledAsTerm(doc, typed, c.tokenStart - 1, c.text))) {
      types.set(c.text, null);
    }
  }
  for (let i = 0; i + 1 < typed.length; i++) {
    const long = typed[i] as TypedCandidate;
    const short = typed[i + 1] as TypedCandidate;
    const open = doc.tokens[long.tokenEnd];
    if (open?.text !== '(' || short.tokenStart !== long.tokenEnd + 1 || long.tokenEnd - long.tokenStart < 2) continue;
    // A body's acronym may come from its name in another language ("Socialist Party (PS)"); a
    // place's is its own. A country in brackets is where the name is from ("Vodafone Group (UK)").
    if (!long.type || !/^[\p{Lu}\d.&-]{2,10}$/u.test(short.text) || (long.type !== 'organization' && !sameInitial(long.text, short.text))) continue;
    if (short.evidence.place?.kind === 'country' && !sameInitial(long.text, short.text)) continue;
    types.set(short.text, long.type);
  }
  return types;
}

/**
 * Acronyms the document writes after a number somewhere ("11 RBI", "pay 40 CUC"): units or
 * currencies, in that document, wherever they stand ("a tax of CUC 25"). Not after a year
 * ("in 2016 NATO agreed"), nor before a noun they qualify ("three CIA officers").
 */
export function unitAcronyms(typed: readonly TypedCandidate[], doc: NlpDocument): Set<string> {
  const units = new Set<string>();
  for (const c of typed) {
    // Not a place ("$2.1 billion\nBOSTON —"), and the number on the same line.
    if (c.tokenEnd - c.tokenStart !== 1 || !isAcronym(c.text) || c.evidence.place || !doc.tokens[c.tokenStart]?.sameLine) continue;
    const number = doc.tokens[c.tokenStart - 1];
    const next = doc.tokens[c.tokenEnd];
    if (number?.pos === 'NUM' && !/^\d{4}$/.test(number.text) && next?.pos !== 'NOUN' && next?.pos !== 'PROPN') units.add(c.text);
  }
  return units;
}

/**
 * True when the document writes out `acronym`'s letters in lower-case words somewhere ("using
 * artificial intelligence … generative AI", "gross domestic product … GDP"): it abbreviates a
 * term, not an organization's name, which would be capitalised.
 */
export function spelledOutSomewhere(doc: NlpDocument, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  for (let i = 0; i < doc.tokens.length; i++) {
    let k = 0;
    let j = i;
    while (j < doc.tokens.length && k < letters.length) {
      const t = doc.tokens[j] as Token;
      if (k > 0 && ACRONYM_GLUE.has(t.text)) {
        j++;
        continue;
      }
      // A term is adjectives and nouns ("gross domestic product"), not any words that happen to
      // begin with the letters ("used some"). The first letter goes first: this runs for every
      // token of the document, and the regular expression is the dearest test.
      if (t.text[0] !== letters[k] || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || t.type !== 'word' || !LOWER_CASE_WORD.test(t.text)) break;
      k++;
      j++;
    }
    if (k === letters.length && doc.tokens[j - 1]?.pos === 'NOUN') return true;
  }
  return false;
}

/** Lower-case words that may stand between an article and the acronym it governs ("a conservative super PAC"). */
const MAX_KIND_MODIFIERS = 3;
/** Parts of speech of the words that may qualify a kind: adjectives and nouns, not "a day after NATO". */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);
/**
 * Tags of a word after an acronym that ends the phrase it heads ("a super PAC supporting …", "an
 * SUV and …"). Any other word may continue a phrase the acronym only qualifies: "an FBI agent",
 * "a CNN national poll", "a CNN/ORC poll", "a NATO-led force".
 */
const AFTER_HEAD_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PRON', 'DET', 'ADV', 'PART']);
/** Punctuation that ends a phrase. */
const PHRASE_END = /^[.,;:!?)]$/u;

/**
 * True when the document writes `acronym` as a kind of thing somewhere: in the plural ("super
 * PACs", "SUVs"), or heading a phrase opened by "a" or "an" and lower-case adjectives or nouns
 * ("a super PAC", "a conservative super PAC", "a used SUV"). A body's name takes neither; "an
 * FBI agent", where the acronym qualifies what follows, is no such use.
 */
export function writtenAsKind(doc: NlpDocument, acronym: string): boolean {
  const plural = `${acronym}s`;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text === plural) return true;
    if (token.text !== acronym) continue;
    const next = tokens[i + 1];
    if (next !== undefined && !AFTER_HEAD_TAGS.has(next.pos) && !PHRASE_END.test(next.text)) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= MAX_KIND_MODIFIERS && isModifier(tokens[j] as Token)) j--;
    // At least one word qualifies it: "a GOP, as we know it" is still the party.
    const article = tokens[j]?.normal;
    if (j < i - 1 && (article === 'a' || article === 'an')) return true;
  }
  return false;
}

/** A lower-case adjective or noun, or a word made with a hyphen ("pro-Clinton", which wink tags as a name). */
function isModifier(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text) && (MODIFIER_TAGS.has(token.pos) || HYPHENATED.test(token.text));
}

const HYPHENATED = /^\p{Ll}+-\p{L}/u;
