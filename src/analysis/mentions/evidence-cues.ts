/**
 * Context cues that need a closer look at the words around a name: appositions, team names,
 * qualified places, nouns after the name, lower-case titles before it.
 */
import { joinedWithoutSpace, POSSESSIVE_MARK, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { COMPASS_POINTS, ORGANIZATION_NOUNS, PARTY_ADJECTIVES, ORGANIZATION_WORDS, PLACE_NOUNS, PLACE_WORDS, PLURAL_VERBS, POST_NOMINALS, REPORTING_LEMMAS, ROLE_NOUNS, STATE_ABBREVIATIONS, STATE_POSTAL_CODES, TEAM_WORDS, TITLE_MODIFIERS } from '../lexicon/cue-words.js';
import type { Candidate } from './candidate.js';
import { fire, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { isAllCaps } from './letter-case.js';
import { INITIAL } from './name-parts.js';
import { isHyphen } from './hyphen-joins.js';

const CAPITALISED_WORD = /^\p{Lu}/u;
const ED_ENDING = /ed$/u;
/** A plural ending, not a possessive or a word ending in -ss ("Canaries", not "Congress"). */
const PLURAL_ENDING = /[^s'’]s$/u;
/** A city this large names a club's home even when its name is also a given name ("Houston"). */
const MAJOR_HOME_POPULATION = 1_000_000;
/** A city this large is the home of a club before a plural nickname, even when its name is a given name ("Charlotte Panthers"). */
const BIG_HOME_POPULATION = 500_000;
/** Longest place name a team or paper is named after, in words. */
const MAX_HOME_WORDS = 3;

/** Lower-case title words directly before the name ("president", "former senator"). */
export function lowerCaseTitleBefore(doc: NlpDocument, c: Candidate): string | undefined {
  const start = c.titleStart ?? c.tokenStart;
  let i = start - 1;
  let hasRole = false;
  let first = start;
  // Up to four words; a word joined by a hyphen is part of the one after it.
  let joined = 0;
  while (i >= 0 && start - i <= 4 + joined) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== (doc.tokens[start] as Token).sentence) break;
    if (ROLE_NOUNS.has(t.normal)) hasRole = true;
    // "front-runner", "co-founder", "6-year-old": words joined by a hyphen are one word of the title.
    else if (isHyphen(t) && i > 0 && joinedWithoutSpace(doc.tokens[i - 1] as Token, t) && joinedWithoutSpace(t, doc.tokens[i + 1] as Token)) {
      first = i - 1;
      i -= 2;
      joined += 2;
      continue;
    }
    // "EU foreign policy chief", "campaign manager": nouns and adjectives before the role qualify
    // it (a plural is more often a verb the tagger misread: "Wikinews interviews biologist X").
    else if (!TITLE_MODIFIERS.has(t.normal) && !(t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !/[^s]s$/u.test(t.text)))) break;
    first = i;
    i--;
  }
  if (!hasRole) return undefined;
  // "White House national security spokesman": past four words, a capitalised word goes on
  // with the name of two words the title opens with.
  const opener = doc.tokens[first] as Token;
  const previous = doc.tokens[first - 1];
  if (start - first >= 4 && previous !== undefined && previous.sentence === opener.sentence && CAPITALISED_WORD.test(opener.text) && CAPITALISED_WORD.test(previous.text) && (previous.pos === 'PROPN' || previous.pos === 'ADJ')) first--;
  // Keep the title contiguous up to the name, and only when it ends in a role word.
  const before = doc.tokens[start - 1] as Token;
  if (!ROLE_NOUNS.has(before.normal)) return undefined;
  return doc.text.slice((doc.tokens[first] as Token).start, before.end);
}

/** Adjectives a name may qualify a role through ("Democratic presidential candidate"). */
const MAX_ROLE_ADJECTIVES = 2;

/**
 * True when the words from token `at` are a role the name before them qualifies, in lower case:
 * a role noun or a hyphenated title, past adjectives ("Democratic nominee", "Democratic
 * presidential front-runner"). A title before such a name is that role's, not the name's. (Any
 * other noun there may be a verb the tagger misread: "her mother Ismat last saw them".)
 */
