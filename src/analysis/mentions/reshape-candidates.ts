/**
 * Second look at candidate names, with their neighbours in view: drops names that are words of a
 * quoted title, trims descriptions to the place they contain, and completes a given name that
 * shares its surname with the next ("Frank and Linda Abernathy" → Frank Abernathy).
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { isTerritory, type Gazetteer } from '../../gazetteer/gazetteer.js';
import { MEMBER_NOUNS, ORGANIZATION_WORDS, PARTY_PLURALS, POST_NOMINALS, ROLE_NOUNS } from '../lexicon/cue-words.js';
import { newCandidate, type Candidate } from './candidate.js';
import { isAcronym } from './letter-case.js';
import { longestRunAt } from './longest-run.js';
import { INITIAL } from './name-parts.js';
import { codeAt } from '../../support/code-unit.js';

const OPENING = new Set(['“', '"', '«', '„', "''"]);
const CLOSING = new Set(['”', '"', '»', '“', "''"]);
/**
 * True when `code` is the first character of one of {@link OPENING}'s marks (“ " « „ '). Asked
 * of every token: comparisons, where a Set of numbers hashes the code.
 */
function opensMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0x201c || code === 0x201e;
}
/** Longest quoted title of two longer words, in tokens (“Miner's Lament”, “Coal and Salt”). */
const MAX_PAIR_TITLE_TOKENS = 4;
/** Longest quoted title considered, in tokens: a quotation runs longer. */
const MAX_TITLE_TOKENS = 25;

/**
 * Token ranges of quoted titles: “Silent Drift: Two Decades of Amoxicillin Resistance in
 * Childhood Ear Infections” — short quotations in which most words are capitalised (two words
 * at least, of more than three letters).
 */
function quotedTitles(doc: NlpDocument, gazetteer: Gazetteer): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are words: the first character rules them out without a lookup of the whole text.
    const text = (tokens[i] as Token).text;
    if (!opensMark(codeAt(text, 0)) || !OPENING.has(text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_TITLE_TOKENS && !CLOSING.has((tokens[j] as Token).text) && (tokens[j] as Token).sameLine) j++;
    const closing = tokens[j];
    if (!closing || !CLOSING.has(closing.text)) {
      // A longer quotation on the line: its closing mark opens no title ("…,\" Rep. Lena Ford
      // said. \"…" would read the attribution as one).
      if (j - i > MAX_TITLE_TOKENS) {
        while (j < tokens.length && (tokens[j] as Token).sameLine && !CLOSING.has((tokens[j] as Token).text)) j++;
        if (CLOSING.has(tokens[j]?.text ?? '')) i = j;
      }
      continue;
    }
    const words = tokens.slice(i + 1, j).filter((t) => t.type === 'word' && t.text.length > 3);
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    // Two words will do when both are capitalised and one is a word of the language (“Miner's
    // Lament”, “Rainbow Quest”), not a name quoted alone (“Lena Ford”).
    // A short phrase, no sentence (“Follow Pam Key on Twitter.”) and no one addressed (“Love
    // you, Bernie”).
    const short = j - i - 1 <= MAX_PAIR_TITLE_TOKENS && !/[.!?]$/u.test((tokens[j - 1] as Token).text) && !tokens.slice(i + 1, j).some((t) => t.text === ',');
    const pair = short && words.length === 2 && capitalised === 2 && words.some((t) => gazetteer.commonWord(t.text));
    if ((words.length >= 3 && capitalised / words.length >= 0.7) || pair) ranges.push([i + 1, j]);
    i = j;
  }
  return ranges;
}

/** "a Wyoming Republican who…", "the Florida Republican said": a description; only the place in it is a name. */
function trimDescription(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): Candidate {
  const { tokens } = doc;
  const before = tokens[(c.titleStart ?? c.tokenStart) - 1];
  const after = tokens[c.tokenEnd];
  const last = tokens[c.tokenEnd - 1] as Token;
  // "the Florida Republican said": after "the" only a party's member is described so.
  const article = before?.normal === 'a' || before?.normal === 'an' || (before?.normal === 'the' && PARTY_PLURALS.has(`${last.normal}s`));
  if (!article || after?.pos === 'NOUN' || c.tokenEnd - c.tokenStart < 2) return c;
  if (!gazetteer.commonWord(last.text)) return c;
  // "a Liberal Party of Canada Member": a body is named in it; the member is trimmed off below.
  for (let i = c.tokenStart + 1; i < c.tokenEnd; i++) if (ORGANIZATION_WORDS.has((tokens[i] as Token).normal)) return c;
  for (let end = c.tokenEnd - 1; end > c.tokenStart; end--) {
    const endToken = tokens[end - 1] as Token;
    const text = doc.text.slice(c.start, endToken.end);
    // A town too small to be meant ("Liberal", Kansas) is a word of the description.
    if (gazetteer.places(text).some((p) => p.kind !== 'city' || (p.population ?? 0) >= NOTABLE_TOWN)) return newCandidate({ ...c, end: endToken.end, text, tokenEnd: end });
  }
  return c;
}

