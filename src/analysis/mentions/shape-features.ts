/**
 * Evidence from a name's shape (evidence.ts runs it after the name's words and reference data):
 * an acronym or a word in capitals, an inner capital, letters and digits, a surname's prefix, a
 * code or label standing alone, common words capitalised only by their place, a listed body, an
 * event's or a storm's name.
 */
import { joinedWithoutSpace, opensQuotation, opensSentence, POSSESSIVE_MARK, type Token } from '../../nlp/document.js';
import { COMPANY_SUFFIXES, CONTACT_LABELS, EVENT_WORDS, NAME_CONNECTORS, NAME_SUFFIXES, PARTY_NOUNS, POST_NOMINALS, ROLE_NOUNS, STORM_WORDS } from '../lexicon/cue-words.js';
import { hasLetter, isAllCaps, isTwoCapitals } from './letter-case.js';
import { fire, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { qualifiedPlaceEvidence, teamEvidence } from './evidence-cues.js';
import { isClubBeforeTown } from './club-names.js';
import { LIST_JOINERS } from '../lexicon/clause-words.js';
import type { NameFacts } from './evidence.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';

const ROMAN_NUMERAL = /^[IVX]+$/;
/** Acronyms joined by hyphens ("AFL-CIO"): one body's. */
const HYPHENATED_ACRONYMS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})+$/u;
const CAMEL_CASE = /^\p{Ll}*\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;
/** A word with both letters and digits, in either order ("Future45", "6PR", "IE6"). */
const LETTERS_AND_DIGITS = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]+$/u;
/** One written word of letters and digits parted by a hyphen ("EB-5", "H-1B", "7-Eleven"). */
const HYPHENED_CODE = /^(?=\S*\p{L})(?:\S*[-‐]\d|\d+[-‐]\p{L})\S*$/u;
/** A surname whose inner capital follows a prefix ("McKenna", "MacArthur", "DeSantis", "LaHood"): no brand's. */
const PREFIXED_SURNAME = /^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;
/** Two capitals or more and a plural "s": "PACs", "NGOs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** "O'Donnell", "O’Kessin". */
const IRISH_SURNAME = /^(O['’])\p{Lu}\p{Ll}+$/u;

/** The shape of the name: an acronym, a single letter, a known organization, an event, common words. */
export function shapeFeatures(e: Evidence, f: NameFacts): void {
  const { doc, gazetteer, c, tokens, words, first, last, place, smallTown, before, dateline } = f;
  // Shape.
  const letterWords = words.filter((w) => hasLetter(w.text));
  const allCommon = letterWords.every((w) => gazetteer.commonWord(w.text) || NAME_CONNECTORS.has(w.text));
  // "NATO", "FBI" — but not "IE6", nor a unit or currency after a number ("15 IQ points", "100 DKK").
  // A year before it is only a date ("In 2016 NATO agreed").
  const number = tokens[c.tokenStart - 1];
  const afterNumber = number?.pos === 'NUM' && !/^\d{4}$/.test(number.text);
  // "Mark Tedeschi, QC": letters of an honour or office after a name and a comma; "100 DKK": a
  // currency code.
  const postNominal = words.length === 1 && POST_NOMINALS.has(first.normal) && tokens[c.tokenStart - 1]?.text === ',';
  const currency = words.length === 1 && gazetteer.currency(first.text) && !place;
  // "8 p.m. EDT", "1430 GMT", "10 a.m. (CDT)": a time zone after a time; elsewhere the letters
  // may be a body's ("the PDT's candidate").
  const timeZone = words.length === 1 && gazetteer.timeZone(first.text) && !place && afterTime(tokens, c.tokenStart);
  // "Ph.D.": the rest of an abbreviation written without a space after its first part (wink
  // reads "Ph", ".", "D."); not "Mr.Smith", a name after a missing space.
  const dot = tokens[c.tokenStart - 1];
  const abbreviationEnd = words.length === 1 && dot?.text === '.' && dot.end === first.start && tokens[c.tokenStart - 2]?.end === dot.start && /^\p{Lu}\p{Ll}?\.?$/u.test(first.text);
  // "Metro line E": a letter alone names nothing (one code point: at most two code units).
  const letter = words.length === 1 && /^\p{Lu}\.?$/u.test(first.text);
  // "Fax 410-555-0199", "Tel:": the label of a number in an address block or a signature.
  const contactLabel = words.length === 1 && CONTACT_LABELS.has(first.normal);
  // "Northgate Holdings, Inc.": the legal form belongs to the name before the comma.
  const legalForm = words.length === 1 && COMPANY_SUFFIXES.has(first.normal);
  if (postNominal || currency || timeZone || abbreviationEnd || letter || contactLabel || legalForm) {
    fire(e, currency ? F.currencyCode : timeZone ? F.timeZoneCode : abbreviationEnd ? F.abbreviationEnd : letter ? F.singleLetter : contactLabel ? F.contactLabel : legalForm ? F.companySuffixAlone : F.postNominal);
  } else if (dateline) {
    fire(e, F.datelinePlace);
  } else if (((words.length === 1 && isAllCaps(first.text) && /^[\p{Lu}.&]{2,}$/u.test(first.text)) || jointAcronym(gazetteer, c.text) || localBranch(gazetteer, words)) && !place && !afterNumber) {
    // "FREE", "VERY" shouted in a sentence, "HIT" in a headline in capitals: a word, not an acronym.
    // "HR", "TV", "PS": two capitals abbreviate a term far more often than a body, which needs
    // a cue of its own ("the UN said", "(EU)" after its long form).
    fire(e, gazetteer.commonWord(first.text) ? F.commonWordInCapitals : isTwoCapitals(first.text) ? F.shortAcronym : F.acronym);
  } else if (words.length === 1 && CAMEL_CASE.test(first.text) && !PREFIXED_SURNAME.test(first.text)) {
    fire(e, F.innerCapital);
  } else if (words.length === 1 && PLURAL_ACRONYM.test(first.text)) {
    // "super PACs", "CEOs": an acronym in the plural names a kind of thing.
    fire(e, F.pluralAcronym);
  } else if (words.length === 1 && !place) {
    // "McAllister", "O'Donnell", "DiMarco": a surname's prefix; not "MacBook", "LaserJet" (a word after it).
    const prefix = (PREFIXED_SURNAME.exec(first.text) ?? IRISH_SURNAME.exec(first.text))?.[1];
    if (prefix !== undefined && !gazetteer.commonWord(first.text.slice(prefix.length))) fire(e, F.prefixedSurname);
  }
  // "Future45", "Fox13", "AK47": a word of letters and digits is a station's, a product's or a
  // code's, never a person's name.
  // Hyphens may part the digits ("EB-5", "F-35", "COVID-19", "7-Eleven").
  if (words.some((w) => LETTERS_AND_DIGITS.test(w.text)) || HYPHENED_CODE.test(c.text)) fire(e, F.lettersAndDigits);
  // "Google", "Deutsche Bank": a name on the list of organizations and brands. Worth less than
  // a surname of someone named in full (classify-candidates.ts), so "Ford" after "Henry Ford"
  // is still the man.
  if (!place && !c.inCapsLine && listedBody(gazetteer, c.text, words)) fire(e, F.knownOrganization);
  // "the Boston Bruins", not "the Barry Bennetts of the world" (people like him).
  const afterThe = before?.normal === 'the' && before.sentence === first.sentence && tokens[c.tokenEnd]?.normal !== 'of';
  teamEvidence(e, gazetteer, c, words, afterThe);
  // (Named after its home, it holds no place of its own: nested-places.ts.)
  if (isClubBeforeTown(doc, gazetteer, c.text, words)) {
    fire(e, F.clubBeforeTown);
    e.namedAfterPlace = true;
  }
  if (words.length === 1 && !c.inCapsLine && partyByNoun(f)) fire(e, F.partyNoun);
  // "World War II", "Olympic Games", "Cyclone Phailin": events and storms are not entities.
  let head: Token | undefined;
  for (let k = letterWords.length - 1; k >= 0 && !head; k--) {
    const w = letterWords[k] as Token;
    if (!NAME_SUFFIXES.has(w.normal) && !ROMAN_NUMERAL.test(w.text)) head = w;
  }
  const opener = letterWords[0];
  // "Storm Amy", "Hurricane Helene": storms are named with given names ("Storm" is one too, but
  // "Storm Reid" ends in a surname).
  const namedStorm = letterWords.length === 2 && opener !== undefined && STORM_WORDS.has(opener.normal) && gazetteer.givenName(last.text) !== undefined;
  // "the Paralympics", "the Olympics": an event named by its head word alone.
  const loneEvent = letterWords.length === 1 && opener !== undefined && EVENT_WORDS.has(opener.normal) && !gazetteer.givenName(opener.text);
  // An event word opening the name ("Cyclone Phailin"), not before a country's initials: "Age
  // UK" is a charity.
  const eventFirst = opener !== undefined && letterWords.length > 1 && EVENT_WORDS.has(opener.normal) && !gazetteer.givenName(opener.text) && !(letterWords.length === 2 && isAllCaps(last.text) && !isAllCaps(opener.text));
  if (loneEvent || namedStorm || (head && letterWords.length > 1 && EVENT_WORDS.has(head.normal)) || eventFirst) {
    fire(e, F.eventWord);
    e.event = true;
  }
  qualifiedPlaceEvidence(e, gazetteer, c, letterWords, f.tokens);
  const givenFirst = letterWords.length >= 2 && gazetteer.givenName(first.text) !== undefined;
  // "Open Harbour": a name the list holds whole is a name, common words or not.
  const listed = e.fired.includes(F.knownOrganization);
  if (allCommon && (!place || smallTown) && !isAllCaps(c.text) && !givenFirst && !listed) {
    // "Grammar", "Early", "Frame Semantics": capitalised common words need real evidence. Mid-
    // sentence after "the" ("the White House"), title case over several words marks an institution.
    const institution = letterWords.length >= 2 && before?.normal === 'the' && before.sentence === first.sentence;
    fire(e, institution ? F.commonWordsAfterThe : F.commonWords);
  } else if (words.length === 1 && !e.title && gazetteer.commonWord(first.text) && (c.inCapsLine || opensSentence(doc, first) || opensQuotation(doc, first))) {
    // "SALE OF THE CENTURY", "Most states have voted", "he said, 'Man, if …'": a common word
    // whose capital comes from its place (a line in capitals, a sentence's or a quotation's
    // start) says nothing of a name, however large the town or district of that name; only
    // a country or continent ("Turkey", "China") is sure of itself there.
    const worldPlace = place !== undefined && (place.kind === 'country' || place.kind === 'continent');
    if (!worldPlace) fire(e, F.positionalCapital);
  }
  f.letterWords = letterWords;
  f.allCommon = allCommon;
}

/**
 * "stood for Labour", "Labour's spokesman", "the Tories": a party named by a noun alone. Opening a
 * sentence "Labor" may be the common word ("Labor shifted to mining"), unless it owns something
 * or a role follows ("Labour leader Keir Starmer", "Labor MP"). Not the holiday ("Labor Day"),
 * nor a field among others ("the departments of State, Interior, Labor and Justice").
 */
function partyByNoun(f: NameFacts): boolean {
  const { doc, gazetteer, c, tokens, first } = f;
  if (!PARTY_NOUNS.has(first.normal) || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || tokens[c.tokenEnd]?.text === 'Day' || amongFields(gazetteer, tokens, c.tokenStart)) return false;
  return first.normal === 'tories' || !opensSentence(doc, first) || partyOwnsNext(tokens[c.tokenEnd]);
}

/**
 * True when the word at `at` stands in a list beside a capitalised common word ("Health,
 * Education, Labor and Pensions", "State, Interior, Labor"): a field or a department, not a party.
 */
function amongFields(gazetteer: Gazetteer, tokens: readonly Token[], at: number): boolean {
  const field = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && gazetteer.commonWord(t.text);
  return (LIST_JOINERS.has(tokens[at - 1]?.normal ?? '') && field(tokens[at - 2])) || (LIST_JOINERS.has(tokens[at + 1]?.normal ?? '') && field(tokens[at + 2]));
}

/** True when the token after a party's noun is a possessive or a role of the party ("'s", "leader", "MPs"). */
function partyOwnsNext(next: Token | undefined): boolean {
  return next !== undefined && (POSSESSIVE_MARK.test(next.text) || ROLE_NOUNS.has(next.normal) || next.normal === 'mps');
}

/** True for acronyms joined by hyphens, none a place's ("AFL-CIO"; not "UK-EU", two places' pairing). */
function jointAcronym(gazetteer: Gazetteer, text: string): boolean {
  return HYPHENATED_ACRONYMS.test(text) && !text.split('-').some((part) => gazetteer.places(part).length > 0);
}

/**
 * "Texas GOP", "Ohio NAACP": a state, region or country before a body's acronym of three to five
 * capitals (no common word shouted) is that body's branch there, named as the acronym is.
 */
function localBranch(gazetteer: Gazetteer, words: readonly Token[]): boolean {
  const [home, acronym] = words;
  if (words.length !== 2 || home === undefined || acronym === undefined || !/^\p{Lu}{3,5}$/u.test(acronym.text) || gazetteer.commonWord(acronym.text)) return false;
  return gazetteer.places(home.text).some((p) => p.kind === 'region' || p.kind === 'country');
}

/** True when the name is one word of two halves joined by a hyphen, no spaces ("Maria-Vonk"). */
export function isHyphenatedPair(words: readonly Token[]): boolean {
  const [first, hyphen, last] = words;
  return words.length === 3 && first !== undefined && hyphen?.text === '-' && last !== undefined && joinedWithoutSpace(first, hyphen) && joinedWithoutSpace(hyphen, last);
}

/** Words that end a time of day ("10 a.m.", "3:29 PM"). */
const TIME_OF_DAY = /^(?:a\.?m\.?|p\.?m\.?|\d{1,2}(?::\d{2})?|\d{4})$/iu;

/**
 * True when a time of day ends just before token `at`, past an opening bracket ("10 a.m. (CDT)"),
 * or the word "time" does ("all times EDT").
 */
function afterTime(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text === '(' ? tokens[at - 2] : tokens[at - 1];
  return before !== undefined && (before.temporal !== undefined || TIME_OF_DAY.test(before.text) || before.normal === 'time' || before.normal === 'times');
}

/**
 * True when the list of organizations holds the name, or its first part where a hyphen joins it
 * to another: "Daimler-Benz" is the merged firm's name.
 */
export function listedBody(gazetteer: Gazetteer, text: string, words: readonly Token[]): boolean {
  // "al-Qaeda": the Arabic article in lower case is listed with its capital ("Al-Qaeda").
  const listed = LOWER_ARTICLE_OPENING.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
  return gazetteer.organization(listed) || (isHyphenatedPair(words) && gazetteer.organization((words[0] as Token).text));
}

/** A name opened by the Arabic article in lower case and a hyphen ("al-Qaeda", "el-Sisi"). */
const LOWER_ARTICLE_OPENING = /^(?:al|el)-/u;