export function qualifiedRoleAt(tokens: readonly Token[], at: number): boolean {
  let i = at;
  // (A role noun the tagger reads as an adjective is the role: "chief Democratic rival".)
  while (i - at < MAX_ROLE_ADJECTIVES && tokens[i]?.pos === 'ADJ' && /^\p{Ll}/u.test((tokens[i] as Token).text) && !ROLE_NOUNS.has((tokens[i] as Token).normal)) i++;
  const noun = tokens[i];
  if (noun === undefined || !/^\p{Ll}/u.test(noun.text) || noun.sentence !== tokens[at]?.sentence) return false;
  const hyphenated = isHyphen(tokens[i + 1]) && ROLE_NOUNS.has(tokens[i + 2]?.normal ?? '');
  return ROLE_NOUNS.has(noun.normal) || hyphenated;
}


/** True when `word` is the plural of a common English noun ("Canaries", "Rovers"). */
function isCommonPlural(gazetteer: Gazetteer, word: string): boolean {
  if (!PLURAL_ENDING.test(word)) return false;
  const stem = word.slice(0, -1);
  // "Rays", "Diaries", "Foxes": the singular drops the "s", turns "ie" into "y", or drops "es".
  return gazetteer.commonWord(stem) || (stem.endsWith('ie') && gazetteer.commonWord(`${stem.slice(0, -2)}y`)) || (stem.endsWith('e') && gazetteer.commonWord(stem.slice(0, -1)));
}

/**
 * "Boston Red Sox", "Manchester United", "New York Times": a place followed by words that are not
 * a person's name is a team, a paper or a company named after its home.
 */
export function teamEvidence(e: Evidence, gazetteer: Gazetteer, c: Candidate, words: readonly Token[], afterThe = false): void {
  if (words.length < 2 || PLACE_WORDS.has((words[words.length - 1] as Token).normal)) return;
  // "Ashford B. Fields": a middle initial makes a person's name, whatever the town before it.
  if (words.some((w) => INITIAL.test(w.text))) return;
  // A home town is at most three words ("Salt Lake City Stars"): no need to try later splits,
  // which would make a long run of capitals quadratic.
  for (let split = Math.min(words.length - 1, MAX_HOME_WORDS); split >= 1; split--) {
    const head = words.slice(0, split);
    const rest = words.slice(split);
    const homeText = c.text.slice(0, (head[head.length - 1] as Token).end - c.start);
    const home = gazetteer.places(homeText)[0];
    if (!home || home.kind === 'continent' || gazetteer.demonym(homeText)) continue;
    // "Bank of Boston", "Boston Consulting Group" are named after the town too, but stand for it
    // less: only team words ("Brampton Rovers") among organization words make a club.
    if (rest.some((w) => (gazetteer.givenName(w.text) && !gazetteer.commonWord(w.text)) || w.text === 'of' || (ORGANIZATION_WORDS.has(w.normal) && !TEAM_WORDS.has(w.normal)))) return;
    const lastToken = rest[rest.length - 1] as Token;
    const last = lastToken.text;
    // "Ashford Canaries", "Leeds Rovers": a club is named by its town and a plural nickname,
    // which no surname is ("Jackson Adams" ends in a name, not in "adam" the word), nor a verb
    // a headline writes after a name ("Obama Sees …", "Clinton Wins …").
    const teamWord = TEAM_WORDS.has(last.toLowerCase());
    const nickname = teamWord || (isCommonPlural(gazetteer, last) && lastToken.pos !== 'VERB');
    // "Carlton Mathers", "David Brooks": a town that is also a given name, before a word in -s,
    // even a plural nickname, opens a person's name. A state, a country or a city of millions is
    // still the club's home ("Ohio Bobcats", "Houston Stars"), a city of half a million is before
    // a nickname ("Charlotte Panthers"), and any town is after "the" ("the Boston Bruins"), which
    // no one's full name comes after.
    const majorHome = home.kind !== 'city' || (home.population ?? 0) >= MAJOR_HOME_POPULATION || (nickname && (home.population ?? 0) >= BIG_HOME_POPULATION);
    const givenNameHome = !majorHome && !afterThe && gazetteer.givenName(homeText) !== undefined && !gazetteer.commonWord(homeText);
    // A club's own word after the town makes a club whatever the town ("Ashford United").
    // A word in -s that is no common plural is a surname after a town that is a given name,
    // even one that is also a word ("Sandy Phillips", "Bill Jones").
    const surnameAfterGiven = !majorHome && !afterThe && gazetteer.givenName(homeText) !== undefined;
    if (teamWord || (!givenNameHome && (nickname || (/s$/.test(last) && !surnameAfterGiven)))) {
      fire(e, F.namedAfterHomeTown);
      e.namedAfterPlace = true;
      if (nickname) fire(e, F.teamNickname);
    }
    return;
  }
}

