/**
 * The document rules of typing, by name, in the order they apply: after each candidate has a type
 * from its own features, the rest of the document may decide otherwise. A word that is the
 * surname (or the unique given name) of a person named in full is that person; one written form
 * keeps one type; an acronym defined in brackets takes the type of what it abbreviates; lists
 * share a type; towns playing a result in sports copy are teams. Each rule can be switched off
 * (TypingModel.disabledRules) to measure what it earns (`npm run ablate`).
 */
import { POSSESSIVE_MARK, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './classify-candidates.js';
import { EVENT_WORDS, ORGANIZATION_WORDS, PLACE_WORDS, TITLE_MODIFIERS } from '../lexicon/cue-words.js';
import { isAllCaps } from './letter-case.js';
import { retypeSportsTeams, teamNicknames } from './sports-teams.js';
import { typeListMembers } from './coordination.js';
import { bestType, opensWithGivenName, type Scores } from './evidence-record.js';
import { bracketedAcronyms, spelledOutSomewhere, unitAcronyms, writtenAsKind } from './acronym-terms.js';
import { CLASS_COUNT, F } from './features.js';
import { totalScores, typesByForm } from './document-scores.js';
import type { TypingModel } from './typing-model.js';
import { initialsOf, nameParts, nameWords, surnameOf } from './name-parts.js';
import { domainForm, webDomainLabels } from './web-domains.js';
import { followersPlural, pluralOfQualifier, qualifyingWords } from './group-plurals.js';

/** How strongly a type must lead before a name's own evidence overrides the document's. */
const CONFIDENT = 4;
/** Lead over `none` of a full name sure enough to make its parts that person (or organization) elsewhere. */
const SURE = 2;
/** Lowest lead over `none` of the summed scores with which the other mentions type an untyped one. */
const DOCUMENT_TYPE_MIN = 1.5;
/** What only a company is said to do or have: founded, its shares, its chief executive, "its" after its verb. */
const FIRM_FEATURES: readonly number[] = [F.foundedBody, F.ownsCompanyRole, F.companyPossessionAfter, F.stockOf, F.verbIts, F.reportingVerbIts];

/**
 * "AMSTERDAM 1996-08-31", "VAIL, Colorado", "WASHINGTON (AP) —": a known place opening its line
 * before a comma, a date or the agency's bracket is the dateline's place, whoever else bears the
 * name.
 */
function opensDateline(c: TypedCandidate, tokens: readonly Token[]): boolean {
  const first = tokens[c.tokenStart] as Token;
  const next = tokens[c.tokenEnd];
  return !first.sameLine && c.evidence.place !== undefined && next !== undefined && next.sameLine && (next.text === ',' || /^\d/.test(next.text) || (next.text === '(' && isAllCaps(c.text)));
}

/** What the rules know of the whole document, gathered once before they run. */
interface DocumentFacts {
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
  /** Written forms of which one mention leads every other class by SURE as an organization. */
  sureOrganizations: Set<string>;
  /** One-word forms a mention of which is said to do or have what only a company does ({@link FIRM_FEATURES}). */
  firms: Set<string>;
  /** Highest lead over `none` of an acronym with nothing but its capitals for it. */
  bareAcronymLead: number;
  /** Capitalised words written before a lower-case noun they qualify ({@link qualifyingWords}). */
  qualifyingWords: Set<string>;
}

/** One common word in the plural, no given name: "Democrats", "Republicans", "Conservatives". */
function groupInPlural(c: TypedCandidate): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(c.text) && c.evidence.fired.includes(F.commonWords) && !c.evidence.fired.includes(F.loneGivenName);
}

/** What the rules know of one candidate. */
interface CandidateFacts {
  ownType: EntityType | undefined;
  /** True when the candidate's own evidence is strong enough to stand against the document's. */
  confident: boolean;
  parts: string[];
  lastWord: string | undefined;
}

/** A rule's decision: a type, `null` for no entity, `undefined` to leave the candidate to the next rule. */
type Decision = EntityType | null | undefined;

/** A named rule deciding one candidate from what the document says elsewhere. */
interface CandidateRule {
  readonly name: string;
  decide(c: TypedCandidate, x: CandidateFacts, d: DocumentFacts): Decision;
}

const oneWord = (x: CandidateFacts): boolean => x.parts.length === 1 && x.lastWord !== undefined && !x.confident;

