/**
 * Evidence for one candidate name being a person, a place or an organization, gathered from the
 * name itself (cue words, reference data, its shape: shape-features.ts) and from the words around
 * it (evidence-context.ts, organization-cues.ts). The detectors here
 * only say which features (features.ts) fire; what each is worth is the typing model's
 * (typing-model.ts).
 */
import { joinedWithoutSpace, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import { ARTICLES, BODY_ROLES, CHAMBERS_AFTER_THE, COMPANY_PREFIXES, COMPASS_POINTS, HONORIFICS, ORGANIZATION_OPENERS, ORGANIZATION_WORDS, PARTY_PLURALS, PLACE_OPENERS, PLACE_PREPOSITIONS, PLACE_WORDS, RELIGIOUS_ADJECTIVES, ROLE_NOUNS, STANDALONE_INSTITUTIONS, SURNAME_PARTICLES } from '../lexicon/cue-words.js';
import type { Candidate } from './candidate.js';
import { isHyphen, syllabicName } from './hyphen-joins.js';
import { ARABIC_ARTICLE, INITIAL } from './name-parts.js';
import { residentsOfPlace } from './residents.js';
import { isAllCaps, isTwoCapitals, titleCase } from './letter-case.js';
import { shortShout, unfamiliarNameWords, wordsBesideParticles } from './name-shape.js';
import { fire, newEvidence, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { DEFAULT_MODEL, scoreFeatures, type TypingModel } from './typing-model.js';
import { organizationContextEvidence } from './organization-cues.js';
import { lowerCaseTitleBefore, opensDatelineWithPlace, qualifiedRoleAt, stateAbbreviationEvidence } from './evidence-cues.js';
import { afterVerbOrPreposition, contextBeforeFeatures, signOffFeatures } from './evidence-context.js';
import { creditedName } from './credit-lines.js';
import { DASHES } from '../lexicon/clause-words.js';
import { contextAfterFeatures, countryInBrackets } from './evidence-after.js';
import { isHyphenatedPair, listedBody, shapeFeatures } from './shape-features.js';

export { bestType, newEvidence, type Evidence, type Scores } from './evidence-record.js';

const MARKS = /\p{M}/gu;
/** Towns smaller than this share their names with surnames too often to be what follows an initial ("M. Westbury"). */
const ABBREVIABLE_CITY_POPULATION = 100_000;
/**
 * The initials that abbreviate the first word of a place's name: the points of the compass ("N.
 * Korea", "S. Africa", "W. Virginia"). Any other initial opens a person's name, whatever the
 * surname also names ("J. Crawley", "G. Washington").
 */
const COMPASS_INITIAL = /^[NSEW]\.$/u;
/** A place an initial before it may belong to ("N. Korea", "W. Virginia"). */
const abbreviable = (p: PlaceRecord): boolean => p.kind !== 'city' || (p.population ?? 0) >= ABBREVIABLE_CITY_POPULATION;
/**
 * One word compounded with the head of a body's name: "Kreditbank", "Tamranews", "Vostrasoft",
 * "Fibrecom" is no English word, but "bank", "news", "soft(ware)", "com(munications)"
 * written onto a name make it a firm's or an outlet's.
 */
const ORGANIZATION_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:bank|news|soft|tech|com|media|corp|works|mart|web|ware|labs|air)$/u;
/** Plural articles of the Romance languages, which open names of groups and works ("Les Verts"). */
const PLURAL_ARTICLE = /^(?:Les|Los|Las)$/u;
/** How plural nouns end in the languages whose articles open names ("Misérables", "Échos", "Verts"). */
const PLURAL_NOUN_ENDING = /[sx]$/u;
/** Two or three initials written together ("O.J.", "J.R.R."). */
const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** Honorifics a person is addressed by ("Madam Speaker", "Dr. King"), unlike ranks ("Lt. Governor"). */
const ADDRESS_FORMS = /^(?:mr|mrs|ms|mx|dr|prof|rev|fr|hon|madam|madame|miss|sir|dame|lord|lady)\.?$/iu;
const ASCII = /^[\x00-\x7f]*$/;
/** Endings of abstract nouns: "Cooperation", "Movement", "Democracy", "Justice" is not one. */
const ABSTRACT_NOUN = /(?:tion|ment|ness|ism|ance|ship|acy|ics)$/u;
/**
 * Endings of abstract nouns written alone in lower case after the capital ("Sequestration",
 * "Hostilities"). Not "-ness", which ends places ("Holderness"), nor "-ments" ("Clements"), nor
 * "-vision", which ends broadcasters' names.
 */
const LONE_ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:(?<!vi)sions?|tions?|ment|isms?|ities|ity|ances?|ences?)$/u;
/** Shorter words with those endings are names as often ("Unity", "Vance"). */
const MIN_ABSTRACT_LENGTH = 7;