/** Words that open a relative clause inside an apposition ("a Democrat whose office …"). */
const RELATIVE_WORDS = new Set(['whose', 'who', 'whom', 'which', 'that', 'where']);

/** Words that open an apposition's noun phrase: articles, a possessive, possessive pronouns. */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', "'s", '’s', 'his', 'her', 'its', 'their', 'our']);

/** Most words of a possessive name that opens an apposition ("the United States'"). */
const MAX_OWNER_WORDS = 3;

/** Most words after the determiner of an apposition or predicate, up to its head ("an English punk rock / garage rock band"). */
const MAX_PHRASE_WORDS = 8;

/**
 * "Eurostat, the EU’s statistics agency", "Molde, a town in western Norway", "Hale, the developer":
 * the head noun of an apposition right after the name says what the name is. Not a role after
 * the `setting` of the sentence, a place where it happens ("born in Dayton, Ohio, the son of …").
 */
export function appositionEvidence(e: Evidence, tokens: readonly Token[], from: number, setting = false, placesOnly = false): void {
  let det = tokens[from];
  // "Verdi, Germany's service workers union", "Al-Aiban, Saudi Arabia's national security
  // adviser": a possessive name of up to three words stands for the article.
  let owner = from;
  while (owner < from + MAX_OWNER_WORDS && CAPITALISED_WORD.test(tokens[owner]?.text ?? '') && tokens[owner]?.sentence === det?.sentence) owner++;
  if (owner > from && POSSESSIVE_MARK.test(tokens[owner]?.text ?? '')) det = tokens[owner];
  // "Anthony Lake, his national security adviser", "Kessin, its parent company": a possessive
  // pronoun opens an apposition as an article does.
  if (!det || !APPOSITION_OPENERS.has(det.normal)) return;
  for (let i = det.index + 1; i < tokens.length && i <= det.index + MAX_PHRASE_WORDS; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // "a shipping company", "a music booking agency": a gerund before a noun qualifies it.
    const qualifying = (k: number): boolean => tokens[k]?.pos === 'VERB' && (tokens[k] as Token).normal.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN';
    if (qualifying(i)) continue;
    // "a punk rock / garage rock band": a slash joins two qualifiers of one head.
    if (t.text === '/' && t.sentence === det.sentence) continue;
    // A relative clause or another phrase begins: "a super PAC that Mercer and his daughter …".
    // ("a Democrat whose office …": "whose" opens a clause, whatever wink tags it.)
    if (t.sentence !== det.sentence || t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || RELATIVE_WORDS.has(t.normal)) return;
    // "Helen Marsh, the MP for York Central": a legislator's initials are a role too.
    if (/^\p{Lu}{2,4}s?$/u.test(t.text) && ROLE_NOUNS.has(t.normal) && !setting && !placesOnly) {
      fire(e, F.appositionRole);
      return;
    }
    // The head is a common noun: "the governor's Office of Management and Budget director" is not an office.
    // "a film and music talent agency": a noun coordinated with another qualifies the head too.
    // "the union’s president": a noun owning the next one is not the head either.
    if (t.pos !== 'NOUN' || next?.pos === 'NOUN' || qualifying(i + 1) || next?.pos === 'CCONJ' || next?.text === '/' || POSSESSIVE_MARK.test(next?.text ?? '') || !/^\p{Ll}/u.test(t.text)) continue;
    // "the official Chinese news agency": a noun before adjectives and another noun qualifies it.
    if (nounAfterModifiers(tokens, i + 1)) continue;
    // "the late broadcaster who hosted …": what "who" follows is a person.
    if (tokens[i + 1]?.normal === 'who' || (tokens[i + 1]?.text === ',' && tokens[i + 2]?.normal === 'who')) {
      if (ROLE_NOUNS.has(t.normal) || ORGANIZATION_NOUNS.has(t.normal)) fire(e, F.appositionRole);
      return;
    }
    if (placesOnly) {
      if (PLACE_NOUNS.has(t.normal)) fire(e, F.appositionPlace);
    } else if (ORGANIZATION_NOUNS.has(t.normal)) fire(e, F.appositionOrganization);
    else if (PLACE_NOUNS.has(t.normal)) fire(e, F.appositionPlace);
    else if (ROLE_NOUNS.has(t.normal) && !setting) fire(e, F.appositionRole);
    return;
  }
}

