/**
 * Speaker resolution as an ordered list of sieves, in the manner of Stanford's multi-pass
 * coreference (Raghunathan et al. 2010; Lee et al. 2013): each sieve reads the words naming a
 * speaker ("Sen. Maria Ortega", "she", "the senator", "which") and either settles who they
 * are or passes; the first that settles wins, so the most precise evidence comes first. Every
 * sieve has a name, shown by `--explain`, and can be switched off
 * (`AnalyzeOptions.disabledSieves`) to measure what it does. What no sieve settles is kept as
 * written ("a White House spokeswoman"): a description or a bare pronoun is better than a
 * wrong name.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, EntityMention, SpeakerFinding } from '../types.js';
import { describedPerson } from './described-person.js';
import type { DiscourseModel, PronounReading } from './discourse-salience.js';
import { phraseBackward } from './noun-phrase.js';
import { lastMentionBefore, type TokenRange } from './quote-context.js';
import { describedOrganization } from './organization-description.js';
import { previousSpeaker } from './previous-speaker.js';
import { readingForQuote } from './quote-reading.js';
import { appositiveName, byName, headMention, nameAsWritten } from './speaker-phrase.js';
import { SPEAKING_RELATIVES } from '../lexicon/clause-words.js';

/** The names of the sieves, in the order they run. */
export const SIEVE_NAMES = ['coordinated-speakers', 'name-in-phrase', 'relative-pronoun', 'appositive-name', 'previous-speaker', 'pronoun-salience', 'pronoun-recency', 'role-description', 'organization-description', 'name-word', 'name-as-written'] as const;

/** One sieve's name. */
export type SieveName = (typeof SIEVE_NAMES)[number];

/** What the sieves share for one document. */
export interface SpeakerContext {
  /** The document's salience model, built on first use. */
  discourse(): DiscourseModel;
  /** Sieves switched off. */
  disabled: ReadonlySet<string>;
  /** The document's quotations (names said inside them are not referred back to). */
  quoted: readonly Span[];
  /**
   * For a direct quotation being attributed, the speaker of the last direct quotation before
   * it, the paragraph it ends in and where it ends; kept up to date by the speaker stage as
   * it goes through the document.
   */
  previous?: { speaker: SpeakerFinding; paragraph: number; end: number };
  /** The fragments of the quotation being attributed, kept up to date by the speaker stage. */
  current?: readonly Span[];
  /**
   * The last pronoun read for the quotation being attributed (quote-reading.ts): the
   * previous-speaker and pronoun-salience sieves ask for the same one in turn.
   */
  quoteReading?: { quote: readonly Span[]; start: number; reading: PronounReading | undefined };
}

/** The outcome of resolving one speaker phrase, with what chose it. */
export interface ResolvedSpeaker {
  speaker: SpeakerFinding;
  /** The sieve that settled it, or `as-written` when none did. */
  sieve: SieveName | 'as-written';
  /** Referents weighed, best first, for the sieves that weigh several. */
  candidates?: { name: string; score: number }[];
  /** Why a pronoun was left as written. */
  unresolved?: string;
}

/** What a sieve reads. */
export interface SieveInput {
  doc: NlpDocument;
  entities: AnalysedEntities;
  range: TokenRange;
  /** The phrase's characters and words as written. */
  words: Span;
  asWritten: string;
  context: SpeakerContext;
  /** Resolves another phrase (a relative pronoun's antecedent) through the whole list. */
  resolve(range: TokenRange): ResolvedSpeaker;
}