/** The rules deciding one candidate at a time, in order; the first to decide wins. */
const CANDIDATE_RULES: readonly CandidateRule[] = [
  {
    // Once "Jordan Peterson" is a person, "Peterson" and "Jordan" are a person too, whatever the
    // gazetteer says (which person, when two share the name, is for entity linking to decide).
    // A surname may come before the full name (a headline); a bare given name may not.
    name: 'person-name-part',
    decide: (c, x, d) => {
      if (!oneWord(x) || opensDateline(c, d.tokens)) return undefined;
      const word = x.lastWord as string;
      const at = d.givenFrom.get(word);
      const byGivenName = at !== undefined && (c.inCapsLine || at <= c.start);
      // "Vardeko was founded in 1898 … Vardeko's shareholders": a firm named after its founder, whom
      // the article names in full, is the firm where its own mentions say what only firms are.
      if (d.firms.has(c.text)) return undefined;
      return d.surnames.has(word) || byGivenName ? 'person' : undefined;
    },
  },
  {
    // "Varnickcare", "Garrownomics" after "John Varnick", "Tom Garrow": a word made of a
    // person's surname and a tail of derivation names a policy or a creed, not the person.
    name: 'word-made-of-surname',
    decide: (c, x, d) => (oneWord(x) && madeOfSurname(c.text, d.surnames) ? null : undefined),
  },
  {
    // "Latinos" where the article writes "Latino voters", "Islamists": a group named in the
    // plural, like a demonym, not a person.
    name: 'group-plural',
    decide: (c, x, d) => (oneWord(x) && !d.surnames.has(x.lastWord as string) && (pluralOfQualifier(c.text, d.qualifyingWords) || followersPlural(c.text)) ? null : undefined),
  },
  // "Phailin" after "Cyclone Phailin": the storm again, not a person.
  { name: 'event-name-word', decide: (_c, x, d) => (oneWord(x) && d.eventWords.has(x.lastWord as string) ? null : undefined) },
  {
    // "Northgate" after "Northgate Financial Corp.", "Ashford" after "Ashford United"; not the
    // town after a preposition of place ("a tournament in Ashford"). A name no reference data
    // places is the body even there ("a trip to Hofstra" after "Hofstra University").
    name: 'organization-first-word',
    decide: (c, x, d) => (oneWord(x) && d.orgFirstWords.has(x.lastWord as string) && !d.surnames.has(x.lastWord as string) && !(x.ownType === 'place' && c.evidence.fired.includes(F.placePreposition) && c.evidence.place !== undefined) ? 'organization' : undefined),
  },
  {
    // "the Canaries" after "Ashford Canaries": a club named by its town and nickname is the
    // nickname alone too.
    name: 'team-nickname-alone',
    decide: (c, x, d) => (!x.confident && x.ownType !== 'organization' && d.teamNicknames.has(c.text) ? 'organization' : undefined),
  },
  {
    // "Coron" after "Coron Island", "Yuma" after "Yuma County".
    name: 'place-name-before-head',
    decide: (_c, x, d) => (oneWord(x) && d.placeFirstWords.has(x.lastWord as string) && !d.surnames.has(x.lastWord as string) ? 'place' : undefined),
  },
  {
    // "AK:" in an interview with Anna Kowalczyk: a person's initials stand for them.
    name: 'person-initials',
    decide: (c, x, d) => (x.parts.length === 1 && !x.confident && /^\p{Lu}{2,3}$/u.test(c.text) && d.personInitials.has(c.text) && !d.acronyms.has(c.text) ? 'person' : undefined),
  },
  // "15 IQ points": written after a number elsewhere, a unit.
  { name: 'unit-after-number', decide: (c, x, d) => (d.units.has(c.text) && !x.confident ? null : undefined) },
  {
    // Only an acronym with nothing but its capitals for it: "(AP)" after a dateline is the agency.
    name: 'term-acronym',
    decide: (c, x, d) => {
      const bare = /^\p{Lu}{2,5}$/u.test(c.text) && c.evidence.scores.organization - c.evidence.scores.none <= d.bareAcronymLead;
      return !x.confident && bare && !d.acronyms.has(c.text) && !c.evidence.place && d.termAcronym(c.text) ? null : undefined;
    },
  },
  {
    // "a super PAC" or "PACs" anywhere: a kind of thing, so "the PAC said" names no body either.
    name: 'kind-acronym',
    decide: (c, x, d) => (!x.confident && /^\p{Lu}{2,5}$/u.test(c.text) && !d.acronyms.has(c.text) && !c.evidence.place && d.kindAcronym(c.text) ? null : undefined),
  },
  {
    // "the World Health Organization (WHO)": the acronym takes the type of its long form, even
    // against its own evidence.
    name: 'bracketed-acronym',
    decide: (c, _x, d) => {
      const type = d.acronyms.get(c.text);
      return type === undefined ? undefined : type;
    },
  },
  {
    // "Hamas leaders" once, then "Hamas said": one strong organization cue anywhere (a head word,
    // a dateline agency, "told …", its members after it) types every mention of that name that
    // is not sure of itself; weak person cues ("said") fit organizations too.
    name: 'organization-cue-elsewhere',
    decide: (c, x, d) => (!x.confident && x.ownType !== 'organization' && d.sureOrganizations.has(c.text) && !d.surnames.has(x.lastWord as string) ? 'organization' : undefined),
  },
  {
    // "Northgate" in a text that writes to "ops@northgate.com": the body that owns the address.
    // A person's full name may be their own domain.
    name: 'web-domain-name',
    decide: (c, x, d) => (!x.confident && x.ownType !== 'organization' && !c.evidence.place && (x.ownType !== 'person' || x.parts.length === 1) && d.webDomains.has(domainForm(c.text)) ? 'organization' : undefined),
  },
  {
    // One written form keeps one type. One weak cue elsewhere ("from Wikipedia") is not enough
    // to type every mention of the name. The type kept is one that some mention takes on its own:
    // weak cues of several kinds summed over the document ("ESPN said", "ESPN's", "ESPN was")
    // do not turn a name that every mention reads as a body into a person. A form some mention
    // leaves untyped may still take the type the whole document gives it, and so may a place
    // name, which people share ("the Jackson administration", "Jackson's cabinet").
    name: 'same-name-elsewhere',
    decide: (c, x, d) => {
      if (x.confident) return undefined;
      const total = d.totals.get(c.text) as Scores;
      const type = bestType(total);
      if (!type || type === x.ownType) return undefined;
      const own = d.ownTypes.get(c.text) as Set<EntityType | undefined>;
      if (!own.has(type) && !own.has(undefined) && !own.has('place')) return undefined;
      // "Democrats close to the campaign, who …", "Democrats’ plans": a group named by a common
      // word in the plural collects a person's cues over the document, but is no one (unless a
      // person of that surname is named in full: "Cheryl Mills" … "Mills").
      if (type === 'person' && groupInPlural(c) && !d.surnames.has(c.text)) return undefined;
      // A body the list of organizations holds (never a name the place data knows) is no place
      // because one passage plays with it ("the province of Twitter").
      if (type === 'place' && c.evidence.fired.includes(F.knownOrganization)) return undefined;
      return x.ownType !== undefined || total[type] - total.none >= DOCUMENT_TYPE_MIN ? type : undefined;
    },
  },
];