/** True when adjectives or capitalised words from token `from` on lead to a noun in lower case ("Chinese news"). */
function nounAfterModifiers(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && i - from < 3 && ((tokens[i] as Token).pos === 'ADJ' || ((tokens[i] as Token).pos === 'PROPN' && CAPITALISED_WORD.test((tokens[i] as Token).text)))) i++;
  const noun = tokens[i];
  return i > from && noun !== undefined && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text);
}

/** The lower-case noun that ends the phrase a name opens, skipping "and <Name>" ("X and Y districts"). */
export function headNounAfter(tokens: readonly Token[], from: number): Token | undefined {
  let i = from;
  if (tokens[i]?.normal === 'and' && CAPITALISED_WORD.test(tokens[i + 1]?.text ?? '')) {
    i += 2;
    while (tokens[i] && CAPITALISED_WORD.test((tokens[i] as Token).text) && (tokens[i] as Token).pos === 'PROPN') i++;
  }
  const noun = tokens[i];
  const next = tokens[i + 1];
  return noun && noun.pos === 'NOUN' && !CAPITALISED_WORD.test(noun.text) && next?.pos !== 'NOUN' ? noun : undefined;
}

/** A capitalised word in a plural "-s" (not "-ss", "-us", "-is"): "Veterans", "Families". */
const PLURAL_NOUN = /^\p{Lu}\p{Ll}+[^suiy]s$/u;

/** "Old Athens", "Northern Greece": common words before a known place still name that place. */
export function qualifiedPlaceEvidence(e: Evidence, gazetteer: Gazetteer, c: Candidate, words: readonly Token[], tokens: readonly Token[]): void {
  if (words.length < 2 || e.place) return;
  const lead = words[0] as Token;
  // A given name is a person's ("Frank Russia"), but a compass point qualifies the place even
  // where it is one ("North Crimea", "West Ukraine").
  if (!gazetteer.commonWord(lead.text) || (gazetteer.givenName(lead.text) && !COMPASS_POINTS.has(lead.normal))) return;
  // "United Russia", "One Israel": a participle or a number before a country names a party or a
  // movement; the parts and ages of a place are told by adjectives ("Northern", "Classical").
  if (lead.pos === 'NUM' || ED_ENDING.test(lead.text)) return;
  const rest = c.text.slice((words[1] as Token).start - c.start);
  const place = gazetteer.places(rest)[0];
  // "Veterans Ruritania", "Families Ruritania": a noun in the plural before a country names a group.
  if (PLURAL_NOUN.test(lead.text) && lead.pos !== 'ADJ') {
    if (place && place.kind !== 'city') fire(e, F.groupOfCountry);
    return;
  }
  // "Age UK", "Sport USA": a common word before a country's initials names its national body;
  // places are qualified before the country's name ("Northern Ireland", "West Ukraine").
  if (place?.kind === 'country' && /^[\p{Lu}.]+$/u.test(rest)) {
    // Not initials joined ("US-UK"), a party's adjective ("Democrat U.S. Senate candidate"), nor a
    // name qualifying a noun after it ("Senior US diplomats").
    const after = tokens[c.tokenEnd];
    const qualifies = after !== undefined && after.sameLine && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
    if (words.length === 2 && /^\p{Lu}\p{Ll}/u.test(lead.text) && !PARTY_ADJECTIVES.has(lead.normal) && !qualifies) fire(e, F.nationalBody);
    return;
  }
  if (place && (place.kind !== 'city' || (place.population ?? 0) >= 100_000)) fire(e, F.qualifiedPlace);
}

