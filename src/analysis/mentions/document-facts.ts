/**
 * What the document rules know of the whole document, gathered once before they run
 * (document-rules.ts): the surnames and given names of people named in full, the acronyms it
 * defines, each written form's summed scores and own types, the first words of organizations and
 * places named in full, its e-mail domains, the words of its events.
 */
import { POSSESSIVE_MARK, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './classify-candidates.js';
import { EVENT_WORDS, ORGANIZATION_WORDS, PLACE_WORDS, TITLE_MODIFIERS } from '../lexicon/cue-words.js';
import { isAllCaps } from './letter-case.js';
import { teamNicknames } from './sports-teams.js';
import { opensWithGivenName, type Scores } from './evidence-record.js';
import { bracketedAcronyms, spelledOutSomewhere, unitAcronyms, writtenAsKind } from './acronym-terms.js';
import { CLASS_COUNT, F } from './features.js';
import { totalScores, typesByForm } from './document-scores.js';
import type { TypingModel } from './typing-model.js';
import { initialsOf, nameParts, nameWords, surnameOf } from './name-parts.js';
import { webDomainLabels } from './web-domains.js';
import { qualifyingWords } from './group-plurals.js';

/** Lead over `none` of a full name sure enough to make its parts that person (or organization) elsewhere. */
const SURE = 2;
/** What only a company is said to do or have: founded, its shares, its chief executive, "its" after its verb. */
const FIRM_FEATURES: readonly number[] = [F.foundedBody, F.ownsCompanyRole, F.companyPossessionAfter, F.stockOf, F.verbIts, F.reportingVerbIts];

/** What the rules know of the whole document, gathered once before they run. */
export interface DocumentFacts {
  tokens: readonly Token[];
  surnames: Map<string, number>;
  givenFrom: Map<string, number>;
  personInitials: Set<string>;
  acronyms: Map<string, EntityType | null>;
  units: Set<string>;
  termAcronym: (acronym: string) => boolean;
  /** True when the document writes the acronym as a kind of thing somewhere ({@link writtenAsKind}). */
  kindAcronym: (acronym: string) => boolean;
  totals: Map<string, Scores>;
  /** The types each written form's mentions take on their own evidence, before any rule (`undefined`: left untyped). */
  ownTypes: Map<string, Set<EntityType | undefined>>;
  orgFirstWords: Set<string>;
  /** Nicknames of clubs named by their town and a nickname ("Canaries" of "Ashford Canaries"). */
  teamNicknames: Set<string>;
  /** The registered labels of the document's e-mail addresses ("northgate"). */
  webDomains: Set<string>;
  placeFirstWords: Set<string>;
  eventWords: Set<string>;
  /** Written forms some mention of which names a condition or a law ("Zika" of "the Zika virus"). */
  eponyms: Set<string>;
  /** Written forms of which one mention leads every other class by SURE as an organization. */
  sureOrganizations: Set<string>;
  /** One-word forms a mention of which is said to do or have what only a company does ({@link FIRM_FEATURES}). */
  firms: Set<string>;
  /** Highest lead over `none` of an acronym with nothing but its capitals for it. */
  bareAcronymLead: number;
  /** Capitalised words written before a lower-case noun they qualify ({@link qualifyingWords}). */
  qualifyingWords: Set<string>;
}

/** Gathers the {@link DocumentFacts} of one document's typed candidates. */
export function documentFacts(doc: NlpDocument, gazetteer: Gazetteer, typed: TypedCandidate[], model: TypingModel): DocumentFacts {
  const { surnames, givenFrom } = personNameParts(typed, doc, gazetteer);
  const spelledOut = new Map<string, boolean>();
  const kinds = new Map<string, boolean>();
  const w = model.weights;
  const acronymRow = F.acronym * CLASS_COUNT;
  const biasRow = F.bias * CLASS_COUNT;
  let personInitials: Set<string> | undefined;
  let qualifying: Set<string> | undefined;
  return {
    tokens: doc.tokens,
    surnames,
    givenFrom,
    // Asked only of a name of two or three capitals alone, which most articles lack: made on first use.
    get personInitials(): Set<string> {
      return (personInitials ??= new Set(typed.filter((c) => c.type === 'person').map((c) => initialsOf(nameParts(c, doc))).filter((i) => i.length >= 2)));
    },
    acronyms: bracketedAcronyms(typed, doc),
    units: unitAcronyms(typed, doc),
    termAcronym: (acronym) => {
      let answer = spelledOut.get(acronym);
      if (answer === undefined) spelledOut.set(acronym, (answer = spelledOutSomewhere(doc, acronym)));
      return answer;
    },
    kindAcronym: (acronym) => {
      let answer = kinds.get(acronym);
      if (answer === undefined) kinds.set(acronym, (answer = writtenAsKind(doc, acronym)));
      return answer;
    },
    totals: totalScores(typed, model),
    ownTypes: typesByForm(typed),
    firms: new Set(typed.filter((c) => c.tokenEnd - c.tokenStart === 1 && !isAllCaps(c.text) && c.evidence.fired.some((f) => FIRM_FEATURES.includes(f))).map((c) => c.text)),
    sureOrganizations: new Set(typed.filter((c) => c.type === 'organization' && margin(c.evidence.scores, 'organization') >= SURE && c.evidence.scores.organization - c.evidence.scores.none >= SURE).map((c) => c.text)),
    orgFirstWords: organizationFirstWords(typed, doc, gazetteer),
    teamNicknames: teamNicknames(typed, doc, gazetteer),
    webDomains: webDomainLabels(doc.text),
    placeFirstWords: placeNamesBeforeHead(typed, doc),
    // The name words of events ("Phailin" in "Cyclone Phailin"), not the bodies that run them
    // ("FIFA" in "FIFA World Cup", nested-organizations.ts).
    eventWords: new Set(
      typed
        .filter((c) => c.evidence.event && !c.inCapsLine)
        .flatMap((c) => nameWords(doc, c).map((t) => t.text).filter((word) => !EVENT_WORDS.has(word.toLowerCase()) && !gazetteer.places(word).length && !isAllCaps(word))),
    ),
    eponyms: new Set(typed.filter((c) => c.evidence.fired.includes(F.eponymNoun)).map((c) => c.text)),
    bareAcronymLead: (w[acronymRow + 2] as number) - (w[acronymRow + 3] as number) + (w[biasRow + 2] as number) - (w[biasRow + 3] as number),
    // Asked only of a one-word name in the plural: made on first use.
    get qualifyingWords(): Set<string> {
      return (qualifying ??= qualifyingWords(doc));
    },
  };
}

/** Surnames and given names of people named with two or more words. */
function personNameParts(typed: TypedCandidate[], doc: NlpDocument, gazetteer: Gazetteer): { surnames: Map<string, number>; givenFrom: Map<string, number> } {
  // Each part maps to where the full name first appears: a part before it is not yet that person.
  const surnames = new Map<string, number>();
  const givenFrom = new Map<string, number>();
  for (const c of typed) {
    // Only people the text really marks as people (a title, a given name, a "said") lend their
    // surname to other mentions: a guessed "Classical Greece" must not make Greece a person. A
    // plain given name is enough even when the surname is also a common word ("John Smith").
    if (c.type !== 'person') continue;
    // "Hilary of Poitiers", "Jāmé of Isfahan": what follows "of" is a place, not a surname.
    const all = nameParts(c, doc);
    if (c.evidence.scores.person - c.evidence.scores.none < SURE && !namedByGivenName(c, gazetteer, all)) continue;
    const ofAt = all.indexOf('of');
    const parts = ofAt > 0 ? all.slice(0, ofAt) : all;
    if (ofAt > 0 && !givenFrom.has(parts[0] as string)) givenFrom.set(parts[0] as string, c.start);
    if (parts.length < 2) continue;
    const surname = surnameOf(parts) as string;
    if (!surnames.has(surname)) surnames.set(surname, c.start);
    const given = parts[0] as string;
    if (!givenFrom.has(given)) givenFrom.set(given, c.start);
  }
  return { surnames, givenFrom };
}

/**
 * True when a name of `parts` is a person's named in full by a given name: a plain one, or one
 * that is also a word ({@link opensWithGivenName}), neither part then being a place nor the
 * surname an acronym ("Mark Blumenthal"; not "Boston Bruins", "Royal Caribbean", "North Carolina
 * RNC").
 */
function namedByGivenName(c: TypedCandidate, gazetteer: Gazetteer, parts: readonly string[]): boolean {
  if (c.evidence.fired.includes(F.givenNameFirst)) return true;
  if (!opensWithGivenName(c.evidence)) return false;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  return !isAllCaps(last) && gazetteer.places(first).length === 0 && gazetteer.places(last).length === 0;
}

/**
 * First words of organizations named in full that a reader would use alone for them: the
 * company or club behind "Northgate Financial Corp." or "Ashford United", not "Bank" or "Royal";
 * and the noun naming a party ({@link partyWord}).
 */
function organizationFirstWords(typed: TypedCandidate[], doc: NlpDocument, gazetteer: Gazetteer): Set<string> {
  const firstWords = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'organization') continue;
    const tokens = nameWords(doc, c);
    const party = partyWord(tokens, doc.tokens[c.tokenEnd]);
    if (party !== undefined) firstWords.add(party);
    if (c.evidence.scores.organization - c.evidence.scores.none < SURE) continue;
    const first = tokens[0];
    if (tokens.length < 2 || !first || ORGANIZATION_WORDS.has(first.normal) || TITLE_MODIFIERS.has(first.normal)) continue;
    // "Varga's Coalition for Unity": a possessive first word is whose body it is, not its name.
    if (POSSESSIVE_MARK.test(tokens[1]?.text ?? '')) continue;
    // "Republican" in "Republican National Committee", "General" in "General Motors": a common
    // word alone is an adjective or a noun again.
    if (first.pos !== 'PROPN' || /^\p{Lu}+$/u.test(first.text) || gazetteer.commonWord(first.text)) continue;
    // "Ohio" in "Ohio Department of Transportation" is still Ohio; "Ashford" in "Ashford United" is the club.
    // A state or country stays a place even so ("Florida" after "Florida Standards"), unless it
    // names a club before its town ("Bayern" after "Bayern Munich").
    const home = gazetteer.places(first.text);
    if (home.length && !c.evidence.fired.includes(F.clubBeforeTown) && (!c.evidence.namedAfterPlace || home.some((p) => p.kind !== 'city'))) continue;
    firstWords.add(first.text);
  }
  return firstWords;
}

