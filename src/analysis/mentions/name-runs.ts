/**
 * Runs of name words (name-words.ts says which tokens can be words of a name): how far a run of
 * them goes over the joins names have
 * ("Jean-Luc", "Bank of America", "Children’s Hospital", "Centre for Welsh and Cornish
 * Studies", "Joaquín “El Chapo” Guzmán", "Freedom From Noise Foundation").
 */
import { CLOSED_CLASS_POS, joinedWithoutSpace, opensSentence, type Token } from '../../nlp/document.js';
import { headlineVerbBetweenNames } from './headline-words.js';
import { CORPORATE_SUFFIXES, EVENT_WORDS, HONORIFICS, NAME_CONNECTORS, NAME_SUFFIXES, ORGANIZATION_WORDS, PARTY_PLURALS, PLACE_WORDS, RELIGIOUS_ADJECTIVES, ROLE_NOUNS } from '../lexicon/cue-words.js';
import { isAllCaps } from './letter-case.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { isCompleteName, ownerIsPerson, personBeforeBody, placeAfterOf } from './complete-names.js';
import { articleBeforeSurname, isHyphen, linkedNameEnd, secondSyllableAt } from './hyphen-joins.js';
import { CAPITALISED, isNameWord, type Context } from './name-words.js';
import { townAfterStreet } from './addresses.js';
import { SAINT_WORD } from './name-parts.js';

/** Most words of a field after "and" in a body's name ("Urban Development", "Technology Policy"). */
const MAX_FIELD_WORDS = 3;

/**
 * The end of the fields a body's name goes on with after "and" at `end` ("Academy of Arts and
 * Sciences", "Office of Science and Technology Policy"), or 0. The run must hold a head word, "of"
 * and common words only ("Arts", "Housing"): "the University of Michigan and Ohio State" and "the
 * Bank of England and Barclays" name two. After "and", up to {@link MAX_FIELD_WORDS} common words
 * ending the run: no place, role, honorific or body's head ("the Department of Justice and
 * Congress"; "the Department of Labor and Labor Secretary Tom Perez").
 */
function fieldsAfterAnd(ctx: Context, start: number, end: number): number {
  const tokens = ctx.doc.tokens;
  let of = end - 1;
  while (of > start && tokens[of]?.normal !== 'of') of--;
  if (of <= start || of === end - 1 || !ORGANIZATION_WORDS.has((tokens[of - 1] as Token).normal)) return 0;
  for (let i = of + 1; i < end; i++) if (!fieldWord(ctx, tokens[i] as Token)) return 0;
  let k = end + 1;
  while (k < tokens.length && k - end - 1 < MAX_FIELD_WORDS && isNameWord(ctx, tokens[k]) && (tokens[k] as Token).sameLine) {
    if (!fieldWord(ctx, tokens[k] as Token) || ORGANIZATION_WORDS.has((tokens[k] as Token).normal) || ROLE_NOUNS.has((tokens[k] as Token).normal)) return 0;
    k++;
  }
  return k > end + 1 && !isNameWord(ctx, tokens[k]) ? k : 0;
}

/** A capitalised common word naming no place, honorific or role: a field of study or work. */
function fieldWord(ctx: Context, t: Token): boolean {
  return ctx.gazetteer.commonWord(t.normal) && !ctx.gazetteer.places(t.text).length && !HONORIFICS.has(t.normal) && !ROLE_NOUNS.has(t.normal);
}