const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * "The King of Athens, Varnos", "the club’s manager, Tom Keane": a name right after a role
 * written with its determiner and a comma is that role's holder.
 */
export function roleBeforeComma(tokens: readonly Token[], nameStart: number): Token | undefined {
  const comma = tokens[nameStart - 1];
  if (comma?.text !== ',') return undefined;
  const sentence = comma.sentence;
  for (let i = nameStart - 2; i >= 0 && nameStart - i <= 7; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== sentence) return undefined;
    if (ROLE_NOUNS.has(t.normal)) {
      const det = tokens[i - 1];
      const possessive = det?.text === "'s" || det?.text === '’s';
      return det && (DETERMINERS.has(det.normal) || possessive || det.pos === 'ADJ') ? t : undefined;
    }
    if (!(t.text === 'of' || t.normal === 'the' || CAPITALISED_WORD.test(t.text))) return undefined;
  }
  return undefined;
}

/** Longest run of adverbs read between a name and its verb ("also", "later", "never"). */
const MAX_ADVERBS_BEFORE_VERB = 2;

/** The token at `from`, or the first after up to two adverbs of the same sentence. */
function verbAfter(tokens: readonly Token[], from: number): Token | undefined {
  const start = tokens[from];
  let k = from;
  while (k - from < MAX_ADVERBS_BEFORE_VERB && k + 1 < tokens.length && tokens[k]?.pos === 'ADV' && (tokens[k + 1] as Token).sentence === start?.sentence) k++;
  return tokens[k];
}

/** Most words of the second name of a pair joined by "and" ("and Vickers", "and Lena Ford"). */
const MAX_COORDINATED_WORDS = 3;

/**
 * The token after "and" and the capitalised name it joins, when `from` is that "and" ("Cummock
 * ⟨and Vickery⟩ wrote"); `from` itself otherwise.
 */
function pastCoordinatedName(tokens: readonly Token[], from: number): number {
  const and = tokens[from];
  if (and?.normal !== 'and') return from;
  let k = from + 1;
  while (k < tokens.length && (tokens[k] as Token).sentence === and.sentence && /^\p{Lu}\p{Ll}/u.test((tokens[k] as Token).text)) k++;
  const words = k - from - 1;
  return words >= 1 && words <= MAX_COORDINATED_WORDS ? k : from;
}

/** Longest dateline read before an agency's brackets, in tokens ("LOUISVILLE , Ky ."). */
const MAX_DATELINE_TOKENS = 6;

/**
 * True when the line holding token `at` opens with a dateline in capitals close before it
 * ("LOUISVILLE, Ky. (AP) —"), not a name and its state ("Sen. Marco Rubio (Fla.) —").
 */
export function opensWithDateline(tokens: readonly Token[], at: number): boolean {
  return datelineStart(tokens, at, MAX_DATELINE_TOKENS) >= 0;
}

/**
 * Where the dateline opening the line of token `at` starts, when a word in capitals opens that
 * line at most `reach` tokens before `at` ({@link opensWithDateline}); -1 otherwise.
 */
export function datelineStart(tokens: readonly Token[], at: number, reach: number): number {
  let start = at;
  while (start > 0 && (tokens[start] as Token).sameLine && at - start <= reach) start--;
  const first = tokens[start] as Token;
  // The text's first token opens its first line.
  return (start === 0 || !first.sameLine) && isDatelineWord(first.text) ? start : -1;
}

/**
 * True when the candidate, in capitals, opens a line before a comma and then a place or a date:
 * a dateline ("VAIL, Colorado 1996-12-06", "LOUISVILLE, Ky. (AP)", "OSLO, Dec. 6"), before a date
 * alone on its line ("LONDON 1996-08-22"), or before an agency in brackets and a dash, whose
 * first words name the town the story is filed from. Not "FBI, CIA and NSA officials": an
 * acronym after the comma makes a list.
 */