/** The text without diacritics: "Göd" → "God". Plain ASCII (most names) is returned as is. */
function stripMarks(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFD').replace(MARKS, '');
}

/** Adjectives of the compass ("Southern", "Northwestern"). */
const COMPASS_ADJECTIVE = /^(?:North|South|East|West)(?:ern|eastern|western)$/u;
/** The sides a river's bank is named by ("West Bank", "Left Bank"). */
const RIVER_SIDES = new Set(['west', 'east', 'north', 'south', 'left', 'right']);
/** Gathers evidence for a candidate from its words, reference data and context, scored under the model. */
export function gatherEvidence(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate, model: TypingModel = DEFAULT_MODEL): Evidence {
  const e = detectFeatures(doc, gazetteer, c);
  e.scores = scoreFeatures(model, e.fired);
  return e;
}

/**
 * What the detectors of one candidate read: its words, and what the reference data says of it
 * as later detectors need it. Made with every field set, so that they all see one object shape.
 */
export interface NameFacts {
  readonly doc: NlpDocument;
  readonly gazetteer: Gazetteer;
  readonly c: Candidate;
  readonly tokens: readonly Token[];
  readonly words: readonly Token[];
  readonly first: Token;
  readonly last: Token;
  /** True when the name, in capitals, opens a dateline ("VAIL, Colorado"). */
  readonly dateline: boolean;
  /** The name as looked up: "U.S." for "U. S.", title case for a name in capitals. */
  readonly lookup: string;
  readonly places: readonly PlaceRecord[];
  /** The token before the name and its title. */
  readonly before: Token | undefined;
  /** Set by the reference-data detector: the place the name is, its given name, whether that place is a town under 100,000. */
  place: PlaceRecord | undefined;
  given: { gender: 'female' | 'male' | 'both' } | undefined;
  smallTown: boolean;
  /** Set by the shape detector: the words with a letter, and whether all of them are common words. */
  letterWords: readonly Token[];
  allCommon: boolean;
}

/** The features that fire for a candidate, and the facts the document rules read. */
export function detectFeatures(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): Evidence {
  const e = newEvidence();
  fire(e, F.bias);
  // The detectors run in this order, the order the features fire in (--explain shows it). They
  // are functions of their own because V8 compiles a hot function whole, and compiles it again
  // whole each time a branch it had never taken deoptimises it: as one function of some 270
  // lines they were compiled 9 times over 840 articles, a third of all of V8's compiling.
  const f = nameFacts(doc, gazetteer, c);
  nameWordFeatures(e, f);
  referenceFeatures(e, f);
  shapeFeatures(e, f);
  contextBeforeFeatures(e, f);
  contextAfterFeatures(e, f);
  signOffFeatures(e, f);
  if (creditedName(f.tokens, c.tokenStart)) fire(e, F.creditLine);
  const { tokens, words, first, given, place, allCommon } = f;
  organizationContextEvidence(e, tokens, c.tokenStart, c.tokenEnd, { oneWord: words.length === 1, given: given !== undefined, place: place !== undefined, titled: e.title !== undefined, capitals: words.length === 1 && isAllCaps(first.text), allCommon, surnameShaped: e.fired.includes(F.prefixedSurname), countryInBrackets: countryInBrackets(tokens, c.tokenEnd, gazetteer) });
  return e;
}

/**
 * The places a name may be: after "the" in lower case, those whose name opens with the article
 * too ("the Bronx", "the Hague" are The Bronx and The Hague), when the name alone is none.
 */
function placesOf(gazetteer: Gazetteer, lookup: string, before: Token | undefined): readonly PlaceRecord[] {
  const direct = gazetteer.places(lookup);
  if (direct.length || before?.text !== 'the') return direct;
  return gazetteer.places(`The ${lookup}`).filter((p) => p.name.startsWith('The '));
}

