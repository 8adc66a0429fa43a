/**
 * Context cues that a name stands for an organization rather than a person: the words news
 * writes around bodies and companies. "Banco Norte employees", "talks with the Greens", "told
 * Channel 9", "Northgate, which". A person is rarely the head of these phrases: people are
 * introduced by their full name, and their group is named after them with a possessive.
 */
import { POSSESSIVE_MARK, type Token } from '../../nlp/document.js';
import { ACADEMIC_MEMBERS, BODY_OFFICE_NOUNS, EMPLOYMENT_NOUNS, INTERVIEW_NOUNS, MEMBER_NOUNS, ORGANIZATION_NOUNS, PARTNER_NOUNS, PARTY_ADJECTIVES, PUBLICATION_NOUNS, isRoleNoun } from '../lexicon/cue-words.js';
import { fire, opensWithGivenName, type Evidence } from './evidence-record.js';
import { isTwoCapitals } from './letter-case.js';
import { F } from './features.js';

/** What the detectors need to know of the candidate beyond its tokens. */
export interface OrganizationCueFacts {
  /** The name is one word. */
  oneWord: boolean;
  /** The name's first word is a given name in the reference data. */
  given: boolean;
  /** The name is a place in the reference data. */
  place: boolean;
  /** A title was written before the name ("Mr.", "senator"). */
  titled: boolean;
  /** The name is one word in capitals: the acronym cue speaks for it already. */
  capitals: boolean;
  /** Every word of the name is a common English word. */
  allCommon: boolean;
  /** The name fired `prefixedSurname`: one word shaped as a surname ("O'Reilly", "McCain"). */
  surnameShaped: boolean;
  /** A country stands in brackets right after the name ("Pete Sampras (U.S.)"). */
  countryInBrackets: boolean;
}

/**
 * Fires the organization context features for the candidate spanning tokens `start`..`end`
 * (exclusive). Reads the tokens only: no strings are built on this per-candidate path.
 */
