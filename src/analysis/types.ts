/**
 * Types passed between analysis stages (sentences → mentions → entities → quotes → speakers).
 * They carry token indices as well as character offsets; the report keeps only the offsets.
 */
import type { Span } from '../nlp/document.js';
import type { PlaceKind, QuoteKind } from '../report.js';

/** The three kinds of named entity dossier reports. */
export type EntityType = 'person' | 'place' | 'organization';

/** One occurrence of a name in the text, name only (no title, no possessive ’s). */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** First token of the name. */
  tokenStart: number;
  /** One past the last token of the name. */
  tokenEnd: number;
  /** Title or role written just before the name ("President", "Russian President"), if any. */
  title?: string;
  /** True when the mention lies inside another entity's longer name. */
  nested?: boolean;
  /** True when the mention names a person by a title of rank ("Emperor of the United States"). */
  byTitle?: boolean;
  /** Index of the entity in {@link AnalysedEntities.entities} this mention belongs to. */
  entity: number;
}

/** A canonical entity: one person, place or organization however often it is named. */
export interface Entity {
  index: number;
  type: EntityType;
  /** Canonical name: the fullest form in the article (or the reference name for places). */
  name: string;
  aliases: string[];
  titles: string[];
  /** Grammatical gender when a given name or title tells it; used to resolve pronouns. */
  gender?: 'female' | 'male';
  /**
   * Where the gender is not told, the one most bearers of the given name have ("Dana"):
   * weaker evidence for pronouns, never the person's gender.
   */
  genderLean?: 'female' | 'male';
  /** Place details from reference data. */
  place?: { kind: PlaceKind; country?: string; lat?: number; lon?: number };
  mentions: EntityMention[];
}

/** Output of the entity stages. Mentions are sorted by start offset. */
export interface AnalysedEntities {
  entities: Entity[];
  mentions: EntityMention[];
}

/** A quotation found in the text, before or after speaker attribution. */
export interface QuoteFinding {
  kind: QuoteKind;
  /** Each stretch of the quote, quotation marks included, in text order. */
  fragments: Span[];
  /** The quoted words without their marks, fragments joined as one passage (joinFragments). */
  text: string;
  speaker: SpeakerFinding | null;
  /** Reporting verb or phrase as written ("said", "told reporters", "according to"). */
  cue: string | null;
  /** How the speaker was chosen, for `--explain`. */
  explanation?: QuoteExplanationFinding;
}

/** How a quotation's speaker was chosen (the report's QuoteExplanation, with a span for the clause). */
export interface QuoteExplanationFinding {
  source: 'clause' | 'carried' | 'label' | 'frame' | 'none';
  clause?: Span & { place: string };
  sieve?: string;
  candidates?: { name: string; score: number }[];
  unresolved?: string;
}

/** Who said a quote, with the words that name them. */
export interface SpeakerFinding {
  /** Index of the entity (person, or organization) when resolved. */
  entity?: number;
  /** Canonical name, or the description as written when no entity is known. */
  name: string;
  /** Where the text names the speaker for this quote. */
  mention: Span | null;
}
