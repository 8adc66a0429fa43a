/**
 * Stage: candidate names. Finds runs of capitalised words (wink tags almost every real name as
 * PROPN, so finding is easy; the work is in trimming) and splits off titles written before the
 * name, so "Russian President Vladimir Putin" yields the name "Vladimir Putin" with the title
 * "Russian President".
 */
import { joinedWithoutSpace, opensSentence, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { articleBeforeSurname } from './hyphen-joins.js';
import { LIST_JOINERS } from '../lexicon/clause-words.js';
import { BODY_OFFICE_NOUNS, CONTACT_VERBS, HONORIFICS, MOTION_LEMMAS, ORGANIZATION_WORDS, PLACE_PREPOSITIONS, PLURAL_HONORIFICS, ROLE_NOUNS, SURNAME_PARTICLES, TITLE_MODIFIERS } from '../lexicon/cue-words.js';
import { newCandidate, type Candidate } from './candidate.js';
import { capitalisedTheBefore, caseLinesOf, isAcronym, isAllCaps, titleCase } from './letter-case.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { longestRunAt } from './longest-run.js';
import { addRepeatedNames } from './repeated-names.js';
import { reshapeCandidates } from './reshape-candidates.js';
import { firmRoleAt, titleEnd } from './title-split.js';
import { addressedOffice, officeOnly, pageantTitle } from './title-only.js';
import { splitTitle } from '../../nlp/sentence-starts.js';
import { extendRun } from './name-runs.js';
import { CAPITALISED, isNameWord, type Context } from './name-words.js';

const HAS_LETTER = /\p{L}/u;
/** Longest place name looked for inside a title, in tokens ("Washington, D.C."). */
const MAX_PLACE_WORDS = 5;

const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«', '„']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '“']);

/** Longest e-mail address read after a display name. */
const MAX_ADDRESS_LENGTH = 80;

/**
 * True when the run is all there is inside quotation marks (after an optional "the"): “the Water
 * Baron”, “Harbor Acoustics”. Such a phrase is a nickname or a title of a work, not an entity;
 * but an e-mail's display name before its address is a name (“Ryan Reynolds” <rr@…>).
 */
function fillsQuotedPhrase(ctx: Context, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  let before = start - 1;
  if (tokens[before]?.normal === 'the') before--;
  let after = end;
  if (tokens[after]?.pos === 'PUNCT' && !CLOSING_MARKS.has(tokens[after]?.text ?? '')) after++;
  const open = tokens[before];
  const close = tokens[after];
  if (!open || !close || !OPENING_MARKS.has(open.text) || !CLOSING_MARKS.has(close.text)) return false;
  // "Fox News' Lena Ford.": an apostrophe written onto the word before it is a possessive
  // mark, and a mark opening the next paragraph closes nothing here.
  const owner = tokens[before - 1];
  const possessive = open.text === "'" && owner?.type === 'word' && joinedWithoutSpace(owner, open);
  // "Ryan Reynolds" <rreynolds@…>: an e-mail's display name, before its address, is a name.
  const angle = tokens[after + 1];
  const displayName = angle?.text === '<' && /^[^\s>]+@/u.test(ctx.doc.text.slice(angle.end, angle.end + MAX_ADDRESS_LENGTH));
  return !possessive && !displayName && !ctx.doc.text.slice((tokens[end - 1] as Token).end, close.start).includes('\n');
}

/** A candidate covering tokens [start, end), with an optional title [titleStart, nameStart). */
function makeCandidate(ctx: Context, titleStart: number, nameStart: number, end: number, inCapsLine: boolean): Candidate {
  const { tokens, text } = ctx.doc;
  const first = tokens[nameStart] as Token;
  const last = tokens[end - 1] as Token;
  const titled = titleStart < nameStart;
  return newCandidate({
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    tokenStart: nameStart,
    tokenEnd: end,
    title: titled ? text.slice((tokens[titleStart] as Token).start, (tokens[nameStart - 1] as Token).end) : undefined,
    titleStart: titled ? titleStart : undefined,
    inCapsLine,
  });
}

/**
 * Places named inside a title: "U.S." in "U.S. President Donald Trump", "Pennsylvania" in
 * "Ohio Senator Ann Grove", "Mexico" in “Protector of Mexico”. Demonyms ("Russian
 * President") are adjectives, not places.
 */
function placesInTitle(ctx: Context, start: number, nameStart: number): Candidate[] {
  const found: Candidate[] = [];
  const { tokens } = ctx.doc;
  const body = bodyInTitle(ctx, start, nameStart);
  if (body) found.push(body);
  for (let i = body ? body.tokenEnd : start; i < nameStart; i++) {
    const t = tokens[i] as Token;
    if (!CAPITALISED.test(t.text) || HONORIFICS.has(t.normal) || ROLE_NOUNS.has(t.normal)) continue;
    // "ECB President Katrin Holm", "NATO Secretary General": an acronym in a title is an institution.
    if (isAcronym(t.text) && !ctx.gazetteer.places(t.text).length && !ctx.gazetteer.demonym(t.text)) {
      // "AFL-CIO President …": acronyms joined by a hyphen are one body's.
      let end = i + 1;
      while (end + 1 < nameStart && tokens[end]?.text === '-' && joinedWithoutSpace(tokens[end - 1] as Token, tokens[end] as Token) && joinedWithoutSpace(tokens[end] as Token, tokens[end + 1] as Token) && isAcronym((tokens[end + 1] as Token).text)) end += 2;
      found.push(makeCandidate(ctx, i, i, end, false));
      i = end - 1;
      continue;
    }
    // The longest run of title words starting here that the gazetteer knows as a place.
    const run = longestRunAt(ctx.doc, i, nameStart, ctx.gazetteer.opensPlaceName(t.text) ? MAX_PLACE_WORDS : 1, (text) => {
      const place = ctx.gazetteer.places(text)[0];
      return place && (place.kind !== 'city' || (place.population ?? 0) >= 100_000) && !ctx.gazetteer.demonym(text) ? place : undefined;
    });
    // "Orange County District Attorney": the county, not the town it is named after.
    const end = Math.max(run?.end ?? 0, countyEnd(tokens, i, nameStart) ?? 0);
    if (end > 0) {
      found.push(makeCandidate(ctx, i, i, end, false));
      i = end - 1;
    }
  }
  return found;
}

/** Heads of the local divisions whose offices title people ("Seminole County Sheriff"). */
const COUNTY_HEADS = new Set(['county', 'parish', 'borough', 'township']);
/** Longest division name looked for inside a title, head word included. */
const MAX_COUNTY_WORDS = 4;

/**
 * The end of a division named inside a title whatever the gazetteer knows of it: "Seminole
 * County" in "Seminole County Sheriff Don Eslinger", "Orange County" in "Orange County District
 * Attorney …": capitalised words, then the head word, then the office.
 */
function countyEnd(tokens: readonly Token[], from: number, nameStart: number): number | undefined {
  for (let i = from + 1; i < Math.min(nameStart - 1, from + MAX_COUNTY_WORDS); i++) {
    const t = tokens[i] as Token;
    if (COUNTY_HEADS.has(t.normal)) return tokens.slice(i + 1, nameStart).some((o) => ROLE_NOUNS.has(o.normal)) ? i + 1 : undefined;
    if (!CAPITALISED.test(t.text) || ROLE_NOUNS.has(t.normal) || HONORIFICS.has(t.normal)) return undefined;
  }
  return undefined;
}

/**
 * The body named inside a title, ending in its head word: "Ontario Liberal Party" in "Ontario
 * Liberal Party MPP Jane Doe", "Justice Department" in "Justice Department spokesman …". Two
 * words at least, after any honorific or role that opens the title; not a head word that also
 * qualifies roles ("Press" in "Press Secretary"). Or a body the list of organizations knows,
 * right before a role ("Wells Fargo" in "Wells Fargo CEO John Stumpf"), or any one word right
 * before a role only a company has ("Apple" in "Apple CEO Tim Cook").
 */
function bodyInTitle(ctx: Context, start: number, nameStart: number): Candidate | undefined {
  const { tokens } = ctx.doc;
  let from = start;
  while (from < nameStart && (HONORIFICS.has((tokens[from] as Token).normal) || ROLE_NOUNS.has((tokens[from] as Token).normal) || TITLE_MODIFIERS.has((tokens[from] as Token).normal))) from++;
  let head = -1;
  for (let i = from + 1; i < nameStart; i++) {
    const t = tokens[i] as Token;
    if (ORGANIZATION_WORDS.has(t.normal) && !TITLE_MODIFIERS.has(t.normal) && !ROLE_NOUNS.has(t.normal)) head = i;
  }
  if (!CAPITALISED.test((tokens[from]?.text ?? ''))) return undefined;
  if (head >= 0) return makeCandidate(ctx, from, from, head + 1, false);
  // "Wells Fargo CEO John Stumpf", "Hewlett-Packard chief executive …": a body the list of
  // organizations knows, before the role.
  const known = longestRunAt(ctx.doc, from, nameStart, MAX_LISTED_WORDS, (text, end) => (end < nameStart && ROLE_NOUNS.has((tokens[end] as Token).normal) && ctx.gazetteer.organization(text) ? true : undefined));
  if (known) return makeCandidate(ctx, from, from, known.end, false);
  // "Apple CEO Tim Cook", "Amazon founder Jeff Bezos": one word before a role only a company
  // has names the company, whatever else the word is.
  return from + 1 < nameStart && firmRoleAt(tokens, from + 1) ? makeCandidate(ctx, from, from, from + 1, false) : undefined;
}

/** Longest name on the list of organizations looked for inside a title ("Wells Fargo"). */
const MAX_LISTED_WORDS = 4;

/** Longest place name looked for in lower case ("san luis obispo"). */
const MAX_LOWER_PLACE_WORDS = 3;
/** Smallest town taken from a name written in lower case. */
const LOWER_CASE_TOWN = 100_000;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * "living in malaysia", "traveling to san francisco": web text writes places in lower case. After
 * a place preposition, lower-case words that the gazetteer knows as a country, a region or a
 * town of 100,000 people, and that are not common words ("in china", "to reading"), are that
 * place. Such a candidate is marked as written where case tells nothing, so it is looked up in
 * title case.
 */
function lowerCasePlaceAt(ctx: Context, i: number, afterLowerPlace = false): Candidate | undefined {
  const { tokens } = ctx.doc;
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  // "traveling to san francisco", "going to baguio": "to" after a verb of journey too.
  const journey = before?.normal === 'to' && tokens.slice(Math.max(0, i - 5), i - 1).some((w) => w.pos === 'VERB' && MOTION_LEMMAS.has(w.lemma));
  // "to san francisco california": the region or country right after a place so found.
  if (afterLowerPlace && LOWER_WORD.test(t.text) && !ctx.gazetteer.commonWord(t.text) && ctx.gazetteer.places(titleCase(t.text)).some((p) => p.kind === 'region' || p.kind === 'country')) {
    return makeCandidate(ctx, i, i, i + 1, true);
  }
  // "how are vietnam and Afghanistan alike": a country's name in lower case, no word and no
  // given name, is that country wherever it stands.
  // Not a word of a file name or a web address ("europe-air-defense.txt").
  const after = tokens[i + 1];
  const standalone = !(before && before.end === t.start) && !(after && after.start === t.end && after.text !== ',' && after.text !== '.' && after.text !== '?' && after.text !== '!');
  if (standalone && LOWER_WORD.test(t.text) && t.text.length >= 4 && !ctx.gazetteer.commonWord(t.text) && ctx.gazetteer.givenName(titleCase(t.text)) === undefined && ctx.gazetteer.places(titleCase(t.text)).some((p) => p.kind === 'country' || p.kind === 'continent')) {
    return makeCandidate(ctx, i, i, i + 1, true);
  }
  if (!before || before.sentence !== t.sentence || !(PLACE_PREPOSITIONS.has(before.normal) || journey) || !LOWER_WORD.test(t.text)) return undefined;
  const run = longestRunAt(ctx.doc, i, tokens.length, MAX_LOWER_PLACE_WORDS, (written, end) => {
    const last = tokens[end - 1] as Token;
    if (!LOWER_WORD.test(last.text) || ctx.gazetteer.commonWord(last.text) || (end - i > 1 && last.sentence !== t.sentence)) return undefined;
    if (end - i > 1 && written.length !== last.end - t.start) return undefined;
    return ctx.gazetteer.places(titleCase(written)).some((p) => p.kind !== 'city' || (p.population ?? 0) >= LOWER_CASE_TOWN) ? true : undefined;
  });
  return run ? makeCandidate(ctx, i, i, run.end, true) : undefined;
}

/** Words the document writes in lower case somewhere: capitals elsewhere are then just sentence starts. */
function collectLowerCaseWords(doc: NlpDocument): Set<string> {
  const seen = new Set<string>();
  for (const t of doc.tokens) if (t.type === 'word' && !startsCapitalised(t.text)) seen.add(t.normal);
  return seen;
}

/** Longest place name read in a line in capitals, in words ("NEW HAMPSHIRE", "BOSNIA AND HERZEGOVINA"). */
const MAX_CAPS_PLACE_WORDS = 4;

/** True when the words [start, end) stay in the capitals of one line, every one a word. */
function capsPlaceEnd(ctx: Context, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const t = ctx.doc.tokens[k] as Token;
    if (!ctx.capsLines.has(k) || !t.sameLine || t.type !== 'word') return false;
  }
  return true;
}

