/**
 * The document rules of typing, by name, in the order they apply: after each candidate has a type
 * from its own features, the rest of the document may decide otherwise. A word that is the
 * surname (or the unique given name) of a person named in full is that person; one written form
 * keeps one type; an acronym defined in brackets takes the type of what it abbreviates; lists
 * share a type; towns playing a result in sports copy are teams. Each rule can be switched off
 * (TypingModel.disabledRules) to measure what it earns (`npm run ablate`).
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { isTerritory, type Gazetteer } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './classify-candidates.js';
import { isAllCaps } from './letter-case.js';
import { retypeSportsTeams, typeResultScorers } from './sports-teams.js';
import { typeListMembers } from './coordination.js';
import { bestType, type Scores } from './evidence-record.js';
import { F } from './features.js';
import type { TypingModel } from './typing-model.js';
import { nameParts } from './name-parts.js';
import { domainForm } from './web-domains.js';
import { documentFacts, margin, type DocumentFacts } from './document-facts.js';
import { followersPlural, pluralOfQualifier } from './group-plurals.js';

/** How strongly a type must lead before a name's own evidence overrides the document's. */
const CONFIDENT = 4;
/** Lowest lead over `none` of the summed scores with which the other mentions type an untyped one. */
const DOCUMENT_TYPE_MIN = 1.5;

/**
 * "AMSTERDAM 1996-08-31", "VAIL, Colorado", "WASHINGTON (AP) —": a known place opening its line
 * before a comma and a region or date, a date or the agency's bracket is the dateline's place,
 * whoever else bears the name. Not a paragraph opening on a surname and a clause ("Norman, who
 * won the title in 1985, said …").
 */
function opensDateline(c: TypedCandidate, tokens: readonly Token[]): boolean {
  const first = tokens[c.tokenStart] as Token;
  const next = tokens[c.tokenEnd];
  if (first.sameLine || c.evidence.place === undefined || next === undefined || !next.sameLine) return false;
  if (next.text === ',') return /^[\p{Lu}\d]/u.test(tokens[c.tokenEnd + 1]?.text ?? '');
  return /^\d/.test(next.text) || (next.text === '(' && isAllCaps(c.text));
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
    // "the Obama-Xi talks", "the Clinton-Trump debate": two people's names joined by a hyphen
    // name what is between them, not a third person.
    name: 'paired-names',
    decide: (c, x, d) => (pairedNames(c, x.parts, d) ? null : undefined),
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
    // town after a preposition of place ("a tournament in Ashford"), nor a dateline's town
    // ("BOSTON (AP) —" above a story of the Boston Celtics). A name no reference data places is
    // the body even there ("a trip to Hofstra" after "Hofstra University").
    name: 'organization-first-word',
    decide: (c, x, d) => {
      if (!oneWord(x) || !d.orgFirstWords.has(x.lastWord as string) || d.surnames.has(x.lastWord as string)) return undefined;
      const placed = x.ownType === 'place' && c.evidence.place !== undefined && (c.evidence.fired.includes(F.placePreposition) || c.evidence.fired.includes(F.datelinePlace));
      return placed ? undefined : 'organization';
    },
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
    // Not after "the": "Nitish Kumar of the JD(U)" is a party, whoever shares its initials.
    name: 'person-initials',
    decide: (c, x, d) => (x.parts.length === 1 && !x.confident && /^\p{Lu}{2,3}$/u.test(c.text) && d.personInitials.has(c.text) && !d.acronyms.has(c.text) && d.tokens[c.tokenStart - 1]?.normal !== 'the' ? 'person' : undefined),
  },
  // "Zika" after "the Zika virus", "Alzheimer's" after "Alzheimer's disease": the condition
  // again, unless sure of itself.
  { name: 'eponym-elsewhere', decide: (c, x, d) => (!x.confident && d.eponyms.has(c.text) && !d.surnames.has(x.lastWord as string) ? null : undefined) },
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
  { name: 'result-scorers', apply: typeResultScorers },
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

/** One written word of two capitalised parts joined by a hyphen ("Obama-Xi"). */
const HYPHENED_PAIR = /^\p{Lu}[^\s\-‐]*[\-‐]\p{Lu}[^\s\-‐]*$/u;

/**
 * True when the candidate joins by a hyphen the surnames of two people named in full in the
 * document ("Clinton-Kaine" after "Hillary Clinton" and "Tim Kaine"), and no title makes it one
 * person's ("Mrs. Lane-Fox"). A firm named after its two founders stays the firm
 * ("Hewlett-Packard", which the list of organizations holds).
 */
function pairedNames(c: TypedCandidate, parts: readonly string[], d: DocumentFacts): boolean {
  if (parts.length !== 2 || c.evidence.title !== undefined || !HYPHENED_PAIR.test(c.text)) return false;
  if (c.type === 'organization' || c.evidence.fired.includes(F.knownOrganization)) return false;
  return d.surnames.has(parts[0] as string) && d.surnames.has(parts[1] as string);
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

/** Features of the words around a name that only a place fits. */
const PLACE_CONTEXT = [F.placeNounOf, F.commaPlace, F.basedSuffix];

/** True when the candidate's place is a country, a region or a continent whose name is no given name. */
function territory(gazetteer: Gazetteer, c: TypedCandidate): boolean {
  return c.evidence.place !== undefined && isTerritory(c.evidence.place) && !c.inCapsLine && gazetteer.givenName(c.text) === undefined;
}

/** True when the words around the candidate say it is a place ({@link PLACE_CONTEXT}). */
function placedByContext(c: TypedCandidate): boolean {
  return PLACE_CONTEXT.some((f) => c.evidence.fired.includes(f));
}

