/**
 * Evidence from the words before a candidate name: a preposition of place, an article, an
 * employer's "for", a town and its comma, an inverted reporting verb; and a signature or a
 * greeting around a given name. The detectors of evidence.ts over the name itself run first;
 * these read what they found (NameFacts). The words after the name: evidence-after.ts.
 */
import { ELECTORAL_DISTRICT_NOUNS, EVENT_WORDS, FOUNDING_LEMMAS, PLAYER_LEMMAS, GREETINGS, MOTION_LEMMAS, ORGANIZATION_NOUNS, PERSON_OBJECT_LEMMAS, PERSON_POSSESSIONS, PLACE_NOUNS, PLACE_PREPOSITIONS, REPORTING_LEMMAS, STOCK_WORDS, isRoleNoun } from '../lexicon/cue-words.js';
import { CLOSING_QUOTES } from '../lexicon/clause-words.js';
import { fire, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { isDatelineWord, opensWithDateline, qualifiedRoleAt, roleBeforeComma } from './evidence-cues.js';
import { regionOfTownBefore } from './comma-places.js';
import { capitalisedTheBefore, caseLinesOf, isAllCaps } from './letter-case.js';
import type { NameFacts } from './evidence.js';
import { isTerritory, type Gazetteer } from '../../gazetteer/gazetteer.js';
import { POSSESSIVE_MARK, type NlpDocument, type Token } from '../../nlp/document.js';
import { isSportsCopy } from './sports-teams.js';

/** A word opening with a capital. */
export const CAPITALISED_WORD = /^\p{Lu}/u;
/** Gerunds of auxiliaries that open a clause with the name before them as its subject. */
const GERUND_AUXILIARIES = new Set(['being', 'having', 'getting']);

/** Legislators by their initials, whose seat follows "for" ("the MP for York Central"). */
const LEGISLATOR_INITIALS = new Set(['MP', 'MPs', 'MSP', 'MSPs', 'MLA', 'MLAs', 'MPP', 'MPPs', 'TD', 'TDs', 'MEP', 'MEPs', 'MHA', 'MNA']);

/** Stock exchanges that a ticker follows with a colon ("NASDAQ: NVDA", "NYSE:F"). */
const EXCHANGES = new Set(['nyse', 'nasdaq', 'amex', 'tsx', 'tsxv', 'lse', 'asx', 'otc', 'otcqx', 'hkex', 'sgx', 'xetra', 'kosdaq', 'krx', 'nse', 'bse', 'jse']);
/** A ticker symbol: capitals, perhaps with a dot and a class letter ("BRK.B"). */
const TICKER = /^\p{Lu}{1,6}(?:\.\p{Lu})?$/u;

/** True when the name at [start, end) is a ticker symbol after its exchange and a colon ("(NASDAQ: NVDA)"). */
export function tickerAt(tokens: readonly Token[], start: number, end: number): boolean {
  const colon = tokens[start - 1];
  const exchange = tokens[start - 2];
  return end - start === 1 && colon?.text === ':' && exchange !== undefined && EXCHANGES.has(exchange.normal) && TICKER.test((tokens[start] as Token).text);
}

/** The words before the name: a preposition of place, an article, an employer's "for" or "at". */
export function contextBeforeFeatures(e: Evidence, f: NameFacts): void {
  const { gazetteer, c, tokens, words, first, place, given, before } = f;
  if (tickerAt(tokens, c.tokenStart, c.tokenEnd)) fire(e, F.tickerSymbol);
  // "Hanbit Robotics (KOSDAQ: HBRT)": the company whose symbol follows in brackets.
  const bracket = tokens[c.tokenEnd];
  if (bracket?.text === '(' && tickerAt(tokens, c.tokenEnd + 3, c.tokenEnd + 4)) fire(e, F.listedCompany);
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
    // "a Mehmet Scholl cross": a word in lower case that the tagger read as a verb in its base
    // form cannot be the verb of "a …" (that would be "crosses", "crossed"); it is the noun that
    // a full name qualifies.
    const bareVerb = words.length >= 2 && next?.pos === 'VERB' && next.sameLine && next.lemma === next.text && /^\p{Ll}+$/u.test(next.text);
    const headOfPhrase = next?.pos !== 'NOUN' && !bareVerb && !coordinated;
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
    // "the MP for York Central", "Member of Parliament (MP) for Niagara Falls": a legislator's
    // seat is a place, the constituency.
    const seat = before.normal === 'for' && holder !== undefined && (LEGISLATOR_INITIALS.has(holder.text) || (holder.text === ')' && LEGISLATOR_INITIALS.has(tokens[before.index - 2]?.text ?? '')));
    if (seat) fire(e, F.constituencyFor);
    // "analysts at Morgan Stanley": the role may be plural.
    const employee = holder && isRoleNoun(holder.normal);
    if ((before.normal === 'for' || before.normal === 'at') && holder && (employee || (holder.pos === 'PROPN' && CAPITALISED_WORD.test(holder.text) && !EVENT_WORDS.has(holder.normal))) && !place && !seat) {
      fire(e, F.affiliation);
    }
    // "Nathan Vickers of Kestrel Power", "Ann Chiang of the DAB": after a person named in full and
    // "of", a name no reference data places is the body the person belongs to; one it places is
    // where the person lives ("Jason Gilbert of Cheyenne").
    if (before.normal === 'of' && personNamedBefore(gazetteer, tokens, before.index)) fire(e, place ? F.hometownOf : F.personOf);
    // "G. Flower c Crawley b Silverwood 43", "lbw b Croft 7": a cricket scorecard's catcher,
    // bowler or wicket-keeper after the letter of the dismissal.
    if (SCORECARD_DISMISSALS.has(before.text) && tokens[before.index - 1]?.sameLine && runsFollow(tokens, c.tokenEnd)) fire(e, F.scorecardPlayer);
    // "Jon Callard (Bath), Tom Keane (Harbor Rovers, captain)": in sports copy, alone in brackets
    // after a player named in full, the side a squad list or a result gives with each name.
    // A country or region there is where the player is from ("Pete Sampras (U.S.)"); a given
    // name is a person again. Elsewhere brackets after a name hold a cast list's role ("Rachel
    // Maddow (Atamanuik)") or a venue's town as often.
    const closer = tokens[c.tokenEnd]?.text;
    const territory = place !== undefined && isTerritory(place);
    if (before.text === '(' && (closer === ')' || closer === ',') && !territory && given === undefined && personNamedBefore(gazetteer, tokens, before.index) && isSportsCopy(f.doc)) fire(e, F.sideInBrackets);
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

/** The letters of a cricket dismissal a fielder's or bowler's name follows: caught, bowled, stumped. */
const SCORECARD_DISMISSALS = new Set(['c', 'b', 'st']);

/** Most tokens read after a scorecard's name for the batsman's runs ("c Crawley b Silverwood 43"). */
const MAX_TO_RUNS = 4;

/** True when the batsman's runs, a number (starred when not out), follow on the line within a few tokens of `end`. */
function runsFollow(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + MAX_TO_RUNS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.sameLine) return false;
    if (/^\d{1,3}\*?$/u.test(t.text)) return true;
  }
  return false;
}