export function opensDatelineWithPlace(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.tokenStart] as Token;
  if (first.sameLine && c.tokenStart > 0) return false;
  if (!isAllCaps(c.text)) return false;
  // "LONDON 1996-08-22": a line of a town and a date only, as agency copy heads a story.
  const after = tokens[c.tokenEnd];
  if (after?.sameLine && after.temporal !== undefined && !tokens[c.tokenEnd + 1]?.sameLine) return true;
  // "NEW YORK (Reuters) -", "GAZA (AP) —": the agency in brackets and a dash.
  if (after?.text === '(' && after.sameLine && tokens[c.tokenEnd + 2]?.text === ')' && /^[—–-]$/u.test(tokens[c.tokenEnd + 3]?.text ?? '')) return true;
  if (after?.text !== ',') return false;
  const next = tokens[c.tokenEnd + 1];
  if (!next || !next.sameLine) return false;
  // "KEENE, N.H. —": a state as news style abbreviates it, in capitals with its stops.
  const state = next.text.endsWith('.') && STATE_ABBREVIATIONS.has(next.text.slice(0, -1));
  return next.temporal !== undefined || state || (/^\p{Lu}/u.test(next.text) && !isAllCaps(next.text));
}

/** A word a dateline opens with: a place in capitals ("LONDON", "KYIV"), not "I" or "A". */
export function isDatelineWord(word: string): boolean {
  return word.length >= 3 && isAllCaps(word);
}

/** Longest bracket skipped after a name before its verb, in tokens. */
const MAX_GLOSS_TOKENS = 15;

/** The token after a bracket opening at `at` and closing within {@link MAX_GLOSS_TOKENS} in the sentence, or `at`. */
function pastBrackets(tokens: readonly Token[], at: number): number {
  const open = tokens[at];
  if (open?.text !== '(') return at;
  for (let k = at + 1; k < tokens.length && k - at <= MAX_GLOSS_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== open.sentence || t.text === '(') return at;
    if (t.text === ')') return k + 1 < tokens.length ? k + 1 : at;
  }
  return at;
}

/**
 * What the verb after a name says of it (`from` is the token after the name; `single` its word
 * when the name is one word; `givenName` whether it opens with a given name).
 */
export function verbEvidence(e: Evidence, tokens: readonly Token[], from: number, single: Token | undefined, givenName: boolean): void {
  // "Garrowitz also said", "Reyes later told": a reporting verb may come after an adverb or
  // two; any other verb counts only right after the name (below).
  // "Cummock and Vickery wrote": the verb after a coordinated name reports the first one too.
  const reporting = verbAfter(tokens, pastCoordinatedName(tokens, from));
  if (reporting?.pos === 'VERB' && REPORTING_LEMMAS.has(reporting.lemma)) {
    // "Facebook said its profit rose": what speaks of "its" is no person.
    fire(e, tokens[reporting.index + 1]?.normal === 'its' ? F.reportingVerbIts : F.reportingVerbAfter);
  }
  const verb = tokens[from] as Token;
  // "Ervenik (Serbian Cyrillic: Ервеник) is a village", "Tom Keane (born 1950) is an actor": the
  // verb of a predicate may come after a bracket that glosses the name.
  const be = tokens[pastBrackets(tokens, from)] as Token;
  // "Moonwake is a NASA probe", "Varnobel is a town in Norway": what the name is said to
  // be types it, as an apposition does; being something says nothing of a person as such.
  // A name with a given name is taken at its word ("Lena Ford is the party unifier", "Susanna
  // is the best dress maker"), unless it is said to be a place ("Fort Lee is a city"): no one is.
  const predicate = be.pos === 'AUX' && be.lemma === 'be' && ['a', 'an', 'the'].includes(tokens[be.index + 1]?.normal ?? '');
  if (predicate) appositionEvidence(e, tokens, be.index + 1, false, givenName);
  // "Morgan Stanley raised its forecast", "Charles Schwab cut its fees": whatever name does
  // something of "its" is no person, given name or not.
  if (!single && verb.pos === 'VERB' && !REPORTING_LEMMAS.has(verb.lemma) && tokens[verb.index + 1]?.normal === 'its') fire(e, F.verbIts);
  if (!single || (predicate && !givenName)) return;
  // "Broadcasters were slow to respond": a plural word with a plural verb names a group of
  // people or things, not one person (nor, opening a sentence, anything at all).
  if (/\p{Ll}s$/u.test(single.text) && PLURAL_VERBS.has(verb.normal)) {
    fire(e, F.pluralSubject);
    return;
  }
  // "Garrowitz also proposed": past an adverb or two, as for a reporting verb.
  const main = verb.pos === 'ADV' ? (verbAfter(tokens, from) ?? verb) : verb;
  if ((main.pos === 'VERB' || main.pos === 'AUX') && !REPORTING_LEMMAS.has(main.lemma) && main.text !== '-') {
    // "Morningstar cut its price target", "Facebook raised its forecast": the subject owns
    // with "its", so it is no person; "his" or "her" says it is one.
    const owner = main.pos === 'VERB' ? tokens[main.index + 1]?.normal : undefined;
    fire(e, owner === 'its' ? F.verbIts : owner === 'his' || owner === 'her' ? F.verbHisHer : F.subjectOfVerb);
  }
}