export function organizationContextEvidence(e: Evidence, tokens: readonly Token[], start: number, end: number, facts: OrganizationCueFacts): void {
  const first = tokens[start] as Token;
  const before = start > 0 ? tokens[start - 1] : undefined;
  if (before && before.sentence === first.sentence) {
    // The word governing the name, past an article: "told (the) …", "with (the) …", "of (the) …".
    const governor = before.normal === 'the' && start > 1 ? tokens[start - 2] : before;
    // "told Reuters", "told the BBC": a person told by name is introduced with a given name or a
    // title, and a surname alone after a full name is left to the document rules; so is a word
    // shaped as a surname ("telling O'Reilly that …").
    const loneName = facts.oneWord && !facts.given && !facts.place && !facts.titled && !facts.surnameShaped;
    if (governor && governor.lemma === 'tell' && governor.pos === 'VERB' && loneName) {
      fire(e, F.toldLoneName);
    }
    // "according to Politico", "in an interview with Reuters": where news comes from, named by
    // one word, is an outlet; a person is named in full, and a surname after a full name is left
    // to the document rules.
    // Not a word of a group or a kind ("according to Democrats involved", "according to
    // Democratic officials"), nor the owner of the source ("according to Axelrod's memoir").
    const owner = POSSESSIVE_MARK.test(tokens[end]?.normal ?? '') || tokens[end]?.text === "'" || tokens[end]?.text === '’';
    if (loneName && !facts.capitals && !facts.allCommon && !owner && tokens[end]?.pos !== 'NOUN' && citedSource(tokens, before, governor)) fire(e, F.sourceLoneName);
    // "Gary Cameron/Reuters", "Jim Urquhart / Reuters": a photo's credit, the photographer's name
    // and the agency's after a slash, ending its line or sentence.
    // Not a place, a given name or a word: "Rome to Newark/Houston.", "Fernley / Sally".
    if (before.text === '/' && loneName && !facts.allCommon && photoCredit(tokens, start, end)) fire(e, F.photoCredit);
    // The noun a preposition governing the name hangs from: "article" in "an article in …".
    const head = governor && governor.index > 0 ? tokens[governor.index - 1] : undefined;
    const via = governor?.normal;
    // "an article in Politico", "a column for the Harbor Times": where a piece is printed is a
    // publication, not a place (nor a person, though its name be a given name: "Forbes").
    if (head && (via === 'in' || via === 'for') && PUBLICATION_NOUNS.has(head.normal) && head.pos === 'NOUN' && !facts.titled) fire(e, F.publishedIn);
    // "a professor at Harvard", "lecturer in political science at Yale": where a role is held
    // is a body, never a person, though its name be a given name ("a spokeswoman for Garrow" may
    // work for a person). A town the reference data knows stays a town ("a candidate at Ashford").
    if (before.normal === 'at' && !facts.place && roleBeforeAt(tokens, before.index)) fire(e, F.workplaceAt);
    // "analysts at Deutsche Bank and Merrill Lynch": the name coordinated with such a workplace
    // is another.
    else if (before.normal === 'and' && !facts.place) {
      const at = wordBeforeConjunct(tokens, before.index);
      if (at?.normal === 'at' && roleBeforeAt(tokens, at.index)) fire(e, F.workplaceAt);
    }
    // "talks with Labour", "a merger with the Northgate group": the other party to a deal.
    if (head && (via === 'with' || via === 'between') && PARTNER_NOUNS.has(head.normal) && !facts.given && !facts.titled) fire(e, F.partnerWith);
    // "leader of Hamas", "a member of the Greens": the office is in a body (a country's leader
    // is a place by the reference data).
    if (head && via === 'of' && BODY_OFFICE_NOUNS.has(head.normal) && !facts.given && !facts.titled) fire(e, F.officeOf);
    // "companies such as Northgate", "groups like the Greens", "banks including Banco Norte":
    // examples of a kind of body.
    if (governor && !facts.titled && examplesOfBodies(tokens, governor)) fire(e, F.kindSuchAs);
    // "the port operator, Maasvlakte Terminals,": a name in apposition to an organization noun
    // written with its determiner (a role noun there makes a person: roleBeforeComma).
    const noun = before.text === ',' && start > 1 ? tokens[start - 2] : undefined;
    // A given name there too ("His band, Tessa,"), but not a name a verb follows: "The company,
    // Mary said, will grow" interrupts the sentence with its speaker.
    const interjected = tokens[end]?.pos === 'VERB';
    if (noun && noun.pos === 'NOUN' && ORGANIZATION_NOUNS.has(noun.normal) && !interjected && determinedWithin(tokens, noun.index)) fire(e, F.organizationNounBeforeComma);
  }
  const last = tokens[end - 1] as Token;
  const after = end < tokens.length ? tokens[end] : undefined;
  if (!after || after.sentence !== last.sentence) return;
  const next = end + 1 < tokens.length ? tokens[end + 1] : undefined;
  // "Hamas leaders", "Banco Norte employees", "Labour MPs": the people of a body, named after it.
  // Not after capitals: "RBI leaders" are a statistic's, and "NATO leaders" need no second cue;
  // but two capitals are as often a term's ("HR", "TV"): "UN officials" need it.
  // Not after a party's adjective in common words ("Republican lawmakers", "Key Democratic
  // leaders"): the members of a party, which is named elsewhere if at all.
  const partyAdjective = PARTY_ADJECTIVES.has(last.normal) && facts.allCommon;
  // A school's people follow its name even where the name is also a given name ("Harvard
  // professor", "a Stanford alumna"): no one's name comes before "professors" or "alumni".
  const academic = ACADEMIC_MEMBERS.has(after.normal) && /^\p{Ll}/u.test(after.text) && facts.oneWord && !facts.allCommon;
  // Nor after one common word that opens the sentence, capitalised only there ("Business leaders
  // and others …").
  const positional = facts.oneWord && facts.allCommon && tokens[start - 1]?.sentence !== first.sentence;
  const members = (MEMBER_NOUNS.has(after.normal) && (after.pos === 'NOUN' || after.pos === 'PROPN') && !facts.given && !partyAdjective && !positional) || academic;
  const twoCapitals = facts.capitals && end - start === 1 && isTwoCapitals(first.text);
  if (members && (!facts.capitals || (twoCapitals && /^\p{Ll}/u.test(after.text)))) fire(e, F.memberNounAfter);
  // "UN Secretary-General", "EU Secretary General": the office only a body has.
  else if (twoCapitals && after.normal === 'secretary' && (next?.normal === 'general' || (next?.text === '-' && tokens[end + 2]?.normal === 'general'))) fire(e, F.memberNounAfter);
  // "Northgate, which": what a person never is.
  // Not after a full name opened by a plain given name: "rolled out Lena Ford, which she had
  // not planned" says "which" of the whole clause.
  // A given name that is also a word opens a full name too, before a surname that is none
  // ("rolled out Bill Clinton, which …"; not "the Daily Beast, which").
  if ((after.text === ',' || after.text === '(') && next?.normal === 'which' && !opensWithGivenName(e)) fire(e, F.whichAfter);
  // "the Social Democratic Party (SDP)", "Forza Europa (FE)": bodies are given abbreviations;
  // people and places rarely are (a party after a person's name is "(R)", one letter). A country
  // in brackets is where the name is from ("Pete Sampras (U.S.)"), abbreviated or not.
  if (after.text === '(' && !facts.oneWord && !facts.countryInBrackets && next !== undefined && ABBREVIATION.test(next.text) && tokens[end + 2]?.text === ')') fire(e, F.abbreviatedAfter);
  // "Xinhua reported", "Kestrel first reported": what reports by a one-word name is an outlet; a
  // reporter is named in full or by a surname the document rules tie to the full name, and
  // signs off where the story was filed from ("Varnick reported from Cairo."). A common word
  // there opens the sentence ("Figures reported on Sunday") unless "the" names it ("the
  // Guardian reported").
  const verb = after.pos === 'ADV' ? next : after;
  const filedFrom = verb !== undefined && tokens[verb.index + 1]?.normal === 'from';
  const named = !facts.allCommon || tokens[start - 1]?.normal === 'the';
  // The tagger reads "reports" as the plural noun even where "that" follows it.
  const reports = verb?.pos === 'VERB' || (verb?.normal === 'reports' && tokens[verb.index + 1]?.normal === 'that');
  if (facts.oneWord && named && !facts.given && !facts.place && !facts.titled && !facts.capitals && reports && REPORTING.has(verb.lemma) && !filedFrom) {
    fire(e, F.reportedLoneName);
  }
}