/** Rules over groups of candidates, after the candidate rules, in order. */
const GROUP_RULES: readonly { name: string; apply: (doc: NlpDocument, typed: TypedCandidate[]) => void }[] = [
  { name: 'list-members', apply: typeListMembers },
  { name: 'sports-sides', apply: retypeSportsTeams },
];

/** The names of all document rules, in the order they apply. */
export const DOCUMENT_RULE_NAMES: readonly string[] = [...CANDIDATE_RULES.map((r) => r.name), ...GROUP_RULES.map((r) => r.name)];

/** Applies the document rules the model has switched on, in order. */
export function applyDocumentRules(doc: NlpDocument, gazetteer: Gazetteer, typed: TypedCandidate[], model: TypingModel): void {
  const d = documentFacts(doc, gazetteer, typed, model);
  const rules = CANDIDATE_RULES.filter((r) => !model.disabledRules.has(r.name));
  for (const c of typed) {
    // "the 1992 Ruritania Senate election", "Roe v. Wade": a name inside a dated election's or a
    // court case's name stays part of it, however surely the same words name a body, a place or
    // a person elsewhere.
    if (c.evidence.demonym || c.evidence.fired.includes(F.datedElection) || c.evidence.fired.includes(F.courtCase)) continue;
    const ownType = c.type;
    // A place is rarely sure of itself ("Jordan", "Georgia" are people's names too), unless the
    // text names where it lies ("Austin, Texas").
    // Nor can a place be sure of itself by a given name's weight against it, where the words
    // around it say what it is ("the town of Garrow", "Vickers, Illinois").
    // Nor a country or a region that is no given name ("Ohio"), nor the surname of a person
    // named in full ("Bolton" after "John Bolton"): its name is all it is.
    const confident =
      (ownType !== undefined && margin(c.evidence.scores, ownType) >= CONFIDENT && (ownType !== 'place' || c.evidence.located === true || (territory(gazetteer, c) && !d.surnames.has(c.text)))) || (ownType === 'place' && placedByContext(c));
    const parts = nameParts(c, doc);
    const x: CandidateFacts = { ownType, confident, parts, lastWord: parts[parts.length - 1] };
    for (const rule of rules) {
      const decision = rule.decide(c, x, d);
      if (decision === undefined) continue;
      c.type = decision ?? undefined;
      c.evidence.rule = rule.name;
      break;
    }
  }
  for (const rule of GROUP_RULES) if (!model.disabledRules.has(rule.name)) rule.apply(doc, typed);
}

