/**
 * Evidence for one candidate name being a person, a place or an organization, gathered from the
 * name itself (cue words, reference data, shape) and from the words around it. The detectors here
 * only say which features (features.ts) fire; what each is worth is the typing model's
 * (typing-model.ts).
 */
import { opensSentence, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { ARTICLES, BODY_NOUNS, CHAMBERS_AFTER_THE, COMPANY_POSSESSIONS, COMPANY_SUFFIXES, CONTACT_LABELS, EVENT_WORDS, HONORIFICS, MOTION_LEMMAS, NAME_CONNECTORS, NAME_SUFFIXES, ORGANIZATION_NOUNS, ORGANIZATION_OPENERS, ORGANIZATION_WORDS, PERSON_OBJECT_LEMMAS, PERSON_POSSESSIONS, PLACE_NOUNS, PLACE_OPENERS, PLACE_PREPOSITIONS, PLACE_WORDS, POST_NOMINALS, RELIGIOUS_ADJECTIVES, ROLE_NOUNS, STANDALONE_INSTITUTIONS, STOCK_WORDS, STORM_WORDS, WORK_NOUNS } from '../lexicon/cue-words.js';
import type { Candidate } from './candidate.js';
import { INITIAL } from './name-parts.js';
import { hasLetter, isAllCaps, titleCase } from './letter-case.js';
import { fire, newEvidence, type Evidence } from './evidence-record.js';
import { F } from './features.js';
import { DEFAULT_MODEL, scoreFeatures, type TypingModel } from './typing-model.js';
import { organizationContextEvidence } from './organization-cues.js';
import { appositionEvidence, authorCitation, headNounAfter, isDatelineWord, lowerCaseTitleBefore, opensWithDateline, qualifiedPlaceEvidence, roleBeforeComma, stateAbbreviationEvidence, teamEvidence, verbEvidence } from './evidence-cues.js';

export { bestType, newEvidence, type Evidence, type Scores } from './evidence-record.js';

const MARKS = /\p{M}/gu;
const ROMAN_NUMERAL = /^[IVX]+$/;
/** Two capitals, with or without full stops: "HR", "P.S.". */
const TWO_CAPITALS = /^\p{Lu}\.?\p{Lu}\.?$/u;
const ARABIC_ARTICLE = /^(?:Al|El)$/;
/** Words for the staff and clients of a body, after its possessive ("Northgate's board"); its heads are role nouns. */
const STAFF_WORDS = new Set(['board', 'staff', 'workers', 'employees', 'executives', 'managers', 'customers', 'owners']);
const ASCII = /^[\x00-\x7f]*$/;
/** Endings of abstract nouns: "Cooperation", "Movement", "Democracy", "Justice" is not one. */
const COMPASS_WORD = /^(?:north|south|east|west)$/u;
const ABSTRACT_NOUN = /(?:tion|ment|ness|ism|ance|ship|acy|ics)$/u;

/** The text without diacritics: "Göd" → "God". Plain ASCII (most names) is returned as is. */
function stripMarks(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFD').replace(MARKS, '');
}

const CAPITALISED_WORD = /^\p{Lu}/u;
const CAMEL_CASE = /^\p{Ll}*\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;
const POSSESSIVE_MARK = /^['’]s$/u;
/** A word written as a name is: a capital, then lower case, parts joined by a hyphen or an apostrophe ("Al-Rashid", "O'Neill"). */
const NAME_SHAPED_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** Gathers evidence for a candidate from its words, reference data and context, scored under the model. */
export function gatherEvidence(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate, model: TypingModel = DEFAULT_MODEL): Evidence {
  const e = detectFeatures(doc, gazetteer, c);
  e.scores = scoreFeatures(model, e.fired);
  return e;
}

/** The features that fire for a candidate, and the facts the document rules read. */
export function detectFeatures(doc: NlpDocument, gazetteer: Gazetteer, c: Candidate): Evidence {
  const e = newEvidence();
  fire(e, F.bias);
  const tokens = doc.tokens;
  const words = tokens.slice(c.tokenStart, c.tokenEnd);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  // "U. S.": initials written with spaces are looked up as "U.S.".
  const written = /^(\p{Lu}\. )+\p{Lu}\.$/u.test(c.text) ? c.text.replace(/ /g, '') : c.text;
  const dateline = opensDatelineWithPlace(tokens, c);
  const lookup = c.inCapsLine || dateline || (isAllCaps(written) && written.length > 4) ? titleCase(written) : written;

  // "Russian", and hyphenated ones: "African-American", "Irish-born".
  const hyphenParts = c.text.includes('-') ? c.text.split('-') : [];
  const demonymPart = hyphenParts.length === 2 && hyphenParts.some((part) => gazetteer.demonym(part));
  const religious = words.length === 1 && RELIGIOUS_ADJECTIVES.has(first.normal);
  // "Costa Rican", "North Korean": a demonym of several words too.
  if ((words.length <= 3 && gazetteer.demonym(lookup)) || demonymPart || religious) {
    e.demonym = true;
  }

  const places = gazetteer.places(lookup);
  // Titles: inside the run ("President Vladimir Putin") or just before it ("former senator").
  // A role noun before a country or state ("coal producer West Virginia") describes the place.
  // Not before an acronym: "the major TV networks".
  const acronymName = words.length === 1 && isAllCaps(first.text);
  const lowerTitle = c.title === undefined && !acronymName && !places.some((p) => p.kind !== 'city') ? lowerCaseTitleBefore(doc, c) : undefined;
  e.title = c.title ?? lowerTitle;
  if (e.title) {
    const titleWords = e.title.toLowerCase().split(/\s+/);
    fire(e, titleWords.some((w) => HONORIFICS.has(w)) ? F.honorificTitle : F.roleTitle);
  }

  // Head words: English names are head-final ("Moscow State University"), or head-first with "of".
  // A head word alone names one body only for a few institutions ("Congress", "Parliament"), or
  // after "the" for one named before ("the Church", "the Academy"); "Police arrested…",
  // "University collections", "a TV" are common nouns.
  const headAlone = words.length === 1 && !STANDALONE_INSTITUTIONS.has(last.normal) && tokens[c.tokenStart - 1]?.normal !== 'the';
  // "the House", "the Commons": a chamber named by its common word, past a sentence's start.
  const before0 = tokens[c.tokenStart - 1];
  const chamber = words.length === 1 && CHAMBERS_AFTER_THE.has(last.normal) && before0?.normal === 'the' && before0.sentence === first.sentence && /^\p{Ll}/u.test(before0.text);
  if ((ORGANIZATION_WORDS.has(last.normal) && !headAlone) || chamber) fire(e, F.organizationHeadLast);
  // "Oliver North", "Liz West": after a given name a compass word is a surname; places are named
  // "Kensington West" or "North Sea".
  else if (PLACE_WORDS.has(last.normal) && words.length > 1 && !(words.length === 2 && COMPASS_WORD.test(last.normal) && gazetteer.givenName(first.text) && !gazetteer.commonWord(first.text))) {
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

  // Reference data.
  // "God" is not the Hungarian town of Göd: a common word matches only a place spelled the same.
  const place = places.find((p) => p.name === lookup || stripMarks(p.name) !== lookup || !gazetteer.commonWord(c.text));
  if (place) {
    e.place = place;
    const population = place.population ?? 0;
    const town = population >= 1_000_000 ? F.gazetteerBigCity : population >= 100_000 ? F.gazetteerCity : F.gazetteerSmallTown;
    fire(e, place.kind === 'city' || place.kind === 'place' ? town : place.kind === 'region' ? F.gazetteerRegion : place.kind === 'continent' ? F.gazetteerContinent : F.gazetteerCountry);
  }
  stateAbbreviationEvidence(e, tokens, gazetteer, c);
  if (c.fullName) fire(e, F.sharesFullName);
  // "Al-Zaman", "El-Tahrir": the Arabic article joined to a word is no given name; nor is a faith
  // or a people opening a name ("Sunni Arabs", "Shia Crescent").
  const second = words[1];
  const articlePrefix = ARABIC_ARTICLE.test(first.text) && second?.text === '-' && second.start === first.end;
  const faithFirst = words.length > 1 && (RELIGIOUS_ADJECTIVES.has(first.normal) || gazetteer.demonym(first.text) !== undefined);
  // "LU", "JO" in a sentence: two capitals alone are initials or an abbreviation, no given name;
  // nor is a common word shouted in capitals ("FREE", "CAN") outside a line in capitals.
  const shouted = words.length === 1 && !c.inCapsLine && isAllCaps(first.text) && (TWO_CAPITALS.test(first.text) || gazetteer.commonWord(first.text));
  const given = articlePrefix || faithFirst || shouted ? undefined : gazetteer.givenName(first.text);
  // A town under 100,000 named like a person ("Taylor's") or by a common word ("Police in Oslo")
  // is weighed against that reading.
  const smallTown = place !== undefined && (place.kind === 'city' || place.kind === 'place') && (place.population ?? 0) < 100_000;
  // "York Minster", "North Yorkshire", "Will Smith": a given name that is also a place or a common
  // word is weaker evidence.
  const notablePlace = gazetteer.places(first.text).some((p) => p.kind === 'country' || p.kind === 'continent' || (p.population ?? 0) >= 100_000);
  const plainGivenName = given && !gazetteer.commonWord(first.text) && !notablePlace;
  if (given && words.length >= 2 && !e.demonym) {
    fire(e, plainGivenName ? F.givenNameFirst : F.ambiguousGivenNameFirst);
    // "Peace Action", "Christian Voice", "Asia-Pacific Economic Cooperation": after a given name,
    // a last word that is an abstract noun names a body or a cause; a common word is weaker
    // evidence against a person ("Bush" and "Baker" are surnames too).
    // Only a word of its own: "moon" in "Ban Ki-moon" is part of the given name's hyphenated pair.
    const ownWord = (words[words.length - 2] as Token).end < last.start;
    // A surname may end like one ("Vance", "Hutchison"): the abstract noun is a word of the language.
    const commonLast = ownWord && gazetteer.commonWord(last.text);
    if (commonLast && ABSTRACT_NOUN.test(last.normal)) fire(e, F.abstractNounLast);
    else if (commonLast) fire(e, F.commonWordLast);
  } else if (given && words.length === 1 && (!place || (smallTown && !PLACE_PREPOSITIONS.has(tokens[c.tokenStart - 1]?.normal ?? '')))) {
    // "Chelsea" after "in" is the town the reference data has, not the woman.
    fire(e, F.loneGivenName);
  }
  // "Ranjit Devraj", "Amrullah Saleh": two or three words shaped like names, none a common word,
  // a place, or a head word, and no given name the reference data knows: news introduces people
  // by such full names far more often than bodies or places, whose names carry a head word.
  if (!given && !place && !e.demonym && words.length >= 2 && words.length <= 3 && unfamiliarNameWords(words, gazetteer)) fire(e, F.unfamiliarFullName);
  // "La Liga", "El Clasico", "Les Misérables": a name opened by an article is no person's.
  if (words.length === 2 && ARTICLES.has(first.text)) fire(e, F.opensWithArticle);
  // "W. W. Rouse Ball", "M. Night Shyamalan": initials before a surname stand for given names.
  // Not "U.S. Embassy" or "N. Korea": letters of several initials, or before a place, abbreviate
  // the place.
  const initialFirst = !given && !place && words.length >= 2 && INITIAL.test(first.text);
  const surnameLast = initialFirst && !INITIAL.test(last.text) && !ORGANIZATION_WORDS.has(last.normal) && !PLACE_WORDS.has(last.normal) && gazetteer.places(last.text).length === 0;
  if (surnameLast) fire(e, F.initialThenSurname);


  const before = tokens[(c.titleStart ?? c.tokenStart) - 1];

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
  // "Ph.D.": the rest of an abbreviation written without a space after its first part (wink
  // reads "Ph", ".", "D."); not "Mr.Smith", a name after a missing space.
  const dot = tokens[c.tokenStart - 1];
  const abbreviationEnd = words.length === 1 && /^\p{Lu}\p{Ll}?\.?$/u.test(first.text) && dot?.text === '.' && dot.end === first.start && tokens[c.tokenStart - 2]?.end === dot.start;
  // "Metro line E": a letter alone names nothing.
  const letter = words.length === 1 && /^\p{Lu}$/u.test(first.text);
  // "Fax 410-555-0199", "Tel:": the label of a number in an address block or a signature.
  const contactLabel = words.length === 1 && CONTACT_LABELS.has(first.normal);
  // "Northgate Holdings, Inc.": the legal form belongs to the name before the comma.
  const legalForm = words.length === 1 && COMPANY_SUFFIXES.has(first.normal);
  if (postNominal || currency || abbreviationEnd || letter || contactLabel || legalForm) {
    fire(e, currency ? F.currencyCode : abbreviationEnd ? F.abbreviationEnd : letter ? F.singleLetter : contactLabel ? F.contactLabel : legalForm ? F.companySuffixAlone : F.postNominal);
  } else if (dateline) {
    fire(e, F.datelinePlace);
  } else if (words.length === 1 && isAllCaps(first.text) && /^[\p{Lu}.&]{2,}$/u.test(first.text) && !place && !afterNumber) {
    // "FREE", "VERY" shouted in a sentence, "HIT" in a headline in capitals: a word, not an acronym.
    // "HR", "TV", "PS": two capitals abbreviate a term far more often than a body, which needs
    // a cue of its own ("the UN said", "(EU)" after its long form).
    fire(e, gazetteer.commonWord(first.text) ? F.commonWordInCapitals : TWO_CAPITALS.test(first.text) ? F.shortAcronym : F.acronym);
  } else if (words.length === 1 && CAMEL_CASE.test(first.text)) {
    fire(e, F.innerCapital);
  }
  // "Google", "Deutsche Bank": a name on the list of organizations and brands. Worth less than
  // a surname of someone named in full (classify-candidates.ts), so "Ford" after "Henry Ford"
  // is still the man.
  if (!place && !c.inCapsLine && gazetteer.organization(c.text)) fire(e, F.knownOrganization);
  teamEvidence(e, gazetteer, c, words);
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
  if (loneEvent || namedStorm || (head && letterWords.length > 1 && EVENT_WORDS.has(head.normal)) || (opener && letterWords.length > 1 && EVENT_WORDS.has(opener.normal) && !gazetteer.givenName(opener.text))) {
    fire(e, F.eventWord);
    e.event = true;
  }
  qualifiedPlaceEvidence(e, gazetteer, c, letterWords);
  const givenFirst = letterWords.length >= 2 && gazetteer.givenName(first.text) !== undefined;
  if (allCommon && (!place || smallTown) && !isAllCaps(c.text) && !givenFirst) {
    // "Grammar", "Early", "Frame Semantics": capitalised common words need real evidence. Mid-
    // sentence after "the" ("the White House"), title case over several words marks an institution.
    const institution = letterWords.length >= 2 && before?.normal === 'the' && before.sentence === first.sentence;
    fire(e, institution ? F.commonWordsAfterThe : F.commonWords);
  } else if (words.length === 1 && !e.title && gazetteer.commonWord(first.text) && (c.inCapsLine || opensSentence(doc, first))) {
    // "SALE OF THE CENTURY", "Most states have voted": a common word whose capital comes from
    // its place says nothing of a name, however large the town or district of that name; only
    // a country or continent ("Turkey", "China") is sure of itself there.
    const worldPlace = place !== undefined && (place.kind === 'country' || place.kind === 'continent');
    if (!worldPlace) fire(e, F.positionalCapital);
  }

  // Context before.
  if (before && before.sentence === first.sentence) {
    if (PLACE_PREPOSITIONS.has(before.normal)) fire(e, F.placePreposition);
    // "polled by Reuters", "owned by Alphabet": a lone unknown name as the agent of a passive is
    // more often an institution; people are introduced by their full name.
    const passiveAgent = before.normal === 'by' && tokens[before.index - 1]?.pos === 'VERB';
    if (passiveAgent && words.length === 1 && !place && !given && !gazetteer.commonWord(first.text) && !e.title) {
      fire(e, F.passiveAgent);
    }
    // "a Google search", "an Edward Steichen and Andy Warhol exhibit": the article goes with a
    // noun after the name (past a coordinated name), which the name only qualifies.
    const next = tokens[c.tokenEnd];
    const coordinated = (next?.normal === 'and' || next?.normal === '&') && CAPITALISED_WORD.test(tokens[c.tokenEnd + 1]?.text ?? '');
    const headOfPhrase = next?.pos !== 'NOUN' && !coordinated;
    if ((before.normal === 'a' || before.normal === 'an') && !e.title && headOfPhrase) {
      // "a Wyoming Republican", "a Democrat": a description, not a name.
      fire(e, F.indefiniteArticleBefore);
    }
    // "shares of Novo Nordisk", "stock in Eli Lilly": what only a company issues.
    if ((before.normal === 'of' || before.normal === 'in') && STOCK_WORDS.has(tokens[before.index - 1]?.normal ?? '')) {
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
    // "Lydia Buchtmann for Food Standards", "a spokeswoman for Ford", "professor at Harvard": the
    // employer after a person or a role.
    const holder = tokens[before.index - 1];
    // "analysts at Morgan Stanley": the role may be plural.
    const employee = holder && (ROLE_NOUNS.has(holder.normal) || (holder.normal.endsWith('s') && ROLE_NOUNS.has(holder.normal.slice(0, -1))));
    if ((before.normal === 'for' || before.normal === 'at') && holder && (employee || (holder.pos === 'PROPN' && CAPITALISED_WORD.test(holder.text) && !EVENT_WORDS.has(holder.normal))) && !place) {
      fire(e, F.affiliation);
    }
    // "the town of Yeoncheon", "the border of Dalmatia and Pannonia": a place noun and "of".
    const nounBeforeOf = tokens[before.index - 1];
    if (before.normal === 'of' && nounBeforeOf?.pos === 'NOUN' && PLACE_NOUNS.has(nounBeforeOf.normal) && !CAPITALISED_WORD.test(nounBeforeOf.text)) {
      fire(e, F.placeNounOf);
    }
    // "travelled with Bonosus to Gaul", "returned to Sne": where a journey goes.
    if (before.normal === 'to' && tokens.slice(Math.max(0, before.index - 5), before.index).some((t) => t.pos === 'VERB' && MOTION_LEMMAS.has(t.lemma))) {
      fire(e, F.motionTo);
    }
    const role = e.title ? undefined : roleBeforeComma(tokens, c.titleStart ?? c.tokenStart);
    if (role) fire(e, F.roleBeforeComma);
    // "they appointed Solon", "she married Brandt": verbs whose object is a person.
    if (before.pos === 'VERB' && PERSON_OBJECT_LEMMAS.has(before.lemma) && !(place && (place.kind === 'country' || place.kind === 'continent'))) {
      fire(e, F.personObjectVerb);
    }
    // Not in "the Trump administration", "the Palestinian militant group": the article goes with
    // the words in lower case after the name, which the name only qualifies.
    const qualifies = next !== undefined && (PERSON_POSSESSIONS.has(next.normal) || (next.pos === 'ADJ' && !CAPITALISED_WORD.test(next.text)));
    if (before.normal === 'the' && !e.title && !qualifies) {
      fire(e, F.theBefore);
    }
  }

  // Context after.
  // Read within the tokens only: a read past the end costs the compiled code a recompilation.
  const after = c.tokenEnd < tokens.length ? tokens[c.tokenEnd] : undefined;
  const after2 = c.tokenEnd + 1 < tokens.length ? tokens[c.tokenEnd + 1] : undefined;
  if (after && after.sentence === last.sentence) {
    if (after.text === '-' && after2?.normal === 'based') fire(e, F.basedSuffix);
    // Not "Verdi, Germany's service workers union": a possessive opens an apposition.
    const possessive = POSSESSIVE_MARK.test(tokens[c.tokenEnd + 2]?.text ?? '');
    if (after.text === ',' && after2 && !possessive && gazetteer.places(after2.text).some((p) => p.kind !== 'city')) {
      fire(e, F.commaPlace);
      // "Austin, Texas": a place the reference data has in that region or country.
      if (place && gazetteer.places(`${lookup}, ${after2.text}`).length > 0) e.located = true;
    }
    // "Gorbachev also said", "Reyes later told": a reporting verb may come after an adverb or
    // two; any other verb counts only right after the name (below).
    verbEvidence(e, tokens, c.tokenEnd, words.length === 1 ? first : undefined, given !== undefined);
    if (after.text === ',') appositionEvidence(e, tokens, c.tokenEnd + 1);
    // "Thissio and Pláka districts", "Kayangan lake", "the Tagbanua tribe": a common noun after
    // the name (past a coordinated name) says what it names.
    const noun = headNounAfter(tokens, c.tokenEnd);
    if (noun && PLACE_NOUNS.has(noun.normal.replace(/s$/, ''))) fire(e, F.placeNounAfter);
    else if (noun && PLACE_WORDS.has(noun.normal.replace(/s$/, '')) && noun.normal !== 'state') fire(e, F.placeWordAfter);
    // "the Fatah party", "the Vostra company": the kind of body, in lower case after its name.
    else if (noun && BODY_NOUNS.has(noun.normal) && !given) fire(e, F.bodyNounAfter);
    // "the National Iodine Nutrition study": a name qualifying a study or project names neither.
    if (noun && letterWords.length >= 2 && WORK_NOUNS.has(noun.normal) && !ORGANIZATION_WORDS.has(last.normal) && !PLACE_WORDS.has(last.normal)) {
      fire(e, F.workNounAfter);
    }
    // "the Obama administration", "the Clinton campaign": nouns that belong to a person.
    // "Obama’s aides" too: past the possessive mark.
    const owned = POSSESSIVE_MARK.test(after.text) ? after2 : after;
    if (owned && PERSON_POSSESSIONS.has(owned.normal) && owned.pos === 'NOUN') fire(e, F.personPossessionAfter);
    // "Novo Nordisk shares", "Amazon headquarters": what a company has.
    if (COMPANY_POSSESSIONS.has(after.normal) && !given) fire(e, F.companyPossessionAfter);
    // "Kolashi's", "Kolashi 's": a name owning something; not a company's staff or stock
    // ("Northgate's chief executive", "Northgate's shares").
    if (POSSESSIVE_MARK.test(after.text) && after2 && !ROLE_NOUNS.has(after2.normal) && !COMPANY_POSSESSIONS.has(after2.normal) && !STAFF_WORDS.has(after2.normal)) {
      fire(e, F.possessiveAfter);
    }
    const who = after.text === ',' ? after2 : after;
    if (who?.normal === 'who') fire(e, F.whoAfter);
    if (!allCommon && authorCitation(tokens, c.tokenEnd)) fire(e, F.authorCitation);
  }
  organizationContextEvidence(e, tokens, c.tokenStart, c.tokenEnd, { oneWord: words.length === 1, given: given !== undefined, place: place !== undefined, titled: e.title !== undefined, capitals: words.length === 1 && isAllCaps(first.text) });
  return e;
}

/** Every word is shaped like a name and is no common word, place, people, faith or head word. */
function unfamiliarNameWords(words: readonly Token[], gazetteer: Gazetteer): boolean {
  for (const w of words) {
    if (!NAME_SHAPED_WORD.test(w.text) || gazetteer.commonWord(w.text) || ORGANIZATION_WORDS.has(w.normal) || PLACE_WORDS.has(w.normal)) return false;
    // "Theravada Buddhist", "Kurdish Peshmerga": a faith or a people is no part of a full name.
    if (RELIGIOUS_ADJECTIVES.has(w.normal) || gazetteer.demonym(w.text) || gazetteer.places(w.text).length > 0) return false;
  }
  return true;
}

/**
 * True when the candidate, in capitals, opens a line before a comma and then a place or a date:
 * a dateline ("VAIL, Colorado 1996-12-06", "LOUISVILLE, Ky. (AP)", "OSLO, Dec. 6"), whose
 * first words name the town the story is filed from. Not "FBI, CIA and NSA officials": an
 * acronym after the comma makes a list.
 */
function opensDatelineWithPlace(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.tokenStart] as Token;
  if (first.sameLine && c.tokenStart > 0) return false;
  if (!isAllCaps(c.text) || tokens[c.tokenEnd]?.text !== ',') return false;
  const next = tokens[c.tokenEnd + 1];
  if (!next || !next.sameLine) return false;
  return next.temporal !== undefined || (/^\p{Lu}/u.test(next.text) && !isAllCaps(next.text));
}
