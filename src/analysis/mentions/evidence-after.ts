/**
 * Evidence from the words after a candidate name: a comma and a place ("Austin, Texas"), a verb
 * ("said", "said its"), an apposition, the noun it qualifies ("the Fatah party"), a possessive
 * and what it owns, an age. The detectors of evidence.ts over the name itself, and those of the
 * words before it (evidence-context.ts), run first; these read what they found (NameFacts).
 */
import { BODY_NOUNS, COMPANY_POSSESSIONS, FOUNDING_LEMMAS, MEMBER_NOUNS, PLAYING_POSITIONS, POLL_NOUNS, ORGANIZATION_WORDS, PERSON_POSSESSIONS, PLACE_NOUNS, PLACE_WORDS, ROLE_NOUNS, TRADE_MODIFIERS, WORK_NOUNS, isRoleNoun } from '../lexicon/cue-words.js';
import { fire, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { appositionEvidence, headNounAfter, verbEvidence } from './evidence-cues.js';
import { authorCitation } from './author-citation.js';
import { territoryAt } from './comma-places.js';
import { courtCaseParty, datedElection } from './event-names.js';
import { firmRoleAt } from './title-split.js';
import type { NameFacts } from './evidence.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import type { Token } from '../../nlp/document.js';
import { CAPITALISED_WORD, possessiveMark, singular } from './evidence-context.js';

/** Words for the staff and clients of a body, after its possessive ("Northgate's board"); its heads are role nouns. */
const STAFF_WORDS = new Set(['board', 'staff', 'workers', 'employees', 'executives', 'managers', 'customers', 'owners']);
/** What a company has and a person does not, after a possessive ("chief executive" with its "chief"). */
const COMPANY_ROLES = new Set(['ceo', 'executive', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder', 'shareholders', 'stockholders']);

/** A bowler's figures in a cricket scorecard: overs (perhaps with balls), maidens, runs, wickets. */
const BOWLING_FIGURES = /^\d{1,2}(?:\.[1-5])?-\d{1,2}-\d{1,3}-\d{1,2}$/u;
/** Nouns that name an oil benchmark after the place it is named for ("Brent crude", "Urals blend"). */
const GRADE_NOUNS = new Set(['crude', 'blend']);
/**
 * What is named after a person or a place no story is about: a condition ("Alzheimer's disease",
 * "Lyme disease", "Zika virus") or a law, rule or theorem ("Moore's law", "Megan's Law").
 */
const EPONYM_NOUNS = new Set(['disease', 'diseases', 'syndrome', 'palsy', 'lymphoma', 'sarcoma', 'virus', 'fever', 'law', 'theorem', 'paradox', 'razor']);
/** Of those, the ones a person's possessive names, not a place before them ("Moore's law"; "Lyme disease"). */
const POSSESSED_ONLY = new Set(['law', 'theorem', 'paradox', 'razor', 'palsy']);
/** A person's age in years, written in figures. */
const AGE = /^(?:[1-9]|[1-9]\d|1[01]\d)$/;
/** What ends an age in apposition ("Harry Bond, 30, of …", "…, 30."). */
const AGE_CLOSERS = new Set([',', '.', ')', ';']);
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

/** A city this large speaks for its government ("Moscow said"), as countries do. */
const SPEAKING_CITY_POPULATION = 1_000_000;

/** True when a place of this kind and size, or a capital, is said to speak, standing for those who govern it ("Washington believes"). */
function speakingPlace(place: PlaceRecord): boolean {
  return place.kind === 'country' || place.kind === 'continent' || place.capital === true || (place.population ?? 0) >= SPEAKING_CITY_POPULATION;
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
    // "Gough 14-3-39-1": a bowler's overs, maidens, runs and wickets.
    if (BOWLING_FIGURES.test(after.text)) fire(e, F.scorecardPlayer);
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
    // "Brent crude", "the Urals blend": an oil benchmark named after where it was first drawn,
    // not that place.
    if (after.pos !== 'PUNCT' && GRADE_NOUNS.has(after.normal) && /^\p{Ll}/u.test(after.text)) fire(e, F.commodityGrade);
    // "Alzheimer's disease", "Lou Gehrig's disease", "Moore's law", "Lyme disease", "the Zika
    // virus": a name inside the name of a condition or a law, no one and nowhere of the story.
    const eponym = possessiveMark(after, last, after2) ? after2 : POSSESSED_ONLY.has(after.normal) ? undefined : after;
    if (eponym && EPONYM_NOUNS.has(eponym.normal) && eponym.sameLine) fire(e, F.eponymNoun);
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
    // "Apple CEO Tim Cook", "Amazon founder Jeff Bezos": the firm in the title of its chief or
    // founder, named before it without a possessive.
    if (!owns && firmRoleAt(tokens, c.tokenEnd) && /^\p{Lu}/u.test(tokens[c.tokenEnd + (after.normal === 'chief' ? 2 : 1)]?.text ?? '')) fire(e, F.ownsCompanyRole);
    // "Kolashi's", "Kolashi 's": a name owning something; not a company's staff or stock
    // ("Northgate's chief executive", "Northgate's shares").
    if (owns && after2) {
      // "Westbury's Canadian striker": the noun owned is read past its adjectives.
      const owned = ownedNoun(tokens, after2.index, gazetteer);
      if (!ROLE_NOUNS.has(owned.normal) && !COMPANY_POSSESSIONS.has(owned.normal) && !STAFF_WORDS.has(owned.normal)) fire(e, F.possessiveAfter);
      // "Gallup's survey", "Caixin's latest poll": who ran it, as before "a Gallup poll"; not a
      // candidate's standing in polls ("Trump's poll numbers", "her poll lead"), nor a person's.
      if (POLL_NOUNS.has(owned.normal) && tokens[owned.index + 1]?.pos !== 'NOUN' && words.length === 1 && given === undefined && !gazetteer.commonWord(first.text)) fire(e, F.pollAfter);
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
 * True when a country stands alone in brackets right after the name, at `end`: "Pete Sampras
 * (U.S.)", "Lukoil (Russia)". Results and rosters give an athlete's country so, as a source gives
 * a firm's; the brackets then hold no abbreviation of the name.
 */
export function countryInBrackets(tokens: readonly Token[], end: number, gazetteer: Gazetteer): boolean {
  const inside = tokens[end + 1];
  return tokens[end]?.text === '(' && inside !== undefined && tokens[end + 2]?.text === ')' && gazetteer.places(inside.text)[0]?.kind === 'country';
}
