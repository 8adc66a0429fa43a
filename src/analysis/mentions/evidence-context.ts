/**
 * Evidence from the words around a candidate name: what stands before it (a preposition of
 * place, an article, an employer's "for") and after it (a comma and a place, a verb, an
 * apposition, the noun it qualifies). The detectors of evidence.ts over the name itself run
 * first; these read what they found (NameFacts).
 */
import { BODY_NOUNS, COMPANY_POSSESSIONS, ELECTORAL_DISTRICT_NOUNS, EVENT_WORDS, FOUNDING_LEMMAS, MEMBER_NOUNS, PLAYER_LEMMAS, GREETINGS, PLAYING_POSITIONS, MOTION_LEMMAS, POLL_NOUNS, ORGANIZATION_NOUNS, ORGANIZATION_WORDS, PERSON_OBJECT_LEMMAS, PERSON_POSSESSIONS, PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_WORDS, REPORTING_LEMMAS, ROLE_NOUNS, STOCK_WORDS, TRADE_MODIFIERS, WORK_NOUNS, isRoleNoun } from '../lexicon/cue-words.js';
import { fire, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { appositionEvidence, headNounAfter, isDatelineWord, opensWithDateline, qualifiedRoleAt, roleBeforeComma, verbEvidence } from './evidence-cues.js';
import { authorCitation } from './author-citation.js';
import { regionOfTownBefore, territoryAt } from './comma-places.js';
import { courtCaseParty, datedElection } from './event-names.js';
import { capitalisedTheBefore, isAllCaps } from './letter-case.js';
import type { NameFacts } from './evidence.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import { POSSESSIVE_MARK, type Token } from '../../nlp/document.js';

const CAPITALISED_WORD = /^\p{Lu}/u;
/** Gerunds of auxiliaries that open a clause with the name before them as its subject. */
const GERUND_AUXILIARIES = new Set(['being', 'having', 'getting']);
/** Words for the staff and clients of a body, after its possessive ("Northgate's board"); its heads are role nouns. */
const STAFF_WORDS = new Set(['board', 'staff', 'workers', 'employees', 'executives', 'managers', 'customers', 'owners']);
/** What a company has and a person does not, after a possessive ("chief executive" with its "chief"). */
const COMPANY_ROLES = new Set(['ceo', 'executive', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder', 'shareholders', 'stockholders']);

/** A person's age in years, written in figures. */
const AGE = /^(?:[1-9]|[1-9]\d|1[01]\d)$/;
/** What ends an age in apposition ("Harry Bond, 30, of …", "…, 30."). */
const AGE_CLOSERS = new Set([',', '.', ')', ';']);
/** Marks that close a quotation, before an inverted attribution ("…,” said Peter Rice"). */
const CLOSING_QUOTES = new Set(['”', '"', "''", '’', "'", '»']);

/** The words before the name: a preposition of place, an article, an employer's "for" or "at". */
export function contextBeforeFeatures(e: Evidence, f: NameFacts): void {
  const { gazetteer, c, tokens, words, first, place, given, before } = f;
  // Context before.
  if (before && before.sentence === first.sentence) {
    // "“…,” said Peter Rice", "…, said Peter Rice, chairman of …": the one an inverted reporting
    // verb names after a quotation speaks.
    // Not a name that qualifies or owns what follows ("said Democratic strategist …", "said New
    // Zealand's flag has …"), or the subject of a clause ("said Ford would …").
    const quoteBefore = tokens[before.index - 1];
    const following = tokens[c.tokenEnd];
    const heads = following === undefined || !(POSSESSIVE_MARK.test(following.text) || (following.pos === 'NOUN' && /^\p{Ll}/u.test(following.text)) || following.pos === 'VERB' || following.pos === 'AUX');
    if (before.pos === 'VERB' && REPORTING_LEMMAS.has(before.lemma) && heads && (CLOSING_QUOTES.has(quoteBefore?.text ?? '') || quoteBefore?.text === ',')) fire(e, F.reportingVerbBefore);
    // "from Lena Ford being a founder of …": the name is the subject of a gerund clause the
    // preposition governs, not where anything is.
    // Nor a name owning the phrase the preposition governs: "served in Obama's cabinet".
    const owner = ownsWhatFollows(tokens, c.tokenEnd);
    // Nor a name no reference data places, qualifying the noun the preposition governs: "in TV
    // interviews", "from NBA teams".
    const after = tokens[c.tokenEnd];
    const qualifier = !place && after !== undefined && after.sameLine && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
    if (PLACE_PREPOSITIONS.has(before.normal) && !GERUND_AUXILIARIES.has(after?.normal ?? '') && !owner && !qualifier) fire(e, F.placePreposition);
    // "polled by Reuters", "owned by Alphabet": a lone unknown name as the agent of a passive is
    // more often an institution; people are introduced by their full name.
    const passiveAgent = before.normal === 'by' && tokens[before.index - 1]?.pos === 'VERB';
    if (passiveAgent && words.length === 1 && !place && !given && !gazetteer.commonWord(first.text) && !e.title) {
      fire(e, F.passiveAgent);
    }
    // "a Google search", "a Dora Keane and Ivo Tolle exhibit": the article goes with a
    // noun after the name (past a coordinated name), which the name only qualifies.
    const next = tokens[c.tokenEnd];
    const coordinated = (next?.normal === 'and' || next?.normal === '&') && CAPITALISED_WORD.test(tokens[c.tokenEnd + 1]?.text ?? '');
    const headOfPhrase = next?.pos !== 'NOUN' && !coordinated;
    // "a super PAC", "an old NGO": an acronym after "a" and a word in lower case is a kind too.
    const modifier = words.length === 1 && isAllCaps(first.text) && (before.pos === 'ADJ' || before.pos === 'NOUN') && /^\p{Ll}+$/u.test(before.text) ? tokens[before.index - 1] : undefined;
    const article = modifier !== undefined && modifier.sentence === first.sentence ? modifier : before;
    if ((article.normal === 'a' || article.normal === 'an') && !e.title && headOfPhrase) {
      // "a Wyoming Republican", "a Democrat": a description, not a name.
      fire(e, F.indefiniteArticleBefore);
    }
    // "Seattle, Washington's Capitol Hill", "in Austin, Texas": after a town and a comma, the
    // region or country the town lies in, whatever person bears the name.
    // Not in a list of towns: "Bucharest, Brașov, Cluj-Napoca".
    const listed = tokens[c.tokenEnd]?.text === ',' && CAPITALISED_WORD.test(tokens[c.tokenEnd + 1]?.text ?? '');
    const region = before.text === ',' && !listed ? regionOfTownBefore(gazetteer, tokens, before.index, c.text) : undefined;
    if (region) {
      fire(e, F.regionOfTown);
      e.place = region;
      e.located = true;
    }
    // "shares of Novo Nordisk", "stock in Eli Lilly": what only a company issues. Not a place
    // after "in": "stocks in Tokyo" are those traded there.
    if ((before.normal === 'of' || (before.normal === 'in' && place === undefined)) && STOCK_WORDS.has(tokens[before.index - 1]?.normal ?? '')) {
      fire(e, F.stockOf);
    }
    // "Norwegian side Molde", "the lender Northgate": an organization noun written just before.
    if (ORGANIZATION_NOUNS.has(before.normal) && before.pos === 'NOUN' && !CAPITALISED_WORD.test(before.text)) {
      fire(e, F.organizationNounBefore);
    }
    // "LONDON (Reuters) -", "LOUISVILLE, Ky. (AP) —": the name in brackets after a dateline, or
    // before the dash that ends one, is the news agency.
    const dateline = tokens[(c.titleStart ?? c.tokenStart) - 2];
    const dash = tokens[c.tokenEnd + 1];
    const datelineEnd = (dateline !== undefined && isDatelineWord(dateline.text)) || (dash !== undefined && /^[—–-]$/u.test(dash.text) && opensWithDateline(tokens, before.index));
    if (before.text === '(' && tokens[c.tokenEnd]?.text === ')' && datelineEnd) {
      fire(e, F.datelineAgency);
    }
    // "Lena Ford for Harbor Standards", "a spokeswoman for Ford", "professor at Harvard": the
    // employer after a person or a role.
    const holder = tokens[before.index - 1];
    // "analysts at Morgan Stanley": the role may be plural.
    const employee = holder && isRoleNoun(holder.normal);
    if ((before.normal === 'for' || before.normal === 'at') && holder && (employee || (holder.pos === 'PROPN' && CAPITALISED_WORD.test(holder.text) && !EVENT_WORDS.has(holder.normal))) && !place) {
      fire(e, F.affiliation);
    }
    // "Nathan Vickers of Kestrel Power", "Ann Chiang of the DAB": after a person named in full and
    // "of", a name no reference data places is the body the person belongs to; one it places is
    // where the person lives ("Jason Gilbert of Cheyenne").
    if (before.normal === 'of' && personNamedBefore(gazetteer, tokens, before.index)) fire(e, place ? F.hometownOf : F.personOf);
    // "the town of Varnobel", "the border of Westria and Ostmark", "the villages of Lougou and
    // Tougana", "the riding of Westbury North": a place noun and "of"; "two miles north of
    // Hornsea": a direction and "of".
    const nounBeforeOf = tokens[before.index - 1];
    if (before.normal === 'of' && nounBeforeOf !== undefined && !CAPITALISED_WORD.test(nounBeforeOf.text)) {
      const noun = nounBeforeOf.normal;
      const placeNoun = nounBeforeOf.pos === 'NOUN' && (PLACE_NOUNS.has(noun) || PLACE_NOUNS.has(singular(noun)) || ELECTORAL_DISTRICT_NOUNS.has(noun));
      // Not a name owning what follows: "the state of Sanders' younger years".
      if ((placeNoun || DIRECTIONS.has(nounBeforeOf.normal)) && !owner) fire(e, F.placeNounOf);
    }
    // "sailed with Varnos to Crete", "returned to Ostmark": where a journey goes.
    if (before.normal === 'to' && tokens.slice(Math.max(0, before.index - 5), before.index).some((t) => t.pos === 'VERB' && MOTION_LEMMAS.has(t.lemma))) {
      fire(e, F.motionTo);
    }
    // Not a name qualifying a role after it: "her opponent, Republican nominee Lena Ford".
    const role = e.title || qualifiedRoleAt(tokens, c.tokenEnd) ? undefined : roleBeforeComma(tokens, c.titleStart ?? c.tokenStart);
    if (role) fire(e, F.roleBeforeComma);
    // "they appointed Solon", "she married Brandt": verbs whose object is a person.
    if (before.pos === 'VERB' && PERSON_OBJECT_LEMMAS.has(before.lemma) && !(place && (place.kind === 'country' || place.kind === 'continent'))) {
      fire(e, F.personObjectVerb);
    }
    // "she founded Kessin", "established the Tolle Group": people are born, bodies are founded.
    const verb = before.normal === 'the' ? tokens[before.index - 1] : before;
    // Not "established Varnick as its candidate": a role given, not a body founded.
    if (verb?.pos === 'VERB' && FOUNDING_LEMMAS.has(verb.lemma) && tokens[c.tokenEnd]?.normal !== 'as') fire(e, F.foundedBody);
    // "played for Ashford", "signed with Kessin", "scored against Westbury": a side in sports
    // copy, not its town; not a given name ("played with Miles", a musician).
    const career = tokens[before.index - 1];
    if ((before.normal === 'for' || before.normal === 'against' || before.normal === 'with') && career?.pos === 'VERB' && PLAYER_LEMMAS.has(career.lemma) && !given) fire(e, F.sideOfCareer);
    // Not in "the Trump administration", "the Palestinian militant group": the article goes with
    // the words in lower case after the name, which the name only qualifies.
    const qualifies = next !== undefined && (PERSON_POSSESSIONS.has(next.normal) || (next.pos === 'ADJ' && !CAPITALISED_WORD.test(next.text)));
    if (before.normal === 'the' && !e.title && !qualifies) {
      fire(e, F.theBefore);
      // Not a given name alone, a person's nickname ("The Donald"); a word that is also one may
      // name a paper ("The Hill").
      const nickname = given !== undefined && words.length === 1 && !f.allCommon;
      if (capitalisedTheBefore(tokens, first.index) && !nickname) fire(e, F.capitalisedThe);
    }
  }
}

/** Directions a place is said to lie in from another ("north of …", "south-west of …"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** A noun's singular, as the place nouns are listed: "villages" → "village", "cities" → "city". */
function singular(noun: string): string {
  return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun;
}

/**
 * True when two nouns in lower case after the name end in a kind of body, and no noun follows:
 * "Interfax news agency", "a Gazprom gas company" (not "the Garrow company car"). A plural
 * modifier makes the name qualify it instead: "the Koch brothers network".
 */
function compoundBodyNounAfter(tokens: readonly Token[], end: number): boolean {
  const modifier = tokens[end];
  const head = tokens[end + 1];
  if (modifier?.pos !== 'NOUN' || head?.pos !== 'NOUN' || CAPITALISED_WORD.test(modifier.text) || CAPITALISED_WORD.test(head.text)) return false;
  if (modifier.normal.endsWith('s') && !TRADE_MODIFIERS.has(modifier.normal)) return false;
  return BODY_NOUNS.has(head.normal) && tokens[end + 2]?.pos !== 'NOUN';
}

/**
 * True when a kind of body in lower case after the name heads a role or a member in it, and no
 * noun follows: "a Likud party politician", "the Vostra company executives".
 */
function bodyOfMember(tokens: readonly Token[], end: number): boolean {
  const body = tokens[end];
  const member = tokens[end + 1];
  if (body?.pos !== 'NOUN' || member?.pos !== 'NOUN' || CAPITALISED_WORD.test(body.text) || CAPITALISED_WORD.test(member.text)) return false;
  return BODY_NOUNS.has(body.normal) && (isRoleNoun(member.normal) || MEMBER_NOUNS.has(member.normal)) && tokens[end + 2]?.pos !== 'NOUN';
}

/** Words after a founding participle that show it describes the name before ("founded in", "established by"). */
const FOUNDING_COMPLEMENTS = new Set(['in', 'by', 'on', 'as', 'at']);

/**
 * "Kessin was founded in 1898", "Kessin had been established by …", "Kessin, founded in 1898,":
 * the name before a passive of founding. "Kessin has established a fund" is active and not one.
 */
function foundedSubject(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.text === ',') k++;
  else while (k < end + 3 && tokens[k]?.pos === 'AUX') k++;
  const verb = tokens[k];
  if (k === end || verb?.pos !== 'VERB' || !FOUNDING_LEMMAS.has(verb.lemma)) return false;
  if (tokens[end]?.text === ',') return FOUNDING_COMPLEMENTS.has(tokens[k + 1]?.normal ?? '');
  return tokens[k - 1]?.lemma === 'be';
}

/** Most adjectives read past to find the noun a possessive owns ("Westbury's young Canadian striker"). */
const MAX_OWNED_ADJECTIVES = 3;

/** The noun a possessive owns, from `from`: the first word past up to three adjectives, demonyms among them. */
function ownedNoun(tokens: readonly Token[], from: number, gazetteer: Gazetteer): Token {
  let i = from;
  const adjective = (t: Token | undefined) => t !== undefined && (t.pos === 'ADJ' || (CAPITALISED_WORD.test(t.text) && gazetteer.demonym(t.text) !== undefined));
  while (i < from + MAX_OWNED_ADJECTIVES && adjective(tokens[i]) && tokens[i + 1] !== undefined) i++;
  return tokens[i] as Token;
}

/** A city this large, alone on a line, is a heading rather than a signature. */
const HEADING_CITY_POPULATION = 500_000;

/** A city this large speaks for its government ("Moscow said"), as countries do. */
const SPEAKING_CITY_POPULATION = 1_000_000;

/** True when a place of this kind and size, or a capital, is said to speak, standing for those who govern it ("Washington believes"). */
function speakingPlace(place: PlaceRecord): boolean {
  return place.kind === 'country' || place.kind === 'continent' || place.capital === true || (place.population ?? 0) >= SPEAKING_CITY_POPULATION;
}

/**
 * "Thanks, Sue", "Hi Mark", or a given name alone on its line under a message: a name someone is
 * addressed or signs by, although the word also means something ("sue", "mark").
 */
export function signOffFeatures(e: Evidence, f: NameFacts): void {
  const { c, tokens, words, first, given, places } = f;
  if (words.length !== 1 || given === undefined || GREETINGS.has(first.normal)) return;
  const before = tokens[c.tokenStart - 1];
  const greeted = before !== undefined && (GREETINGS.has(before.normal) || (before.text === ',' && GREETINGS.has(tokens[c.tokenStart - 2]?.normal ?? '')));
  const after = tokens[c.tokenEnd];
  const lineEnds = (t: Token | undefined) => t === undefined || !t.sameLine;
  // A mark after the name may end the line, and so may a phone extension ("Elizabeth 36349").
  const aloneOnLine = (c.tokenStart === 0 || !first.sameLine) && (lineEnds(after) || ((after?.pos === 'PUNCT' || (after?.pos === 'NUM' && /^\d+$/u.test(after.text))) && lineEnds(tokens[c.tokenEnd + 1])));
  // A signature closes a message, or follows a closing line ("Thanks,"); a name alone on a line
  // elsewhere is more often a heading.
  // "Thanks.", "Cheers!" end a closing line too.
  const thanked = before !== undefined && (before.text === '.' || before.text === '!') && GREETINGS.has(tokens[c.tokenStart - 2]?.normal ?? '');
  const closing = before !== undefined && (before.text === ',' || before.text === '-' || GREETINGS.has(before.normal) || thanked || c.tokenEnd >= tokens.length - 2);
  // "Sara," alone on the line that opens a message (the text's first, or after a blank line):
  // the one it is written to.
  const opensMessage = c.tokenStart === 0 || (before !== undefined && /\n[^\S\n]*\n/u.test(f.doc.text.slice(before.end, first.start)));
  const salutation = aloneOnLine && opensMessage && after?.text === ',';
  // Alone on a line a country, a region or a large city is more often a heading ("Jamaica").
  const notablePlace = places.some((p) => p.kind !== 'city' || (p.population ?? 0) >= HEADING_CITY_POPULATION);
  if ((greeted && before.sentence === first.sentence) || ((aloneOnLine && closing) || salutation) && !notablePlace) fire(e, F.addressedByName);
}

/**
 * True when `after` marks the name ending in `last` as owning `next`: "'s", or an apostrophe
 * alone written onto a name ending in "s" before a word in lower case ("Varnicks' campaign");
 * not a closing quotation mark ("the town of 'Davis' is").
 */
/** True when the name ending before token `end` owns what follows it ("Obama's cabinet", "Sanders' years"). */
function ownsWhatFollows(tokens: readonly Token[], end: number): boolean {
  const after = tokens[end];
  return after !== undefined && possessiveMark(after, tokens[end - 1] as Token, tokens[end + 1]);
}

function possessiveMark(after: Token, last: Token, next: Token | undefined): boolean {
  if (POSSESSIVE_MARK.test(after.text)) return true;
  return (after.text === "'" || after.text === '’') && after.start === last.end && /s$/iu.test(last.text) && next !== undefined && next.start === after.end + 1 && /^\p{Ll}/u.test(next.text);
}

/** The words after the name: a comma and a place, a verb, an apposition, a noun it qualifies. */
export function contextAfterFeatures(e: Evidence, f: NameFacts): void {
  const { gazetteer, c, tokens, words, first, last, lookup, place, given, letterWords, allCommon } = f;
  // Context after.
  // Read within the tokens only: a read past the end costs the compiled code a recompilation.
  const after = c.tokenEnd < tokens.length ? tokens[c.tokenEnd] : undefined;
  const after2 = c.tokenEnd + 1 < tokens.length ? tokens[c.tokenEnd + 1] : undefined;
  if (after && after.sentence === last.sentence) {
    if (after.text === '-' && after2?.normal === 'based') fire(e, F.basedSuffix);
    // "Harry Bond, 30, of Raleigh", "Peter Hart, 25, a bank employee": an age in apposition.
    if (after.text === ',' && after2 !== undefined && AGE.test(after2.text) && AGE_CLOSERS.has(tokens[c.tokenEnd + 2]?.text ?? '')) fire(e, F.ageAfter);
    if (foundedSubject(tokens, c.tokenEnd)) fire(e, F.foundedBody);
    const territory = after.text === ',' && after2 ? territoryAt(gazetteer, tokens, c.tokenEnd + 1) : undefined;
    if (territory !== undefined) {
      fire(e, F.commaPlace);
      // "Austin, Texas": a place the reference data has in that region or country, which is the
      // one meant ("Aurora, Colorado", not the Philippine province of that name). Not a town in a
      // list of places ("Los Angeles, Paris, New York"): what follows its comma is the next one.
      const inList = tokens[c.tokenStart - 1]?.text === ',';
      const qualified = place && !inList ? gazetteer.places(`${lookup}, ${territory}`)[0] : undefined;
      if (qualified) {
        e.located = true;
        e.place = qualified;
      }
    }
    // "Garrowitz also said", "Reyes later told": a reporting verb may come after an adverb or
    // two; any other verb counts only right after the name (below).
    verbEvidence(e, tokens, c.tokenEnd, words.length === 1 ? first : undefined, given !== undefined);
    // "Paul told reporters", "Mary said": a given name that speaks is a person's, whatever small
    // region or town also bears it (not "Moscow said", "Jordan said": capitals and countries speak
    // for their governments).
    // Not a place after a preposition: "Sen. Ann Lee of Ohio said" is Lee speaking.
    // The word right before the name (past no title, unlike `f.before`).
    const preceding = tokens[c.tokenStart - 1];
    const governed = preceding?.pos === 'ADP';
    if (words.length === 1 && place && !governed && e.fired.includes(F.reportingVerbAfter) && given !== undefined && !speakingPlace(place)) fire(e, F.givenNameSpeaks);
    // "born in Saint-Georges, Quebec, the son of …": a role after a known place where something
    // happened (after a preposition, or after its town and a comma) describes the sentence's
    // subject, not the place.
    const setting = place !== undefined && (governed || (preceding?.text === ',' && CAPITALISED_WORD.test(tokens[c.tokenStart - 2]?.text ?? '')));
    if (after.text === ',') appositionEvidence(e, tokens, c.tokenEnd + 1, setting);
    // "Alfama and Graça districts", "Varnobel lake", "the Ostmark tribe": a common noun after
    // the name (past a coordinated name) says what it names.
    const noun = headNounAfter(tokens, c.tokenEnd);
    // Not a common word, read as an adjective ("a heavily Democratic state", "solidly
    // Democratic states", "the Republican field"): it says what kind of place, not which.
    const describing = words.length === 1 && gazetteer.commonWord(first.text);
    const kind = noun ? singular(noun.normal) : undefined;
    // "the Latino community", "the LGBT community": the people of a name, not a place; a
    // community is a place in apposition only ("Garrow, a farming community in Iowa").
    if (kind !== undefined && PLACE_NOUNS.has(kind) && !describing && kind !== 'community') fire(e, F.placeNounAfter);
    else if (kind !== undefined && PLACE_WORDS.has(kind) && kind !== 'state' && !describing) fire(e, F.placeWordAfter);
    // "the Fatah party", "the Vostra company": the kind of body, in lower case after its name,
    // even a name that is also a given name ("Linda magazine": bodies are named after people).
    else if (noun && BODY_NOUNS.has(noun.normal)) fire(e, F.bodyNounAfter);
    // "the Interfax news agency", "the Gazprom gas company": the kind of body may be a compound,
    // its head last. A place or a word there says what kind ("a Republican consulting firm").
    // Not two capitals, which abbreviate a term more often than a body ("a former TV network anchor").
    else if (!noun && place === undefined && !describing && !e.fired.includes(F.shortAcronym) && (compoundBodyNounAfter(tokens, c.tokenEnd) || bodyOfMember(tokens, c.tokenEnd))) fire(e, F.bodyNounAfter);
    // "a Gallup poll", "the latest Kestrel survey": who ran it. Not a word that says what kind
    // of poll ("Exit polls", "Opinion polls", "an Internet survey", "Republican polls").
    if (noun && POLL_NOUNS.has(noun.normal) && !(words.length === 1 && (gazetteer.commonWord(first.text) || gazetteer.demonym(first.text)))) fire(e, F.pollAfter);
    // "the National Harbor Sediment study": a name qualifying a study or project names neither.
    if (noun && letterWords.length >= 2 && WORK_NOUNS.has(noun.normal) && !ORGANIZATION_WORDS.has(last.normal) && !PLACE_WORDS.has(last.normal)) {
      fire(e, F.workNounAfter);
    }
    // "the Obama administration", "the Clinton campaign": nouns that belong to a person.
    // "Obama’s aides" too: past the possessive mark.
    const owns = possessiveMark(after, last, after2);
    const owned = owns ? after2 : after;
    if (owned && PERSON_POSSESSIONS.has(owned.normal) && owned.pos === 'NOUN') fire(e, F.personPossessionAfter);
    // "Novo Nordisk shares", "Amazon headquarters": what a company has.
    if (COMPANY_POSSESSIONS.has(after.normal) && !given) fire(e, F.companyPossessionAfter);
    // "Kolashi's", "Kolashi 's": a name owning something; not a company's staff or stock
    // ("Northgate's chief executive", "Northgate's shares").
    if (owns && after2) {
      // "Westbury's Canadian striker": the noun owned is read past its adjectives.
      const owned = ownedNoun(tokens, after2.index, gazetteer);
      if (!ROLE_NOUNS.has(owned.normal) && !COMPANY_POSSESSIONS.has(owned.normal) && !STAFF_WORDS.has(owned.normal)) fire(e, F.possessiveAfter);
      // "Kessin's chief executive", "Kessin's founder": what a person does not have.
      if (COMPANY_ROLES.has(owned.normal) && (owned.normal !== 'executive' || tokens[owned.index - 1]?.normal === 'chief')) fire(e, F.ownsCompanyRole);
      // A player of a position belongs to a side: "Westbury's striker", "the Canaries' quarterback".
      // Not a person named in full: "Lena Ford's chief defender" speaks for her.
      if (PLAYING_POSITIONS.has(owned.normal) && !(given && words.length >= 2)) fire(e, F.sideOfPlayer);
    }
    const who = after.text === ',' ? after2 : after;
    if (who?.normal === 'who') fire(e, F.whoAfter);
    if (!allCommon && authorCitation(tokens, c.tokenEnd, c.text.includes(' & '))) fire(e, F.authorCitation);
    if (datedElection(tokens, c.titleStart ?? c.tokenStart, c.tokenEnd)) fire(e, F.datedElection);
  }
  // "Roe v. Wade", "Hamdan v. Rumsfeld": a party of a court case named by one word names the
  // case; a body named in full is still the body ("Fisher v. University of Texas").
  if (c.tokenEnd - c.tokenStart === 1 && courtCaseParty(tokens, c.tokenStart, c.tokenEnd)) fire(e, F.courtCase);
}

/**
 * True when a person's name of two or three capitalised words, the first a given name, ends right
 * before token `at` ("Nathan Vickers" before "of"), opening its sentence or after a word in
 * lower case or a punctuation mark.
 */
function personNamedBefore(gazetteer: Gazetteer, tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 3 && tokens[start - 1]?.pos === 'PROPN' && CAPITALISED_WORD.test(tokens[start - 1]?.text ?? '')) start--;
  const width = at - start;
  if (width < 2 || width > 3) return false;
  const opener = tokens[start - 1];
  if (opener && CAPITALISED_WORD.test(opener.text) && opener.sentence === tokens[start]?.sentence) return false;
  return gazetteer.givenName((tokens[start] as Token).text) !== undefined;
}