/**
 * True when the name is cited as a source: after "according to", or after "with" that follows an
 * interview ("an interview with …", "an exclusive interview Sunday with …": a word or two between).
 */
function citedSource(tokens: readonly Token[], before: Token, governor: Token | undefined): boolean {
  if (before.normal === 'to' && tokens[before.index - 1]?.normal === 'according') return true;
  if (governor?.normal !== 'with') return false;
  for (let k = governor.index - 1; k >= Math.max(0, governor.index - 3); k--) if (INTERVIEW_NOUNS.has((tokens[k] as Token).normal)) return true;
  return false;
}

/** Most words of the first of two coordinated names read back over. */
const MAX_CONJUNCT_WORDS = 5;

/** The token before the capitalised name that ends right before "and" at `and`, or undefined. */
function wordBeforeConjunct(tokens: readonly Token[], and: number): Token | undefined {
  let k = and - 1;
  while (k >= 0 && and - k <= MAX_CONJUNCT_WORDS && /^\p{Lu}/u.test((tokens[k] as Token).text)) k--;
  return k < and - 1 && and - k <= MAX_CONJUNCT_WORDS ? tokens[k] : undefined;
}

/** A capitalised word. */
const NAME_WORD = /^\p{Lu}\p{L}/u;

/**
 * True when tokens [start, end) follow a name of two capitalised words and a slash, and end the
 * line or the sentence: a credit line (not "Shortstop / Outfielder", "Vince/ Taiichi").
 */