/**
 * Finds candidate names: maximal runs of capitalised words with their connectors, titles split
 * off. In ALL-CAPS lines (headlines, datelines) only words the gazetteer knows as places are kept.
 */
export function findCandidates(doc: NlpDocument, gazetteer: Gazetteer): Candidate[] {
  const lines = caseLinesOf(doc);
  const ctx: Context = { doc, gazetteer, capsLines: lines.caps, titleCaseLines: lines.titleCase, lowerCaseWords: collectLowerCaseWords(doc), nameWord: new Uint8Array(doc.tokens.length) };
  const { tokens } = doc;
  const candidates: Candidate[] = [];
  // "Rev" "." as wink splits some titles ("Rev. Ann Grove", "Sens. Ann Grove"): the title alone
  // ends its run at the stop, and is the title of the name that opens the next run.
  let splitTitleAt = -1;
  // Role words standing alone ("Player", "Bishop"): no names, unless a person bears one as surname.
  const loneRoles: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (ctx.capsLines.has(i)) {
      // "NEW HAMPSHIRE", "SOUTH CAROLINA": the longest place the words from here name, within
      // the capitals.
      const run = t.type === 'word' && HAS_LETTER.test(t.text) ? longestRunAt(doc, i, tokens.length, gazetteer.opensPlaceName(titleCase(t.text)) ? MAX_CAPS_PLACE_WORDS : 1, (written, end) => (capsPlaceEnd(ctx, i, end) && gazetteer.places(titleCase(written)).length ? true : undefined)) : undefined;
      if (run) {
        candidates.push(makeCandidate(ctx, i, i, run.end, true));
        i = run.end - 1;
      }
      continue;
    }
    // "said al-Assad": the Arabic article in lower case opens the surname written onto it.
    const particleStart = (SURNAME_PARTICLES.has(t.text) && isNameWord(ctx, tokens[i + 1]) && tokens[i + 1]?.sameLine) || articleBeforeSurname(tokens, i, (w) => isNameWord(ctx, w));
    if (!isNameWord(ctx, t) && !particleStart) {
      const previous = candidates[candidates.length - 1];
      const afterLowerPlace = previous !== undefined && previous.tokenEnd === i && LOWER_WORD.test((tokens[previous.tokenStart] as Token).text);
      const lowerPlace = lowerCasePlaceAt(ctx, i, afterLowerPlace);
      if (lowerPlace) {
        candidates.push(lowerPlace);
        i = lowerPlace.tokenEnd - 1;
      }
      continue;
    }
    // "BREAKING", "UPDATE": long all-caps words in running text are emphasis, not names,
    // unless the gazetteer knows them (a dateline such as "LONDON") or they label a transcript's
    // line ("WHITCOMBE: Do you …").
    const label = (i === 0 || !t.sameLine) && tokens[i + 1]?.text === ':';
    if (isAllCaps(t.text) && t.text.replace(/\W/g, '').length > 6 && !label && !gazetteer.places(titleCase(t.text)).length) continue;
    // "(R-Utah)", ", D-Mass.": a party initial before a hyphen is not part of the state's name.
    const partyInitial = /^[A-Z]$/.test(t.text) && tokens[i + 1]?.text === '-' && joinedWithoutSpace(t, tokens[i + 1] as Token) && (tokens[i - 1]?.text === '(' || tokens[i - 1]?.text === ',');
    if (partyInitial) {
      i += 1;
      continue;
    }
    const end = extendRun(ctx, i);
    if (fillsQuotedPhrase(ctx, i, end)) {
      // A nickname or title is no entity, but a country or region named in it still is.
      candidates.push(...placesInTitle(ctx, i, end));
      i = end - 1;
      continue;
    }
    const nameStart = titleEnd(ctx, i, end);
    // "the Ohio Governor", "New York City Comptroller": a run that ends in a public office
    // names the office, no one: only the places and bodies inside it are names.
    if (nameStart === i && officeOnly(ctx, i, end)) {
      // "the State Department Spokesperson": the body whose office it is, when its head word
      // comes right before the office.
      if (ORGANIZATION_WORDS.has((tokens[end - 2] as Token).normal)) candidates.push(makeCandidate(ctx, i, i, end - 1, false));
      else candidates.push(...placesInTitle(ctx, i, end));
      i = end - 1;
      continue;
    }
    // "the CEO of Hewlett-Packard", "President of Harvard": a body's office and no name after
    // it; the body after "of" is the name (feature officeOf types it).
    const complement = nameStart === i ? bodyOfOffice(tokens, i, end) : -1;
    if (complement > 0) {
      candidates.push(makeCandidate(ctx, complement, complement, end, false));
      i = end - 1;
      continue;
    }
    // "Mr. President", "Mr. Chief Justice": an office addressed, no one's name; "Miss Universe",
    // "Miss America": a beauty pageant's title.
    if (nameStart > i && (addressedOffice(tokens, i, end) || pageantTitle(ctx, i, nameStart, end))) {
      i = end - 1;
      continue;
    }
    // "in The Economist": a role noun after "The" written with its capital names a publication.
    const onlyTitle = end - i === 1 && (HONORIFICS.has(t.normal) || ROLE_NOUNS.has(t.normal)) && !capitalisedTheBefore(tokens, i);
    candidates.push(...placesInTitle(ctx, i, nameStart));
    // "The Hague", "The Bronx": a place whose name opens with the article, whole (not "The
    // Netherlands", named without it).
    const article = nameStart === i && tokens[i - 1]?.text === 'The' && gazetteer.places(doc.text.slice((tokens[i - 1] as Token).start, (tokens[end - 1] as Token).end))[0]?.name.startsWith('The ') === true;
    if (article) candidates.push(makeCandidate(ctx, i - 1, i - 1, end, false));
    // "Contact Jane Doe at …", "Reach Tom Varga at …": the verb of a line of contact details,
    // split off as if it described her, is no title.
    else if (nameStart === i + 1 && CONTACT_VERBS.has(t.normal) && opensSentence(doc, t)) candidates.push(makeCandidate(ctx, nameStart, nameStart, end, false));
    else if (!onlyTitle) candidates.push(makeCandidate(ctx, splitTitleAt >= 0 && splitTitleAt === i - 2 ? splitTitleAt : i, nameStart, end, false));
    else if (ROLE_NOUNS.has(t.normal)) loneRoles.push(i);
    splitTitleAt = onlyTitle && HONORIFICS.has(t.normal) && tokens[i + 1]?.text === '.' && splitTitle(tokens, i + 1) ? i : -1;
    i = end - 1;
  }
  const surnames = surnamesAmongRoles(ctx, candidates, loneRoles);
  const all = surnames.length ? [...candidates, ...surnames].sort((a, b) => a.start - b.start) : candidates;
  return reshapeCandidates(doc, gazetteer, addRepeatedNames(doc, gazetteer, shareListTitles(doc, all)));
}

