/**
 * The entities a document's mentions are grouped into while they are linked: a draft per
 * entity, with the words of its fullest name and where it was last and first mentioned.
 */
import type { Entity, EntityMention, EntityType } from '../types.js';
import type { TypedCandidate } from '../mentions/classify-candidates.js';
import { suffixOf, surnameOf } from '../mentions/name-parts.js';
import { PLURAL_HONORIFICS } from '../lexicon/cue-words.js';

/** A name's words with the surname and generational suffix they give, read once per name. */
export interface NameWords {
  words: string[];
  /** `surnameOf(words)`. */
  surname: string | undefined;
  /** `suffixOf(words)`. */
  suffix: string;
}

export function nameWordsOf(words: string[]): NameWords {
  return { words, surname: surnameOf(words), suffix: suffixOf(words) };
}

export interface Draft extends NameWords {
  entity: Entity;
  /** Name words of the fullest form, for matching later mentions. */
  words: string[];
  /** Start of the latest mention so far, -1 before the first. */
  lastSeen: number;
  /** Sentence of the latest mention so far, -1 before the first. */
  lastSentence: number;
  /** Start of the first mention, for telling the article's principal from a relative. */
  firstSeen: number;
  /**
   * Where the article first names this person unambiguously (in full, or by a surname an
   * honorific sets apart), even further on: a bare surname before any of them goes to the one
   * introduced first.
   */
  firstAnchor: number;
}

// Mentions and entities are made with every field, in one order, so that the quote stages that
// read them meet one object shape each (see typedCandidate).
export function toMention(c: TypedCandidate, type: EntityType, byTitle = false): EntityMention {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    type,
    tokenStart: c.tokenStart,
    tokenEnd: c.tokenEnd,
    title: c.evidence.title || undefined,
    nested: c.nested ? true : undefined,
    byTitle: byTitle || undefined,
    entity: -1,
  };
}

export function newEntity(type: EntityType, name: string): Entity {
  return { index: -1, type, name, aliases: [], titles: [], gender: undefined, genderLean: undefined, place: undefined, mentions: [] };
}

export function newDraft(entity: Entity, name: NameWords, firstAnchor: number): Draft {
  return { entity, words: name.words, surname: name.surname, suffix: name.suffix, lastSeen: -1, lastSentence: -1, firstSeen: -1, firstAnchor };
}

export function attach(draft: Draft, mention: EntityMention, sentence = -1): void {
  draft.entity.mentions.push(mention);
  draft.lastSeen = mention.start;
  draft.lastSentence = sentence;
  if (draft.firstSeen < 0) draft.firstSeen = mention.start;
  // "Sens. Ann Grove and Tom Vickers": each is a senator.
  const title = mention.title && (PLURAL_HONORIFICS.get(mention.title.toLowerCase()) ?? mention.title);
  if (title && !draft.entity.titles.some((t) => t.toLowerCase() === title.toLowerCase())) {
    draft.entity.titles.push(title);
  }
}