/** The {@link NameFacts} of candidate `c`, before the detectors add theirs. */
function nameFacts(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): NameFacts {
  const tokens = doc.tokens;
  const words = tokens.slice(c.tokenStart, c.tokenEnd);
  // "U. S.": initials written with spaces are looked up as "U.S.".
  const written = c.text.includes('. ') && /^(\p{Lu}\. )+\p{Lu}\.$/u.test(c.text) ? c.text.replace(/ /g, '') : c.text;
  const dateline = opensDatelineWithPlace(tokens, c);
  const lookup = c.inCapsLine || dateline || (isAllCaps(written) && written.length > 4) ? titleCase(written) : written;
  return {
    doc,
    gazetteer,
    c,
    tokens,
    words,
    first: words[0] as Token,
    last: words[words.length - 1] as Token,
    dateline,
    lookup,
    places: placesOf(gazetteer, lookup, tokens[c.tokenStart - 1]),
    before: tokens[(c.titleStart ?? c.tokenStart) - 1],
    place: undefined,
    given: undefined,
    smallTown: false,
    letterWords: [],
    allCommon: false,
  };
}

/** A demonym ("Russian"), a title before or in the name, the head words of a body or a place. */
function nameWordFeatures(e: Evidence, f: NameFacts): void {
  const { doc, gazetteer, c, tokens, words, first, last, lookup, places } = f;
  // "Russian", and hyphenated ones: "African-American", "Irish-born".
  const hyphenParts = c.text.includes('-') ? c.text.split('-') : [];
  const demonymPart = hyphenParts.length === 2 && hyphenParts.some((part) => gazetteer.demonym(part));
  const religious = words.length === 1 && RELIGIOUS_ADJECTIVES.has(first.normal);
  // "the Southern border", "Western nations": a compass adjective alone is no place's name.
  const compass = words.length === 1 && COMPASS_ADJECTIVE.test(first.text);
  // "Costa Rican", "North Korean": a demonym of several words too; "Iowans", "Clevelanders": the
  // people of a place the data names, in the plural.
  const residents = words.length === 1 && residentsOfPlace(gazetteer, first.text);
  if ((words.length <= 3 && gazetteer.demonym(lookup)) || demonymPart || religious || compass || residents) {
    e.demonym = true;
  }

  // Titles: inside the run ("President Vladimir Putin") or just before it ("former senator").
  // A role noun before a country or state ("coal producer West Virginia") describes the place.
  // Not before an acronym: "the major TV networks"; nor before a name that qualifies a noun
  // after it ("his official Twitter feed"): the role word is an adjective there.
  const acronymName = words.length === 1 && isAllCaps(first.text);
  // (Not a verb the tagger reads as a noun, which a determiner follows: "President Bush pinched a
  // few nerves"; nor a particle of the name: "Wajiha al-Sabunji".)
  const next = doc.tokens[c.tokenEnd];
  const afterNext = doc.tokens[c.tokenEnd + 1];
  const qualifiesNoun = next !== undefined && next.pos === 'NOUN' && next.sentence === first.sentence && /^\p{Ll}/u.test(next.text) && afterNext?.pos !== 'DET' && !isHyphen(afterNext);
  const lowerTitle = c.title === undefined && !acronymName && !qualifiesNoun && !places.some((p) => p.kind !== 'city') ? lowerCaseTitleBefore(doc, c) : undefined;
  e.title = c.title ?? lowerTitle;
  // "Lt. Governor", "Deputy Director": a title over nothing but role words names an office, not a
  // person; a form of address still names the one addressed ("Madam Speaker", "Dr. King").
  const addressed = e.title !== undefined && ADDRESS_FORMS.test(e.title);
  const officeOnly = !addressed && words.every((w) => ROLE_NOUNS.has(w.normal) || HONORIFICS.has(w.normal));
  if (e.title !== undefined && !officeOnly) {
    const honorific = e.title.toLowerCase().split(/\s+/).some((w) => HONORIFICS.has(w));
    // "the official Vostra candidates": a name qualifying the plural noun after it is no one's
    // name, and the word before it is that noun's adjective, not a title; never an honorific
    // ("Mr. Keane voters"). (A singular noun there is as often a verb the tagger misread:
    // "President Garrow pinched a nerve".)
    const next = tokens[c.tokenEnd];
    const qualifier = !honorific && next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.normal !== next.lemma && next.normal.endsWith('s');
    // Nor before the role it qualifies: "his wife Democratic presidential front-runner Lena
    // Ford", "her chief Democratic rival" (a role noun, or a noun past an adjective, is no verb
    // misread).
    const roleAfter = !honorific && qualifiedRoleAt(tokens, c.tokenEnd);
    // "the Mayor of Westbury", "King of Athens": a title ending in "of" governs a place or a
    // body, its complement, and names no person.
    const complement = /\bof(?: the)?$/iu.test(e.title);
    // "Rival Saab-Scania", "owner Tata": a role companies have too, before a listed body, is
    // the body's.
    const bodyRole = BODY_ROLES.has(e.title.toLowerCase().split(/\s+/).at(-1) ?? '') && listedBody(gazetteer, c.text, words);
    if (!qualifier && !roleAfter && !complement && !bodyRole) fire(e, honorific ? F.honorificTitle : F.roleTitle);
  }

  // Head words: English names are head-final ("Moscow State University"), or head-first with "of".
  // A head word alone names one body only for a few institutions ("Congress", "Parliament"), or
  // after "the" for one named before ("the Church", "the Academy"); "Police arrested…",
  // "University collections", "a TV" are common nouns.
  const headAlone = words.length === 1 && !STANDALONE_INSTITUTIONS.has(last.normal) && tokens[c.tokenStart - 1]?.normal !== 'the';
  // "the House", "the Commons": a chamber named by its common word, past a sentence's start.
  const before0 = tokens[c.tokenStart - 1];
  const chamber = words.length === 1 && CHAMBERS_AFTER_THE.has(last.normal) && before0?.normal === 'the' && before0.sentence === first.sentence && /^\p{Ll}/u.test(before0.text);
  // "Hansakreditbank", "Kreditbank", "Vostrasoft": a compound ending in a body's head names one
  // body ("riverbank", "software" are words; "Caroline" a given name).
  const headCompound = words.length === 1 && ORGANIZATION_COMPOUND.test(lookup) && !gazetteer.commonWord(lookup) && !gazetteer.givenName(lookup) && !places.length;
  // "Secretary of State", "Minister of Finance": a role and its complement name an office; the
  // place of "Governor of Ohio" is still named.
  const officeName = words.length >= 3 && words[1]?.text === 'of' && ROLE_NOUNS.has(first.normal) && gazetteer.places(c.text.slice((words[2] as Token).start - c.start)).length === 0;
  // "Free Progressives", "the Westbury Greens": a persuasion in the plural after a qualifier is a
  // party; after a chamber ("House Progressives") it is the chamber's members.
  const party = words.length >= 2 && PARTY_PLURALS.has(last.normal) && !ORGANIZATION_WORDS.has(first.normal) && !CHAMBERS_AFTER_THE.has(first.normal);
  // "Workers Party Ruritania", "Vostra Bank Europe": a body's branch in a country keeps its head word;
  // so does one named with its city ("Trinity College Dublin", "University College London").
  const penultimate = words[words.length - 2];
  const branch = words.length >= 3 && penultimate !== undefined && ORGANIZATION_WORDS.has(penultimate.normal) && gazetteer.places(last.text).some((p) => p.kind === 'country' || p.kind === 'continent' || p.kind === 'city');
  // "Islamic State": a state a faith names is a movement's name, not a place's.
  const faithState = words.length === 2 && last.normal === 'state' && RELIGIOUS_ADJECTIVES.has(first.normal);
  // "Coronado Unified School District": the body that runs a district's schools.
  const schoolDistrict = last.normal === 'district' && words[words.length - 2]?.normal === 'school';
  // "Westbury High football coach", "Central High": a school named as American news shortens
  // "… High School"; not a name in capitals ("TEMPERATURES HIGH").
  const highSchool = words.length >= 2 && last.text === 'High' && !c.inCapsLine;
  // "West Bank", "Left Bank": the bank of a river by its side is a place.
  const riverBank = words.length === 2 && last.normal === 'bank' && RIVER_SIDES.has(first.normal);
  // "Douglas J. Band", "Mary K. Church": a given name, a middle initial and one word is a
  // person's name whose surname is a head word.
  const initialled = words.length === 3 && INITIAL.test((words[1] as Token).text) && gazetteer.givenName(first.text) !== undefined;
  // "Fox News Channel", "the Weather Channel", "the Disney Channel": a common word or a listed
  // body before "Channel" names a broadcaster's channel; a place's or a people's name names a
  // sea's ("Bristol Channel", "English Channel", "North Channel").
  const channelOwner = penultimate !== undefined && (gazetteer.commonWord(penultimate.text) || gazetteer.organization(penultimate.text));
  const broadcastChannel = words.length >= 2 && last.normal === 'channel' && channelOwner && !COMPASS_POINTS.has((penultimate as Token).normal) && gazetteer.demonym((penultimate as Token).text) === undefined;
  // "ICE HOCKEY - LEAGUE STANDINGS": a wire story's section slug in capitals, common words
  // opening the line before a dash, names a sport or a subject, not a body.
  const slug = !first.sameLine && DASHES.has(tokens[c.tokenEnd]?.text ?? '') && words.every((w) => isAllCaps(w.text) && gazetteer.commonWord(w.text));
  if ((ORGANIZATION_WORDS.has(last.normal) && !headAlone && !riverBank && !initialled && !slug) || chamber || headCompound || party || branch || faithState || schoolDistrict || highSchool || broadcastChannel) fire(e, F.organizationHeadLast);
  else if (riverBank) fire(e, F.placeHeadLast);
  else if (officeName) fire(e, F.officeName);
  // "Oliver North", "Liz West": after a given name a compass word is a surname; places are named
  // "Kensington West" or "North Sea". "Ju-min Park": after a Korean given name, the surname.
  else if (PLACE_WORDS.has(last.normal) && words.length > 1 && !(words.length === 2 && COMPASS_POINTS.has(last.normal) && gazetteer.givenName(first.text) && !gazetteer.commonWord(first.text)) && !syllabicName(tokens, c.tokenStart, c.tokenEnd)) {
    fire(e, F.placeHeadLast);
  }
  // Head-first: "Royal Bank of Canada", "Office of the Superintendent", "Gulf of Mexico",
  // "Centre for Irish Studies", "Council on Foreign Relations".
  const ofAt = words.findIndex((w) => w.text === 'of');
  const beforeOf = ofAt > 0 ? (words[ofAt - 1] as Token) : undefined;
  const forAt = words.findIndex((w) => w.text === 'for' || w.text === 'on');
  const beforeFor = forAt > 0 ? (words[forAt - 1] as Token) : undefined;
  if (beforeFor && ORGANIZATION_WORDS.has(beforeFor.normal) && !ORGANIZATION_WORDS.has(last.normal)) fire(e, F.organizationHeadBeforeFor);
  else if (beforeOf && (ORGANIZATION_WORDS.has(beforeOf.normal) || CHAMBERS_AFTER_THE.has(beforeOf.normal)) && !ORGANIZATION_WORDS.has(last.normal)) fire(e, F.organizationHeadBeforeOf);
  else if (beforeOf && PLACE_WORDS.has(beforeOf.normal) && !PLACE_WORDS.has(last.normal)) fire(e, F.placeHeadBeforeOf);
  if (words.length > 1 && PLACE_OPENERS.has(first.normal)) fire(e, F.placeOpener);
  else if (words.length > 1 && ORGANIZATION_OPENERS.has(first.normal) && !ORGANIZATION_WORDS.has(last.normal)) fire(e, F.organizationOpener);
}