/** Common words that end like adjectives: "Conservative", "Liberal", "Republican", "Democratic", "Socialist". */
const ADJECTIVE_ENDING = /(?:ive|al|an|ic|ist|ary)$/u;

/**
 * "Labour" of "the Labour Party" or "the opposition Labour party": a party named by one common
 * noun goes by that noun alone ("stood for Labour", "Labour's spokesman"), which the common-word
 * test of {@link organizationFirstWords} keeps out. Not an adjective ("a Conservative spokesman",
 * "the Republican nominee" describe people), nor a word in capitals. `tokens` are the
 * organization's name words, `after` the token after its mention.
 */
function partyWord(tokens: readonly Token[], after: Token | undefined): string | undefined {
  const word = tokens.length === 2 && tokens[1]?.normal === 'party' ? tokens[0] : tokens.length === 1 && after?.normal === 'party' && after.sameLine ? tokens[0] : undefined;
  if (word === undefined || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || ADJECTIVE_ENDING.test(word.normal) || ORGANIZATION_WORDS.has(word.normal)) return undefined;
  return word.text;
}

/** "Coron" in "Coron Island": the name part of two-word places that end in a place head word. */
function placeNamesBeforeHead(typed: TypedCandidate[], doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'place') continue;
    const tokens = nameWords(doc, c);
    if (tokens.length !== 2) continue;
    const [name, head] = tokens as [Token, Token];
    if (PLACE_WORDS.has(head.normal) && !PLACE_WORDS.has(name.normal) && name.pos === 'PROPN') names.add(name.text);
  }
  return names;
}

/** How far `type` leads the best of the two other types. */
export function margin(scores: Scores, type: EntityType): number {
  // The best of the two other types, read without making arrays: this runs on every candidate.
  const other = type === 'person' ? Math.max(scores.place, scores.organization) : type === 'place' ? Math.max(scores.person, scores.organization) : Math.max(scores.person, scores.place);
  return scores[type] - other;
}