/** Directions a place is said to lie in from another ("north of …", "south-west of …"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** A noun's singular, as the place nouns are listed: "villages" → "village", "cities" → "city". */
export function singular(noun: string): string {
  return noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun;
}

/** A city this large, alone on a line, is a heading rather than a signature. */
const HEADING_CITY_POPULATION = 500_000;

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

/** True when the name ending before token `end` owns what follows it ("Obama's cabinet", "Sanders' years"). */
function ownsWhatFollows(tokens: readonly Token[], end: number): boolean {
  const after = tokens[end];
  return after !== undefined && possessiveMark(after, tokens[end - 1] as Token, tokens[end + 1]);
}

/**
 * True when `after` marks the name ending in `last` as owning `next`: "'s", or an apostrophe
 * alone written onto a name ending in "s" before a word in lower case ("Varnicks' campaign");
 * not a closing quotation mark ("the town of 'Davis' is").
 */
export function possessiveMark(after: Token, last: Token, next: Token | undefined): boolean {
  if (POSSESSIVE_MARK.test(after.text)) return true;
  return (after.text === "'" || after.text === '’') && after.start === last.end && /s$/iu.test(last.text) && next !== undefined && next.start === after.end + 1 && /^\p{Ll}/u.test(next.text);
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

/** Prepositions after which a capitalised name is as often a person's as anything's. */
const PERSON_PREPOSITIONS = new Set(['by', 'with', 'against', 'between']);

/**
 * True when token `index` follows a verb or a preposition that governs people ("by", "with") in
 * its sentence, in no line in title case: there, capitals mark a name, not the sentence's start.
 */
export function afterVerbOrPreposition(doc: NlpDocument, index: number): boolean {
  const before = doc.tokens[index - 1];
  if (before === undefined || before.sentence !== (doc.tokens[index] as Token).sentence) return false;
  // "I used Fancy Flowers": what one uses is a thing or a firm.
  if ((before.pos !== 'VERB' || before.lemma === 'use') && !PERSON_PREPOSITIONS.has(before.normal)) return false;
  return !caseLinesOf(doc).titleCase.has(index);
}