function photoCredit(tokens: readonly Token[], start: number, end: number): boolean {
  const surname = tokens[start - 2];
  const given = tokens[start - 3];
  const after = tokens[end];
  const closes = after === undefined || !after.sameLine || after.text === '.' || after.sentence !== (tokens[end - 1] as Token).sentence;
  return surname !== undefined && given !== undefined && NAME_WORD.test(surname.text) && NAME_WORD.test(given.text) && surname.sameLine && closes;
}

/** What an outlet does with a story. */
const REPORTING = new Set(['report', 'publish']);

/**
 * True when `word` introduces examples of a kind of body: "such as", "like" or "including" after
 * an organization noun in the plural ("companies such as", "rights groups like").
 */
function examplesOfBodies(tokens: readonly Token[], word: Token): boolean {
  let kind: Token | undefined;
  if (word.normal === 'as' && tokens[word.index - 1]?.normal === 'such') kind = tokens[word.index - 2];
  else if (word.normal === 'like' || word.normal === 'including') kind = tokens[word.index - 1];
  // "terrorist organizations, such as …": past the comma before the examples.
  if (kind?.text === ',') kind = tokens[kind.index - 1];
  if (!kind || kind.pos !== 'NOUN' || !kind.normal.endsWith('s')) return false;
  const singular = kind.normal.endsWith('ies') ? `${kind.normal.slice(0, -3)}y` : kind.normal.slice(0, -1);
  return ORGANIZATION_NOUNS.has(singular);
}

/** An abbreviation in capitals, two letters at least, perhaps with digits or a sign ("SDP", "DemoS", "PML-N"). */
const ABBREVIATION = /^\p{Lu}[\p{L}\d&.+-]*\p{Lu}[\p{L}\d.]*$/u;

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

/** True when a determiner opens the noun phrase that ends at token `head`, within three words, and no "of" governs the phrase. */
function determinedWithin(tokens: readonly Token[], head: number): boolean {
  for (let i = head - 1; i >= 0 && head - i <= 3; i--) {
    const t = tokens[i] as Token;
    // "the face of the party, Lena Ford": after "of" the phrase completes another noun, which
    // the name after the comma describes.
    if (DETERMINERS.has(t.normal)) return tokens[i - 1]?.normal !== 'of';
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  }
  return false;
}

const LOWER_FIRST = /^\p{Ll}/u;

/** Most lower-case words of a role's field between it and "at" ("professor of constitutional law at"). */
const MAX_FIELD_WORDS = 4;

/**
 * True when a role in lower case ends just before the "at" at `at`, or past its field: "of" or
 * "in" and a few lower-case words ("professor of constitutional law at", "a lecturer in
 * political science at").
 */
function roleBeforeAt(tokens: readonly Token[], at: number): boolean {
  // In lower case, or capitalised only as it opens the sentence ("Analysts at …").
  const isRole = (t: Token | undefined): boolean => t !== undefined && (LOWER_FIRST.test(t.text) || tokens[t.index - 1]?.sentence !== t.sentence) && isRoleNoun(t.normal);
  if (isRole(tokens[at - 1])) return true;
  // "worked at Northgate", "a job at Northgate", "his stint at Northgate": employment.
  const work = tokens[at - 1];
  if (work !== undefined && LOWER_FIRST.test(work.text) && ((work.lemma === 'work' && work.pos === 'VERB') || EMPLOYMENT_NOUNS.has(work.normal))) return true;
  for (let i = at - 1; i >= 0 && at - i <= MAX_FIELD_WORDS + 1; i--) {
    const t = tokens[i] as Token;
    if (t.normal === 'of' || t.normal === 'in') return i < at - 1 && isRole(tokens[i - 1]);
    if (!LOWER_FIRST.test(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return false;
  }
  return false;
}