/** What a state abbreviation follows: a town and a comma ("LOUISVILLE, Ky."), a party tag ("D-Nev."), a bracket. */
const BEFORE_STATE = new Set([',', '-', '(']);

/**
 * "LOUISVILLE, Ky.", "Sen. Harry Reid, D-Nev.": a US state written as news style abbreviates it,
 * with its full stop, after a comma, a party tag's hyphen or a bracket, is that state. One of
 * two letters and two stops ("D.C.", "N.H.") is that state wherever it stands ("in D.C. this
 * week"): no word is written so.
 */
export function stateAbbreviationEvidence(e: Evidence, tokens: readonly Token[], gazetteer: Gazetteer, c: Candidate): void {
  const before = tokens[c.tokenStart - 1];
  const after = tokens[c.tokenEnd];
  const withStop = c.text.endsWith('.') ? c.text.slice(0, -1) : after?.text === '.' && after.start === c.end ? c.text : undefined;
  if (!before || !BEFORE_STATE.has(before.text)) {
    if (withStop === undefined || !withStop.includes('.')) return;
  }
  const state = withStop === undefined ? postalState(tokens, gazetteer, c) : STATE_ABBREVIATIONS.get(withStop);
  const place = state === undefined ? undefined : gazetteer.places(state).find((p) => p.kind === 'region' && p.country === 'US');
  if (!place) return;
  fire(e, F.stateAbbreviation);
  e.place = place;
}

/** A party's letter in a tag ("R-TX"). */
const PARTY_LETTER = /^[DRI]$/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * "Springfield, IL", "Rep. Lena Ortiz (R-TX)": a state's postal code after a town's name and a
 * comma, or after a party's letter and a hyphen (there also its abbreviation without the stop,
 * "R-Tex"), is that state; the state's name, or undefined.
 */
function postalState(tokens: readonly Token[], gazetteer: Gazetteer, c: Candidate): string | undefined {
  const before = tokens[c.tokenStart - 1] as Token;
  const previous = tokens[c.tokenStart - 2];
  if (!previous) return undefined;
  // In a party's tag the news abbreviation may lose its stop too ("R-Tex", "D-Calif").
  if (before.text === '-') return PARTY_LETTER.test(previous.text) ? (STATE_POSTAL_CODES.get(c.text) ?? STATE_ABBREVIATIONS.get(c.text)) : undefined;
  const state = STATE_POSTAL_CODES.get(c.text);
  if (state === undefined) return undefined;
  // Not "Yes, OK": a town's name, not a word opening the sentence.
  const opensSentence = tokens[previous.index - 1]?.sentence !== previous.sentence;
  if (before.text !== ',' || !CAPITALISED.test(previous.text) || (previous.pos !== 'PROPN' && opensSentence) || previous.sentence !== before.sentence) return undefined;
  // "Ann Lowe, MD", "Tom Reyes, SC": letters after a person's name, unless a town the reference
  // data knows or a ZIP code says it is an address ("Baltimore, MD").
  if (!POST_NOMINALS.has(c.text.toLowerCase())) return state;
  const zip = /^\d{5}(?:-\d{4})?$/.test(tokens[c.tokenEnd]?.text ?? '');
  return zip || gazetteer.places(previous.text).length > 0 ? state : undefined;
}