/** Smallest town a description is trimmed to ("a Brooklyn Democrat"). */
const NOTABLE_TOWN = 100_000;

/**
 * "Reform Party Member", "Liberal Party of Canada Member of Parliament", "NASA Administrator": a
 * body's name followed by the member or office someone holds in it, with no person named after,
 * is the body; the office is trimmed off.
 */
function trimMemberOfBody(doc: NlpDocument, c: Candidate): Candidate {
  if (c.title !== undefined || c.tokenEnd - c.tokenStart < 2) return c;
  const { tokens } = doc;
  let body = false;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) {
    const t = tokens[i] as Token;
    const office = MEMBER_NOUNS.has(t.normal) || ROLE_NOUNS.has(t.normal) || POST_NOMINALS.has(t.normal);
    // Only an office that ends the name, or its complement after "of" ("Member of Parliament").
    // Right after the body's last word: "Office of the Superintendent" is one name.
    const ends = (i + 1 === c.tokenEnd || (tokens[i + 1] as Token).normal === 'of') && /^\p{Lu}/u.test((tokens[i - 1] as Token | undefined)?.text ?? '');
    // "NASA Administrator", "FBI Director": an acronym is a body's name by itself.
    const acronymBody = i === c.tokenStart + 1 && isAcronym((tokens[c.tokenStart] as Token).text);
    if (office && ends && ((body && i - c.tokenStart >= 2) || acronymBody) && /^\p{Lu}/u.test(t.text)) {
      const endToken = tokens[i - 1] as Token;
      return newCandidate({ ...c, end: endToken.end, text: doc.text.slice(c.start, endToken.end), tokenEnd: i });
    }
    if (ORGANIZATION_WORDS.has(t.normal)) body = true;
  }
  return c;
}

/**
 * "World War II Danish minesweepers", "the Ming Chinese court": a demonym or language word ending
 * a longer name right before a common noun is an adjective of that noun, not part of the name.
 */
function trimTrailingAdjective(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): Candidate {
  const { tokens } = doc;
  const after = tokens[c.tokenEnd];
  if (c.tokenEnd - c.tokenStart < 2 || after?.pos !== 'NOUN' || !/^\p{Ll}/u.test(after.text)) return c;
  const last = tokens[c.tokenEnd - 1] as Token;
  if (!gazetteer.demonym(last.text)) return c;
  const end = c.tokenEnd - 1;
  const endToken = tokens[end - 1] as Token;
  if (!/\p{L}/u.test(endToken.text)) return c;
  return newCandidate({ ...c, end: endToken.end, text: doc.text.slice(c.start, endToken.end), tokenEnd: end });
}

/** Longest place name tried at each word when splitting a run into places. */
const MAX_PLACE_WORDS = 4;

/** Smallest city taken as one of several places joined by "&" ("Tempe & Mesa"). */
const JOINED_CITY_POPULATION = 100_000;

/**
 * "Australia New Zealand", "Mexico Canada", "Tempe & Mesa": names of countries or regions written
 * side by side, or of places joined by "&", are each their own place, not one name. Returns the
 * places, or undefined when the run is not made of two or more of them and nothing else, or is
 * itself a place's name ("Trinidad & Tobago").
 */