/** Extends a run from `start` over name words, hyphen joins and connectors; returns its end. */
export function extendRun(ctx: Context, start: number): number {
  const tokens = ctx.doc.tokens;
  let end = start + 1;
  // Past "for" or "on" after an organization's head word, "and" joins name words too ("Centre
  // for Welsh and Cornish Studies").
  let headFor = false;
  for (;;) {
    const last = tokens[end - 1] as Token;
    const next = tokens[end];
    if (!next || next.sentence !== last.sentence || !next.sameLine) break;
    if (headlineVerbBetweenNames(ctx, start, end)) break;
    // "One Sullivan Road Holyoke, MA": the street's name ends before its town.
    if (end - start >= 2 && townAfterStreet(ctx.doc.tokens, end, ctx.gazetteer)) break;
    // "a trader at Refco Inc. Cargill and ADM were buying": a legal form with its full stop closes
    // the company's name, and the sentence splitter often misses the stop after it. Another
    // legal form may follow ("Samsung Electronics Co. Ltd.").
    if (end - start >= 2 && last.text.endsWith('.') && CORPORATE_SUFFIXES.has(last.normal) && !CORPORATE_SUFFIXES.has(next.normal)) break;
    if (isNameWord(ctx, next) && next.pos !== 'PUNCT') { end++; continue; }
    // "Sydney Morning Herald", "The Sunday Times": a capitalised month, day or time word inside a
    // name (a name word before and after it) belongs to the name.
    if (next.temporal !== undefined && CAPITALISED.test(next.text) && isNameWord(ctx, tokens[end + 1]) && tokens[end + 1]?.sameLine) {
      end += 2;
      continue;
    }
    // Jean-Luc, Smith-Jones: a hyphen with no space either side between two name words.
    const after = tokens[end + 1];
    if (isHyphen(next) && after && joinedWithoutSpace(last, next) && joinedWithoutSpace(next, after) && isNameWord(ctx, after)) {
      end += 2;
      continue;
    }
    // "Naqsh-e Jahan Square", "Tehreek-e-Insaf": a linking particle between name words.
    const linked = linkedNameEnd(tokens, end, (t) => isNameWord(ctx, t));
    if (linked > end) {
      end = linked;
      continue;
    }
    // "Bashar al-Assad": the Arabic article in lower case goes on with the surname after it.
    if (next.sameLine && articleBeforeSurname(tokens, end, (t) => isNameWord(ctx, t))) {
      end += 3;
      continue;
    }
    // "Ban Ki-moon": the second syllable of a given name after a surname in the same run;
    // "Soo-hyang Choi": before the surname, when a name word follows it.
    const surnameAfter = tokens[end + 2];
    if ((end - start >= 2 || (surnameAfter?.sameLine === true && CAPITALISED.test(surnameAfter.text) && isNameWord(ctx, surnameAfter))) && secondSyllableAt(tokens, end)) {
      end += 2;
      continue;
    }
    // "Freedom From Noise Foundation", "Gone With the Wind": a function word written with a
    // capital inside a sentence, between name words, is part of the name (not in a Title Case
    // headline, where every word has one).
    if (/^\p{Lu}\p{Ll}/u.test(next.text) && CLOSED_CLASS_POS.has(next.pos) && next.pos !== 'PUNCT' && !ctx.titleCaseLines.has(next.index) && !opensSentence(ctx.doc, next)) {
      let k = end + 1;
      if (tokens[k] && CAPITALISED.test((tokens[k] as Token).text) && (tokens[k] as Token).pos === 'DET') k++;
      const headAt = headWordAhead(ctx, k);
      if (headAt > 0) {
        end = headAt + 1;
        continue;
      }
    }
    // Joaquín “El Chapo” Guzmán: a nickname in quotation marks between two parts of a name.
    const surname = NICKNAME_MARKS.has(next.text) && !joinedWithoutSpace(last, next) ? nicknameEnd(ctx, end + 1) : 0;
    if (surname > 0) {
      end = surname + 1;
      continue;
    }
    // "Society for Coastal Systems Research", "Council on Foreign Relations": an organization's
    // head word goes on with "for" or "on" and the name words after it.
    // ("on" only after bodies that sit on something: not "CBS News on Super Tuesday").
    const joiner =
      next.normal === 'for' ? ORGANIZATION_WORDS.has(last.normal) : next.normal === 'on' ? SITTING_BODIES.has(last.normal) : headFor && (next.normal === 'and' || next.text === '&');
    if (joiner && after && after.sameLine && isNameWord(ctx, after)) {
      headFor = true;
      end += 2;
      continue;
    }
    // "Committee for the Protection of Journalists", "Front for the Liberation of …", "Committee
    // for a Responsible Budget": "for the" or "for a" and the cause a body serves, after its
    // head word (not another body it works for: "Edison Research for the Associated Press",
    // "the Harbor League for the Westbury Rovers").
    if (next.normal === 'for' && (after?.normal === 'the' || after?.normal === 'a') && ORGANIZATION_WORDS.has(last.normal) && after.sameLine && causeAt(ctx, end + 2, after.normal === 'a')) {
      headFor = true;
      end += 3;
      continue;
    }
    // "Academy of Arts and Sciences", "Department of Housing and Urban Development": past "of"
    // after a body's head word, "and" joins the fields the body covers.
    const fieldsEnd = next.normal === 'and' ? fieldsAfterAnd(ctx, start, end) : 0;
    if (fieldsEnd > end) {
      end = fieldsEnd;
      continue;
    }
    // "Trinidad and Tobago", "Kensington and Chelsea", "Newcastle upon Tyne": a place named by
    // two names and a small word between them is one place.
    if (PLACE_NAME_LINKS.has(next.text) && after && after.sameLine && isNameWord(ctx, after) && pairedPlace(ctx, start, end + 2)) {
      end += 2;
      continue;
    }
    // "Food and Drug Administration", "Department of Health and Human Services": "and" inside an
    // organization's name, when the words after it end in the organization's head word (not
    // "Smith and Jones", nor two names in a list: "Harbor Airlines and Westbury Airlines",
    // "Le Phare, Caravelle and Blue Club").
    // One head word alone opens a name ("Securities and Exchange Commission").
    // "National Association of Black Journalists and National Association of …": the same first
    // word again after "and" opens a second body.
    const inList = (ORGANIZATION_WORDS.has(last.normal) && end - start >= 2) || tokens[start - 1]?.text === ',' || after?.text === (tokens[start] as Token).text;
    // The head comes after a word of its own ("Drug Administration", "Means Committee"): in "the
    // House and Senate" the two are bodies side by side. A person named in full is no part of a
    // body's name: "Lena Ford and Fox News' Kessin" is a list.
    // "Securities and Exchange Commission": past a head word of its own, the last one counts.
    // A body known by the name before "and" is one of two ("Broadcom and Marvell Technology").
    const organizationAhead = next.normal === 'and' && !inList && !isAllCaps(last.text) && !isCompleteName(ctx, start, end) && !ctx.gazetteer.organization(ctx.doc.text.slice((tokens[start] as Token).start, last.end)) ? lastHeadWordAhead(ctx, end + 1) : 0;
    if (organizationAhead > end + 1) {
      end = organizationAhead + 1;
      continue;
    }
    // Bank of America, Gulf of the Mexico, Charles de Gaulle; but not "Amara Nwosu of the
    // University of Toronto" or "Ridgeline Inc. of Charlotte": a complete name ends the run.
    // "William the Conqueror", but not "deny Lena Ford the Democratic nomination": after a full
    // name, "the" opens no epithet.
    const epithetAfterFullName = next.text === 'the' && end - start >= 2 && isCompleteName(ctx, start, end);
    // "Varnel District of West Virginia", "Kessin County of Ruritania": a subdivision named
    // with its head word last lies in the region or country after "of" (head-first names stay
    // whole: "District of Columbia"; so do countries, "Republic of Korea", and a court's
    // district, "Eastern District of New York").
    if (next.text === 'of' && end - start >= 2 && SUBDIVISION_HEADS.has(last.normal) && !DISTRICT_QUALIFIER.test(tokens[start]?.text ?? '') && placeAfterOf(ctx, end + 1, true)) break;
    if ((NAME_CONNECTORS.has(next.text) || next.text === 'of') && !(next.text === 'of' && (isCompleteName(ctx, start, end) || personOfBody(ctx, start, end))) && !epithetAfterFullName) {
      let k = end + 1;
      // "of the", "von der", "van den": up to two small words in a row.
      if (tokens[k] && NAME_CONNECTORS.has((tokens[k] as Token).text) && (tokens[k] as Token).sameLine) k++;
      const word = tokens[k];
      // "the Socialists of Lena Ford", "the Socialists of President Garrow": a party's people
      // named after their leader, two names.
      // "the Sunnis of Fallujah", "the Kurds of Iraq": a people or a faith, and where they live.
      const followers =
        next.text === 'of' &&
        ((PARTY_PLURALS.has(last.normal) && word !== undefined && (ctx.gazetteer.givenName(word.text) !== undefined || HONORIFICS.has(word.normal) || ROLE_NOUNS.has(word.normal))) ||
          (end - start === 1 && (RELIGIOUS_ADJECTIVES.has(last.normal) || ctx.gazetteer.demonym(last.text) !== undefined)));
      // "the Samajwadi Party of Akhilesh Yadav", "the government of Narendra Modi": a party or a
      // government and the person who leads it, two names.
      const leader = next.text === 'of' && LED_BODIES.has(last.normal) && word !== undefined && k === end + 1 && plainGivenNameBeforeSurname(ctx, k);
      if (word && word.sameLine && isNameWord(ctx, word) && !followers && !leader) { end = k + 1; continue; }
    }
    // A possessive, not a person's ("Lena Ford's Senate seat" is hers, "Tom Moody … Moody's car"
    // his): "Moody's", "McDonald’s", a firm named in the possessive as the list of firms writes
    // it; "Boston Children’s Hospital", "King's College", a possessive inside an institution's
    // name.
    if ((next.text === '’s' || next.text === "'s") && joinedWithoutSpace(last, next) && !ownerIsPerson(ctx, start, end)) {
      const from = (tokens[start] as Token).start;
      if (ctx.gazetteer.organization(ctx.doc.text.slice(from, next.end))) {
        end++;
        continue;
      }
      // A place's possessive is the place's ("Ohio's governor"); a saint's, though a parish bears
      // the name, opens an institution ("St. Luke's Health System", "St. Mary's College").
      if (!ctx.gazetteer.places(ctx.doc.text.slice(from, last.end)).length || SAINT_WORD.test((tokens[start] as Token).text)) {
        const tail = possessiveNameTail(ctx, end + 1);
        if (tail > end + 1) { end = tail; continue; }
      }
    }
    // "Workers' Party", "Reserve Officers' Training Corps": a common noun's plural possessive
    // inside a body's name, when the words after it end in a head word (not a person's or a
    // party's: "Sanders' Senate office", "the Democrats' Senate campaign arm").
    // So is a saint's name ending in "s" ("St. Thomas' Hospital", "St. James' Park").
    const plural = last.text.endsWith('s') && ((ctx.gazetteer.commonWord(last.text) && !PARTY_PLURALS.has(last.normal)) || (end - start === 2 && SAINT_WORD.test((tokens[start] as Token).text)));
    if ((next.text === '’' || next.text === "'") && plural && joinedWithoutSpace(last, next) && tokens[end + 1] !== undefined && !joinedWithoutSpace(next, tokens[end + 1] as Token)) {
      const tail = possessiveNameTail(ctx, end + 1);
      if (tail > end + 1) { end = tail; continue; }
    }
    // Martin Luther King Jr., Henry Ford II
    if (NAME_SUFFIXES.has(next.normal) && CAPITALISED.test(next.text)) { end++; continue; }
    // "Dom Luís I Bridge", "Elizabeth I Hospital": the regnal "I" inside a name (before another
    // name word; alone it is the pronoun).
    if (next.text === 'I' && after && after.sameLine && !joinedWithoutSpace(next, after) && isNameWord(ctx, after) && !opensSentence(ctx.doc, next)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/**
 * True when a body's cause is named from token `k` on: a capitalised common word, not opening
 * a place's name, and no organization's head word among the name words that follow
 * ("Liberation of Palestine", "Advancement of Colored People", but not "Associated Press").
 * After "for a" (`indefinite`), two name words at least and no small word among them.
 */
function causeAt(ctx: Context, k: number, indefinite: boolean): boolean {
  const tokens = ctx.doc.tokens;
  const first = tokens[k];
  if (!first?.sameLine || !isNameWord(ctx, first) || !ctx.gazetteer.commonWord(first.text) || ctx.gazetteer.opensPlaceName(first.text)) return false;
  let words = 0;
  for (let i = k; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.sameLine) break;
    if (ORGANIZATION_WORDS.has(t.normal)) return false;
    // After "for a", a cause of two words or more and no "of" ("for a Responsible Federal
    // Budget"), not what one studies for ("University for a Master of Education").
    if (indefinite && NAME_CONNECTORS.has(t.text)) return false;
    if (!startsCapitalised(t.text) && !NAME_CONNECTORS.has(t.text)) break;
    words++;
  }
  return !indefinite || words >= 2;
}

/** Small words inside places' names: "Trinidad and Tobago", "Kingston upon Hull", "Frankfurt am Main", "Isle of Man". */
const PLACE_NAME_LINKS = new Set(['and', 'upon', 'on', 'am', 'an', 'of', 'under', 'sur', 'en', 'de', 'del', 'di', 'da']);

/** True when tokens [start, end) name a country, a region or a town whole ("Bosnia and Herzegovina"). */
function pairedPlace(ctx: Context, start: number, end: number): boolean {
  // Most names open no place's name: one lookup of the first word rules them out cheaply.
  if (!ctx.gazetteer.opensPlaceName((ctx.doc.tokens[start] as Token).text)) return false;
  const text = ctx.doc.text.slice((ctx.doc.tokens[start] as Token).start, (ctx.doc.tokens[end - 1] as Token).end);
  return ctx.gazetteer.places(text).length > 0;
}

/** Bodies named head first with "on" ("Council on Foreign Relations", "Committee on Science"). */
const SITTING_BODIES = new Set(['council', 'committee', 'subcommittee', 'commission', 'conference', 'coalition', 'panel', 'board']);

/**
 * Heads that close a name with "and" inside it: a body's ("Food and Drug Administration") or a
 * law's ("Emergency Medical Treatment and Labor Act", which is then no body).
 */
const BODY_OR_LAW_HEADS = [ORGANIZATION_WORDS, new Set(['act'])];

/** The head words {@link headWordAhead} looks for unless told: an organization's, a place's, an event's. */
const ANY_HEAD = [ORGANIZATION_WORDS, PLACE_WORDS, EVENT_WORDS];
/** Most name words read ahead for the head word of a name with a function word inside. */
const MAX_WORDS_TO_HEAD = 4;

/**
 * From `from`, the index of an organization's, place's or event's head word reached over name
 * words only ("Religion Foundation"), or 0: a capitalised "From" or "With" joins the words
 * around it into one name only when that name ends in such a head ("Freedom From Noise
 * Foundation"), not in a headline's run of capitals ("Garrow Jeered After Hinting Shift").
 */
function headWordAhead(ctx: Context, from: number, heads: readonly ReadonlySet<string>[] = ANY_HEAD): number {
  const tokens = ctx.doc.tokens;
  for (let k = from; k < tokens.length && k - from < MAX_WORDS_TO_HEAD; k++) {
    const t = tokens[k] as Token;
    if (!t.sameLine || !isNameWord(ctx, t) || isAllCaps(t.text)) return 0;
    if (heads.some((list) => list.has(t.normal))) return k;
  }
  return 0;
}

/** Bodies named after "of" by the person who leads them ("the Party of Akhilesh Yadav"). */
const LED_BODIES = new Set(['party', 'government', 'administration', 'cabinet', 'campaign', 'faction', 'camp', 'regime']);

/** True when a plain given name (no common word, no place) at `k` opens a full name: a capitalised word follows. */
function plainGivenNameBeforeSurname(ctx: Context, k: number): boolean {
  const given = ctx.doc.tokens[k] as Token;
  const surname = ctx.doc.tokens[k + 1];
  if (surname === undefined || !surname.sameLine || !CAPITALISED.test(surname.text) || !isNameWord(ctx, surname)) return false;
  // "Sri Lanka" opens with a given name too.
  const plain = ctx.gazetteer.givenName(given.text) !== undefined && !ctx.gazetteer.commonWord(given.text) && !ctx.gazetteer.places(given.text).length;
  return plain && !ctx.gazetteer.places(ctx.doc.text.slice(given.start, surname.end)).length;
}

/** Head words of the subdivisions of a region or country. */
const SUBDIVISION_HEADS = new Set(['county', 'district', 'province', 'prefecture', 'municipality', 'borough', 'township', 'parish', 'taluk', 'village', 'town']);
/** "Eastern", "Southern": the district of a court or a region, whose "of" is part of the name. */
const DISTRICT_QUALIFIER = /^(?:North|South|East|West|Central)(?:ern)?$/u;

/**
 * True when the run [start, end), before "of the" and a body's name (which may open with a
 * country's initials), names a person of that body: "Carol Lee of the Wall Street Journal",
 * "Ginsburg of the U.S. Supreme Court".
 */
function personOfBody(ctx: Context, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  if (tokens[end + 1]?.normal !== 'the') return false;
  const bodyFrom = isAllCaps(tokens[end + 2]?.text ?? '') ? end + 3 : end + 2;
  return headWordAhead(ctx, bodyFrom, [ORGANIZATION_WORDS]) > 0 && personBeforeBody(ctx, start, end);
}

/** Index of the last head word of a body or a law among the name words from `from` ("Exchange Commission" → "Commission"), or 0. */
function lastHeadWordAhead(ctx: Context, from: number): number {
  let head = headWordAhead(ctx, from, BODY_OR_LAW_HEADS);
  while (head > 0) {
    const next = headWordAhead(ctx, head + 1, BODY_OR_LAW_HEADS);
    if (next === 0 || next - from >= MAX_WORDS_TO_HEAD) break;
    head = next;
  }
  return head;
}

/** Double quotation marks, which set off a nickname inside a name (single ones are apostrophes too). */
const NICKNAME_MARKS = new Set(['“', '”', '"', '«', '»']);
/** Longest nickname taken inside a name, in words ("El Chapo", "The Rock"). */
const MAX_NICKNAME_WORDS = 3;

/**
 * After an opening mark at `from - 1`: the index of the name word that follows a quoted
 * nickname of one to three capitalised words and its closing mark (“El Chapo” Guzmán), or 0.
 */
function nicknameEnd(ctx: Context, from: number): number {
  const tokens = ctx.doc.tokens;
  let k = from;
  while (k - from < MAX_NICKNAME_WORDS && tokens[k]?.type === 'word' && startsCapitalised((tokens[k] as Token).text) && (tokens[k] as Token).sameLine) k++;
  const close = tokens[k];
  const after = tokens[k + 1];
  if (k === from || !close || !NICKNAME_MARKS.has(close.text) || !joinedWithoutSpace(tokens[k - 1] as Token, close)) return 0;
  return after && after.sameLine && !joinedWithoutSpace(close, after) && isNameWord(ctx, after) ? k + 1 : 0;
}

/**
 * After a possessive, the end of the name words that follow when they end in an organization
 * or place head word ("Children’s Hospital"); otherwise `from` (the possessive ends the name).
 */
function possessiveNameTail(ctx: Context, from: number): number {
  const tokens = ctx.doc.tokens;
  let end = from;
  while (end < tokens.length && end - from < 4 && isNameWord(ctx, tokens[end]) && (tokens[end] as Token).sameLine) end++;
  const head = tokens[end - 1];
  return end > from && head && (ORGANIZATION_WORDS.has(head.normal) || PLACE_WORDS.has(head.normal)) ? end : from;
}