/** What the reference data knows of the name: a place, a given name, a known full name. */
function referenceFeatures(e: Evidence, f: NameFacts): void {
  const { doc, gazetteer, c, tokens, words, first, last, lookup, places } = f;
  // Reference data.
  // "God" is not the Hungarian town of Göd: a common word matches only a place spelled the same.
  const place = places.find((p) => p.name === lookup || stripMarks(p.name) !== lookup || !gazetteer.commonWord(c.text));
  if (place) {
    e.place = place;
    const population = place.population ?? 0;
    const town = population >= 1_000_000 ? F.gazetteerBigCity : population >= 100_000 ? F.gazetteerCity : F.gazetteerSmallTown;
    fire(e, place.kind === 'city' || place.kind === 'place' ? town : place.kind === 'region' ? F.gazetteerRegion : place.kind === 'continent' ? F.gazetteerContinent : F.gazetteerCountry);
    // "Linda Vista", "San Mateo": a town's whole name of several words is rarely a person's,
    // even when it opens with a given name.
    if (town !== F.gazetteerBigCity && (place.kind === 'city' || place.kind === 'place') && words.length >= 2) fire(e, F.wholeNameTown);
  }
  stateAbbreviationEvidence(e, tokens, gazetteer, c);
  if (c.fullName) fire(e, F.sharesFullName);
  // "Al-Zaman", "El-Tahrir": the Arabic article joined to a word is no given name; nor is a faith
  // or a people opening a name ("Sunni Arabs", "Shia Crescent").
  const second = words[1];
  const articlePrefix = ARABIC_ARTICLE.test(first.text) && second?.text === '-' && joinedWithoutSpace(first, second);
  const faithFirst = words.length > 1 && (RELIGIOUS_ADJECTIVES.has(first.normal) || gazetteer.demonym(first.text) !== undefined);
  // "LU", "JO" in a sentence: two capitals alone are initials or an abbreviation, no given name,
  // and so are two letters in capitals before a word in lower case ("AI Taiwan" is no Ai, "JC
  // Penney" no Jc; a name written all in capitals is, "DJ IRIE"); nor is a common word shouted in
  // capitals ("FREE", "CAN") outside a line in capitals.
  const initialsFirst = words.length > 1 && /^\p{Lu}{2}$/u.test(first.text) && !isAllCaps(last.text);
  const shouted = !c.inCapsLine && isAllCaps(first.text) && ((words.length === 1 && (isTwoCapitals(first.text) || gazetteer.commonWord(first.text))) || initialsFirst);
  // "Mercedes-Benz", "Harley-Davidson": one hyphenated word opened by a given name is a
  // double-barrelled surname or a firm, unless both halves are given names ("Anne-Marie").
  const pairedName = isHyphenatedPair(words) && !gazetteer.givenName(last.text);
  // "Tim Hortons", "Al Tamran": a name the list of organizations holds whole opens with no
  // given name, whatever its first word also is.
  const listedWhole = words.length >= 2 && !c.inCapsLine && gazetteer.organization(c.text);
  // A rare name that is also a word ("Mitt", "Captain", "Apple") is a given name only before a surname.
  // "AB Volvo", "OAO Gazprom": a company's legal form before its name is no given name ("Ab").
  const legalForm = words.length >= 2 && COMPANY_PREFIXES.has(first.normal) && isAllCaps(first.text);
  const listedGiven = articlePrefix || faithFirst || shouted || pairedName || listedWhole || legalForm ? undefined : gazetteer.givenName(first.text);
  const given = listedGiven?.rare && words.length === 1 ? undefined : listedGiven;
  if (!listedGiven && !shouted && syllabicName(tokens, c.tokenStart, c.tokenEnd)) fire(e, F.syllabicName);
  // A town under 100,000 named like a person ("Taylor's") or by a common word ("Police in Oslo")
  // is weighed against that reading.
  const smallTown = place !== undefined && (place.kind === 'city' || place.kind === 'place') && (place.population ?? 0) < 100_000;
  // "York Minster", "North Yorkshire", "Will Smith": a given name that is also a place or a common
  // word is weaker evidence.
  const notablePlace = gazetteer.places(first.text).some((p) => p.kind === 'country' || p.kind === 'continent' || (p.population ?? 0) >= 100_000);
  const plainGivenName = given && !gazetteer.commonWord(first.text) && !notablePlace;
  if (given && words.length >= 2 && !e.demonym) {
    fire(e, plainGivenName ? F.givenNameFirst : F.ambiguousGivenNameFirst);
    // "met Bill Gates", "beaten by Nick Price": inside a sentence, after a verb or a preposition
    // that governs people, a common word is written in small letters, so a capitalised one
    // opening a name of two words is the given name; unless the line is a headline, or the words
    // are shouted. Longer names are mostly things' ("Light Music Contest").
    if (!plainGivenName && !notablePlace && words.length === 2 && !c.inCapsLine && !isAllCaps(first.text) && afterVerbOrPreposition(doc, c.tokenStart)) fire(e, F.ambiguousGivenNameInSentence);
    // "Peace Action", "Christian Voice", "Asia-Pacific Economic Cooperation": after a given name,
    // a last word that is an abstract noun names a body or a cause; a common word is weaker
    // evidence against a person ("Bush" and "Baker" are surnames too).
    // Only a word of its own: "moon" in "Ban Ki-moon" is part of the given name's hyphenated pair.
    const ownWord = (words[words.length - 2] as Token).end < last.start;
    // A surname after its particle is a surname, whatever the word ("Marine Le Pen", "Charles de
    // Gaulle" — "gaulle" is no word, "pen" is).
    // Not a word in capitals ("LA Pride").
    const particle = words[words.length - 2] as Token;
    const afterParticle = SURNAME_PARTICLES.has(particle.normal) && !isAllCaps(particle.text);
    // A surname may end like one ("Vance", "Hutchison"): the abstract noun is a word of the language.
    const commonLast = ownWord && !afterParticle && gazetteer.commonWord(last.text);
    if (commonLast && ABSTRACT_NOUN.test(last.normal)) fire(e, F.abstractNounLast);
    else if (commonLast) fire(e, F.commonWordLast);
  } else if (given && words.length === 1 && (!place || (smallTown && !PLACE_PREPOSITIONS.has(tokens[c.tokenStart - 1]?.normal ?? ''))) && !shortShout(first.text, c.inCapsLine)) {
    // "Chelsea" after "in" is the town the reference data has, not the woman.
    fire(e, F.loneGivenName);
  }
  // "Hostilities broke out", "Sequestration hurt training": one word shaped as an abstract noun of
  // the language, no given name, place or listed body, is a word the sentence opens with.
  if (words.length === 1 && !given && !place && !e.demonym && first.text.length >= MIN_ABSTRACT_LENGTH && LONE_ABSTRACT_NOUN.test(first.text) && !gazetteer.organization(first.text)) {
    fire(e, F.abstractNounAlone);
  }
  // "Ranjit Devraj", "Amrullah Saleh": two or three words shaped like names, none a common word,
  // a place, or a head word, and no given name the reference data knows: news introduces people
  // by such full names far more often than bodies or places, whose names carry a head word.
  if (!given && !place && !e.demonym && words.length >= 2 && wordsBesideParticles(words) <= 3 && unfamiliarNameWords(words, gazetteer)) fire(e, F.unfamiliarFullName);
  // "La Liga", "El Clasico", "Les Misérables": a name opened by an article is no person's.
  // A plural article is followed by a plural noun ("Les Misérables"); "Les" the given name is
  // not ("Les Brennan").
  const givenNotArticle = given !== undefined && PLURAL_ARTICLE.test(first.text) && !PLURAL_NOUN_ENDING.test(last.text);
  if (words.length === 2 && ARTICLES.has(first.text) && !givenNotArticle) fire(e, F.opensWithArticle);
  // "W. W. Rouse Ball", "M. Night Shyamalan": initials before a surname stand for given names.
  // Not "U.S. Embassy" or "N. Korea": letters of several initials, or a compass initial before a
  // place, abbreviate the place.
  // "O.J. Simpson", "J.R.R. Tolkien": initials written together, unless they abbreviate a place
  // ("U.S. Embassy") or a body, whose names end in a role, a head word or a common word.
  const joinedInitials = words.length >= 2 && words.length <= 4 && JOINED_INITIALS.test(first.text) && gazetteer.places(first.text).length === 0 && !ROLE_NOUNS.has(last.normal) && !gazetteer.commonWord(last.text);
  const initialFirst = !given && !place && words.length >= 2 && (INITIAL.test(first.text) || joinedInitials);
  // "J. Edgar Hoover", "F. Scott Fitzgerald": an initial and a given name open a person's name,
  // whatever the surname also names.
  const givenAfterInitial = words.length >= 3 && gazetteer.givenName((words[1] as Token).text) !== undefined;
  const placeAbbreviated = (COMPASS_INITIAL.test(first.text) || joinedInitials) && gazetteer.places(last.text).some(abbreviable);
  const surnameLast = initialFirst && !INITIAL.test(last.text) && !ORGANIZATION_WORDS.has(last.normal) && !PLACE_WORDS.has(last.normal) && (givenAfterInitial || !placeAbbreviated);
  if (surnameLast) fire(e, F.initialThenSurname);
  f.place = place;
  f.given = given;
  f.smallTown = smallTown;
}