function splitPlaceSequence(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): Candidate[] | undefined {
  if (c.tokenEnd - c.tokenStart < 2 || c.title !== undefined) return undefined;
  const { tokens, text } = doc;
  let joined = false;
  for (let k = c.tokenStart; k < c.tokenEnd && !joined; k++) joined = (tokens[k] as Token).text === '&';
  if (joined && gazetteer.places(c.text).length > 0) return undefined;
  // "Kerry Washington": a given name that names no country, before one more name, is a person's
  // given name rather than a region's name ("Jordan Syria" still splits).
  const opener = tokens[c.tokenStart] as Token;
  if (!joined && c.tokenEnd - c.tokenStart === 2 && gazetteer.givenName(opener.text) !== undefined && !gazetteer.places(opener.text).some((p) => p.kind === 'country')) return undefined;
  const parts: Candidate[] = [];
  let i = c.tokenStart;
  while (i < c.tokenEnd) {
    const from = i;
    const run = longestRunAt(doc, from, c.tokenEnd, gazetteer.opensPlaceName((tokens[from] as Token).text) ? MAX_PLACE_WORDS : 1, (name, end) =>
      // The whole run as one place is one name ("New Zealand"), not a sequence.
      !(from === c.tokenStart && end === c.tokenEnd) &&
      gazetteer.places(name).some((p) => isTerritory(p) || (joined && (p.population ?? 0) >= JOINED_CITY_POPULATION))
        ? true
        : undefined,
    );
    if (!run) return undefined;
    const next = run.end;
    const first = tokens[i] as Token;
    const last = tokens[next - 1] as Token;
    parts.push(newCandidate({ start: first.start, end: last.end, text: text.slice(first.start, last.end), tokenStart: i, tokenEnd: next, inCapsLine: c.inCapsLine }));
    // The "&" between two places belongs to neither.
    i = joined && tokens[next]?.text === '&' && next + 1 < c.tokenEnd ? next + 1 : next;
  }
  return parts.length >= 2 ? parts : undefined;
}

/** Last words of the names of two or more words: surnames, when the names are people's. */
function lastWordsOfLongNames(doc: NlpDocument, candidates: readonly Candidate[]): Set<string> {
  return new Set(candidates.filter((c) => c.tokenEnd - c.tokenStart >= 2).map((c) => (doc.tokens[c.tokenEnd - 1] as Token).text));
}

/** Applies the neighbour-aware corrections to the candidates of one document. */
export function reshapeCandidates(doc: NlpDocument, gazetteer: Gazetteer, candidates: Candidate[]): Candidate[] {
  const titles = quotedTitles(doc, gazetteer);
  // A country or region keeps its place even in a quoted title ("Emperor of the United States"),
  // and so does a person named in full elsewhere ("Silas I, Emperor of …" after "Silas Garrow").
  const namedInFull = lastWordsOfLongNames(doc, candidates);
  const inTitle = (c: Candidate): boolean =>
    titles.some(([s, e]) => c.tokenStart >= s && c.tokenEnd <= e) &&
    !gazetteer.places(c.text).some((p) => p.kind !== 'city') &&
    !(c.tokenEnd - c.tokenStart <= 2 && namedInFull.has((doc.tokens[c.tokenStart] as Token).text));
  // One loop, no arrays made per candidate: this runs on every candidate of every article.
  const kept: Candidate[] = [];
  const trim = (c: Candidate): Candidate => trimTrailingAdjective(doc, gazetteer, trimMemberOfBody(doc, trimDescription(doc, gazetteer, c)));
  for (const c of candidates) {
    if (titles.length > 0 && inTitle(c)) continue;
    const parts = splitPlaceSequence(doc, gazetteer, c);
    if (parts === undefined) kept.push(trim(c));
    else for (const part of parts) kept.push(trim(part));
  }
  // Words that end a longer name somewhere ("Obama" in "Barack Obama") are surnames, not given names.
  const surnames = lastWordsOfLongNames(doc, kept);
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i] as Candidate;
    const b = kept[i + 1] as Candidate;
    const and = doc.tokens[a.tokenEnd];
    // "Frank and Linda Abernathy", "Charles G. and Martha L. Pruett": a given name, with its
    // initials, before "and" and a full name shares that name's surname.
    const aWords = doc.tokens.slice(a.tokenStart, a.tokenEnd);
    const given = aWords[0] as Token;
    if (!aWords.slice(1).every((t) => INITIAL.test(t.text)) || and?.normal !== 'and' || b.tokenStart !== a.tokenEnd + 1) continue;
    if (a.title !== undefined || surnames.has(a.text)) continue;
    const bFirst = doc.tokens[b.tokenStart] as Token;
    if (b.tokenEnd - b.tokenStart < 2 || !gazetteer.givenName(given.text) || !gazetteer.givenName(bFirst.text)) continue;
    // "Orlando and San Bernardino": a place's name after "and" is no full name to share.
    if (gazetteer.places(b.text).length > 0) continue;
    // The surname: the full name's words after its given name and initials.
    const rest = doc.tokens.slice(b.tokenStart + 1, b.tokenEnd);
    const surnameAt = rest.findIndex((t) => !INITIAL.test(t.text));
    if (surnameAt < 0) continue;
    kept[i] = newCandidate({ ...a, fullName: [...aWords, ...rest.slice(surnameAt)].map((t) => t.text) });
  }
  return kept;
}