/** One sieve: settles the speaker, or passes with undefined. */
export interface SpeakerSieve {
  name: SieveName;
  run(input: SieveInput): Omit<ResolvedSpeaker, 'sieve'> | undefined;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** How far back (in characters) the recency reading of a pronoun looks. */
const RECENCY_REACH = 3000;

function single(input: SieveInput): Token | undefined {
  return input.range.end - input.range.start === 1 ? input.doc.tokens[input.range.start] : undefined;
}

function named(input: SieveInput, m: EntityMention): Omit<ResolvedSpeaker, 'sieve'> {
  return { speaker: { entity: m.entity, name: input.entities.entities[m.entity]?.name ?? m.text, mention: { start: m.start, end: m.end } } };
}

/** Words joining two speakers. */
const COORDINATORS = new Set(['and', '&']);

/**
 * "Marsh and Doyle wrote", "Sens. Ann Lee and Tom Hale said": several people speak together;
 * each part is resolved on its own and the speaker is the group, named by their names joined
 * ("Ellen Marsh and Victor Doyle"), with no one entity. A name with "&" in it ("Procter &
 * Gamble") is one speaker.
 */
const coordinatedSpeakers: SpeakerSieve = {
  name: 'coordinated-speakers',
  run(input) {
    const { doc, range, entities } = input;
    let joint = range.start + 1;
    while (joint < range.end - 1 && !COORDINATORS.has((doc.tokens[joint] as Token).normal)) joint++;
    if (joint >= range.end - 1 || entities.mentions.some((m) => m.tokenStart < joint && m.tokenEnd > joint)) return undefined;
    const parts = [input.resolve({ start: range.start, end: joint }), input.resolve({ start: joint + 1, end: range.end })];
    // Words that name no one ("the mayor and others") leave the phrase as written.
    if (parts.some((p) => p.sieve === 'as-written')) return undefined;
    const names = parts.map((p) => p.speaker.name);
    if (names[0] === names[1]) return undefined;
    return { speaker: { name: names.join(' and '), mention: input.words } };
  },
};

/** A name inside the phrase: "Sen. Maria Ortega", "Ann Lee of the Harbor Trust", "the White House". */
const nameInPhrase: SpeakerSieve = {
  name: 'name-in-phrase',
  run(input) {
    const head = headMention(input.doc, input.entities, input.range);
    if (!head) return undefined;
    // "a spokeswoman for Westbury Hotels, Lena Ford, said": the body read as the subject has
    // its spokesperson named beside it, who speaks.
    if (head.type === 'organization' && appositiveName(input.doc, input.entities, input.range)) return undefined;
    // "Garrow said" with Tom and Ellen Garrow in the article: the one the salience model tells.
    const meant = input.context.discourse().namesakes.get(head.tokenStart);
    const entity = meant === undefined ? undefined : input.entities.entities[meant];
    return entity ? { speaker: { entity: entity.index, name: entity.name, mention: { start: head.start, end: head.end } } } : named(input, head);
  },
};

/**
 * "Robert DeNiro, who joked": a relative pronoun stands for the phrase before it; with no
 * phrase to stand for, it names nobody ("which" is never a speaker).
 */
const relativePronoun: SpeakerSieve = {
  name: 'relative-pronoun',
  run(input) {
    const first = single(input);
    if (!first || !SPEAKING_RELATIVES.has(first.normal)) return undefined;
    const before = input.doc.tokens[input.range.start - 1]?.text === ',' ? input.range.start - 1 : input.range.start;
    const antecedent = phraseBackward(input.doc, before, Math.max(0, before - 12));
    if (!antecedent) return { speaker: { name: input.asWritten, mention: input.words }, unresolved: 'no antecedent' };
    const resolved = input.resolve(antecedent);
    return { speaker: { ...resolved.speaker, mention: input.words } };
  },
};

/** "a spokeswoman for the hotels, Lena Ford,": a description whose appositive is a name. */
const appositive: SpeakerSieve = {
  name: 'appositive-name',
  run(input) {
    const found = appositiveName(input.doc, input.entities, input.range);
    return found ? { speaker: found } : undefined;
  },
};

function fromReading(input: SieveInput, reading: PronounReading): Omit<ResolvedSpeaker, 'sieve'> {
  const candidates = reading.candidates.map((c) => ({ name: c.referent.name, score: c.score }));
  const chosen = reading.chosen;
  if (!chosen) return { speaker: { name: input.asWritten, mention: input.words }, candidates, unresolved: reading.unresolved ?? 'no-candidate' };
  const speaker: SpeakerFinding = chosen.entity === undefined ? { name: chosen.name, mention: input.words } : { entity: chosen.entity, name: chosen.name, mention: input.words };
  return { speaker, candidates };
}

/** "he", "she", "they", "it": the most salient referent that agrees (see discourse-salience.ts). */
const pronounSalience: SpeakerSieve = {
  name: 'pronoun-salience',
  run(input) {
    const first = single(input);
    if (!first || first.pos !== 'PRON' || !PRONOUNS.has(first.normal)) return undefined;
    const reading = readingForQuote(input);
    return reading ? fromReading(input, reading) : undefined;
  },
};

/**
 * The earlier reading of a pronoun, kept to measure the salience model against: the person
 * (for "it", organization) named last before it whose known gender does not disagree.
 */
const pronounRecency: SpeakerSieve = {
  name: 'pronoun-recency',
  run(input) {
    const first = single(input);
    if (!first || first.pos !== 'PRON' || !PRONOUNS.has(first.normal) || first.normal === 'they') return undefined;
    const wanted = first.normal === 'he' ? 'male' : first.normal === 'she' ? 'female' : undefined;
    const type = first.normal === 'it' ? 'organization' : 'person';
    for (let k = lastMentionBefore(input.entities, first.start); k >= 0; k--) {
      const m = input.entities.mentions[k] as EntityMention;
      if (first.start - m.end > RECENCY_REACH) break;
      const entity = input.entities.entities[m.entity];
      if (!entity || entity.type !== type || (wanted && entity.gender && entity.gender !== wanted)) continue;
      return { speaker: { entity: entity.index, name: entity.name, mention: input.words } };
    }
    return undefined;
  },
};

/** "the senator", "the Denver businessman": the person the description refers back to (described-person.ts). */
const roleDescription: SpeakerSieve = {
  name: 'role-description',
  run(input) {
    const sentence = (input.doc.tokens[input.range.start] as Token).sentence;
    const discourse = input.context.discourse();
    const person = describedPerson(input.doc, input.entities, input.range, input.words.start, discourse.peopleAt(sentence), discourse.genders);
    return person ? { speaker: { entity: person.index, name: person.name, mention: input.words } } : undefined;
  },
};

/** "Rep. Tom Garrow (R-Fla.)" where only "Tom Garrow" is marked elsewhere: the entity with that name word. */
const nameWord: SpeakerSieve = {
  name: 'name-word',
  run(input) {
    const found = byName(input.doc, input.entities, input.range);
    return found ? { speaker: found } : undefined;
  },
};

/** "the union", "the paper", "the committee": the organization the description refers back to (organization-description.ts). */
const organizationDescription: SpeakerSieve = {
  name: 'organization-description',
  run(input) {
    const found = describedOrganization(input.doc, input.entities, input.range, input.context.quoted);
    return found ? { speaker: { entity: found.index, name: found.name, mention: input.words } } : undefined;
  },
};

/** "Rep. Ann Lee (R-Fla.)" with no entity for it: the name without its title and note. */
const nameWritten: SpeakerSieve = {
  name: 'name-as-written',
  run(input) {
    const found = nameAsWritten(input.doc, input.range);
    return found ? { speaker: found } : undefined;
  },
};

/** Every sieve, in the order they run. */
export const SPEAKER_SIEVES: readonly SpeakerSieve[] = [
  coordinatedSpeakers,
  nameInPhrase,
  relativePronoun,
  appositive,
  previousSpeaker,
  pronounSalience,
  pronounRecency,
  roleDescription,
  organizationDescription,
  nameWord,
  nameWritten,
];