/**
 * "Ben Player won … Judges awarded Player the points": a role word alone that is the surname of
 * a name opened by a given name is that person again.
 */
function surnamesAmongRoles(ctx: Context, candidates: readonly Candidate[], loneRoles: readonly number[]): Candidate[] {
  if (!loneRoles.length) return [];
  const { tokens } = ctx.doc;
  const surnames = new Set<string>();
  for (const c of candidates) {
    const first = tokens[c.tokenStart] as Token;
    const last = tokens[c.tokenEnd - 1] as Token;
    if (c.tokenEnd - c.tokenStart >= 2 && ctx.gazetteer.givenName(first.text) !== undefined && ROLE_NOUNS.has(last.normal) && !isAllCaps(last.text)) surnames.add(last.text);
  }
  return loneRoles.filter((i) => surnames.has((tokens[i] as Token).text)).map((i) => makeCandidate(ctx, i, i, i + 1, false));
}

/**
 * "Sens. Ann Grove and Tom Vickers": a title in the plural is the title of every name of the list
 * it opens, each given it as written (the entities stage makes it singular).
 */
function shareListTitles(doc: NlpDocument, candidates: Candidate[]): Candidate[] {
  const { tokens } = doc;
  for (let i = 0; i < candidates.length; i++) {
    const title = candidates[i]?.title;
    if (!title || !PLURAL_HONORIFICS.has(title.toLowerCase())) continue;
    for (let j = i + 1; j < candidates.length; j++) {
      const previous = candidates[j - 1] as Candidate;
      const next = candidates[j] as Candidate;
      const between = tokens.slice(previous.tokenEnd, next.titleStart ?? next.tokenStart);
      if (next.title !== undefined || next.inCapsLine || between.length === 0 || between.length > 2 || !between.every((t) => LIST_JOINERS.has(t.normal))) break;
      candidates[j] = newCandidate({ ...next, title });
    }
  }
  return candidates;
}

/**
 * Where the body's name starts in a run that is a body's office and its complement ("CEO of
 * Hewlett-Packard", "Chairman of the Varnfeld Group"), or -1.
 */
function bodyOfOffice(tokens: readonly Token[], start: number, end: number): number {
  const office = tokens[start] as Token;
  if (!BODY_OFFICE_NOUNS.has(office.normal) || tokens[start + 1]?.normal !== 'of') return -1;
  const from = tokens[start + 2]?.normal === 'the' ? start + 3 : start + 2;
  return from < end ? from : -1;
}