function documentFacts(doc: NlpDocument, gazetteer: Gazetteer, typed: TypedCandidate[], model: TypingModel): DocumentFacts {
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
    bareAcronymLead: (w[acronymRow + 2] as number) - (w[acronymRow + 3] as number) + (w[biasRow + 2] as number) - (w[biasRow + 3] as number),
    // Asked only of a one-word name in the plural: made on first use.
    get qualifyingWords(): Set<string> {
      return (qualifying ??= qualifyingWords(doc));
    },
  };
}

/** A surname this long at least makes words of its own ("Varnickcare"). */
const MIN_SURNAME_IN_WORD = 4;
/** Tails that make a policy, a creed or an adjective of a name ("-care", "-ism", "-ian", "-nomics", "-gate"). */
const LOWER_TAIL = /^(?:care|ism|isms|ist|ists|ite|ites|ian|ians|esque|nomics|gate|mania)$/u;

/** True when `word` is a surname of `surnames` followed by such a tail ("Varnickcare", "Garrowism"; not "Smithsonian"). */
function madeOfSurname(word: string, surnames: ReadonlyMap<string, number>): boolean {
  for (let end = MIN_SURNAME_IN_WORD; end <= word.length - 3; end++) {
    if (surnames.has(word.slice(0, end)) && LOWER_TAIL.test(word.slice(end))) return true;
  }
  return false;
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
 * company or club behind "Northgate Financial Corp." or "Ashford United", not "Bank" or "Royal".
 */
function organizationFirstWords(typed: TypedCandidate[], doc: NlpDocument, gazetteer: Gazetteer): Set<string> {
  const firstWords = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'organization' || c.evidence.scores.organization - c.evidence.scores.none < SURE) continue;
    const tokens = nameWords(doc, c);
    const first = tokens[0];
    if (tokens.length < 2 || !first || ORGANIZATION_WORDS.has(first.normal) || TITLE_MODIFIERS.has(first.normal)) continue;
    // "Varga's Coalition for Unity": a possessive first word is whose body it is, not its name.
    if (POSSESSIVE_MARK.test(tokens[1]?.text ?? '')) continue;
    // "Republican" in "Republican National Committee", "General" in "General Motors": a common
    // word alone is an adjective or a noun again.
    if (first.pos !== 'PROPN' || /^\p{Lu}+$/u.test(first.text) || gazetteer.commonWord(first.text)) continue;
    // "Ohio" in "Ohio Department of Transportation" is still Ohio; "Ashford" in "Ashford United" is the club.
    // A state or country stays a place even so ("Florida" after "Florida Standards").
    const home = gazetteer.places(first.text);
    if (home.length && (!c.evidence.namedAfterPlace || home.some((p) => p.kind !== 'city'))) continue;
    firstWords.add(first.text);
  }
  return firstWords;
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

/** Features of the words around a name that only a place fits. */
const PLACE_CONTEXT = [F.placeNounOf, F.commaPlace, F.basedSuffix];

/** True when the candidate's place is a country, a region or a continent whose name is no given name. */
function territory(gazetteer: Gazetteer, c: TypedCandidate): boolean {
  const kind = c.evidence.place?.kind;
  return (kind === 'country' || kind === 'region' || kind === 'continent') && !c.inCapsLine && gazetteer.givenName(c.text) === undefined;
}

/** True when the words around the candidate say it is a place ({@link PLACE_CONTEXT}). */
function placedByContext(c: TypedCandidate): boolean {
  return PLACE_CONTEXT.some((f) => c.evidence.fired.includes(f));
}

function margin(scores: Scores, type: EntityType): number {
  // The best of the two other types, read without making arrays: this runs on every candidate.
  const other = type === 'person' ? Math.max(scores.place, scores.organization) : type === 'place' ? Math.max(scores.person, scores.organization) : Math.max(scores.person, scores.place);
  return scores[type] - other;
}
