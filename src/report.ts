/**
 * The report: dossier's one output contract, shared by the library API, the JSON formatter and
 * the text formatter. Changes are additive; a breaking change bumps {@link SCHEMA_VERSION}.
 */

/** Version of the report's shape. */
export const SCHEMA_VERSION = 1 as const;

/** A stretch of the analysed text: `text.slice(start, end) === mention.text`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /**
   * Present (true) when the mention lies inside a longer name of another entity: "California"
   * in "University of California". Absent otherwise.
   */
  nested?: true;
}

/** A half-open character range in UTF-16 code units, end exclusive. */
export interface Fragment {
  start: number;
  end: number;
}

/** A person: one entry however many ways the article names them. */
export interface Person {
  /** Canonical name: the fullest form the article uses. */
  name: string;
  /** Other forms the article uses ("Putin" for "Vladimir Putin"). */
  aliases: string[];
  /** Titles and roles the article gives ("Russian President", "Sen."). */
  titles: string[];
  /** Every mention, name only (no title, no possessive). */
  mentions: Mention[];
  /** Number of direct and partial quotations attributed to this person. */
  quoteCount: number;
}

/** Kinds of place the reference data knows. */
/** What kind of quotation: direct speech, quoted words in the reporter's sentence, or a transcript's turn. */
export type QuoteKind = 'direct' | 'partial' | 'transcript';

export type PlaceKind = 'country' | 'region' | 'city' | 'continent' | 'place';

/** A place named in the article. */
export interface Place {
  /** Canonical name ("United States" for "U.S."), or the article's own form when unknown. */
  name: string;
  aliases: string[];
  /** What kind of place, from reference data or context. */
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country it lies in, when known. */
  country?: string;
  /** Coordinates from reference data, when known. */
  coordinates?: { lat: number; lon: number };
  mentions: Mention[];
}

/** An organization named in the article. */
export interface Organization {
  name: string;
  aliases: string[];
  mentions: Mention[];
}

/** Who said a quotation. */
export interface Speaker {
  /** Canonical name of the person, or the description as written when no person can be named. */
  name: string;
  /** The words in the text that name the speaker for this quote ("he", "Putin", "the senator"). */
  mention: Mention | null;
}

/**
 * A quotation: direct speech, a quoted phrase inside the reporter's own sentence, or a turn of
 * a transcript (a line opened by its speaker's label, "TAPPER: Do you think …").
 */
export interface Quote {
  /**
   * The quoted words without quotation marks, as one passage a reader can quote: the fragments
   * of a quotation interrupted by its attribution are joined with the sentence's own
   * punctuation (“We will,” she said. “Soon.” → `We will. Soon.`; “If so,” he said, “we
   * go.” → `If so, we go.`), or with " … " where the words between them cannot be told.
   * Offsets are in `fragments`.
   */
  text: string;
  /**
   * `direct`: speech in quotation marks; `partial`: quoted words in the reporter's sentence;
   * `transcript`: a transcript's turn, no marks, its label the speaker.
   */
  kind: QuoteKind;
  /** Each stretch of the quote, quotation marks included (a transcript's turn has none), in text order. */
  fragments: Fragment[];
  speaker: Speaker | null;
  /** The reporting verb or phrase ("said", "told reporters", "according to"), lemma as written. */
  cue: string | null;
}

/** Counts over the whole document. */
export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
}

/** A feature that fired for a name, with its weights (`--explain`). */
export interface FiredFeature {
  /** The feature's name in the registry ("honorificTitle", "gazetteerCity", …). */
  name: string;
  /** What fires it, in words. */
  description: string;
  /** Its weight for each class. */
  weights: { person: number; place: number; organization: number; none: number };
}

/** Why one candidate name was typed as it was (`--explain`). */
export interface EntityExplanation {
  /** The name as written, with its offsets. */
  mention: Mention;
  /** The type finally given; `null` when the name is not reported. */
  type: 'person' | 'place' | 'organization' | null;
  /** The features that fired for it, in the order they fired. */
  features: FiredFeature[];
  /** The sums of their weights per class. */
  scores: { person: number; place: number; organization: number; none: number };
  /** The document rule that decided the type, when one did ("person-name-part", …); `null` when the scores did. */
  rule: string | null;
}

/** Everything dossier found in one document. */
export interface Report {
  /**
   * Always `"report"`: every line `--json` prints has a `type` (`report`, `error`, `summary`),
   * so a consumer can tell them apart with one field.
   */
  type: 'report';
  schemaVersion: typeof SCHEMA_VERSION;
  /** The path as given on the command line, `-` for standard input, or the caller's label. */
  source: string;
  stats: Stats;
  people: Person[];
  places: Place[];
  organizations: Organization[];
  quotes: Quote[];
  /** What chose each finding; only with `--explain` (`AnalyzeOptions.explain`). */
  explain?: Explanation;
}

/** Why the report says what it says (`--explain`). */
export interface Explanation {
  /** One entry per candidate name, reported or not, in text order. */
  entities?: EntityExplanation[];
  /** One entry per quotation, in the order of `quotes`. */
  quotes?: QuoteExplanation[];
}

/** How a quotation's speaker was chosen. */
export interface QuoteExplanation {
  /** Index of the quotation in `quotes`. */
  quote: number;
  /**
   * Where the attribution came from: `clause` (a reporting clause next to the quotation),
   * `carried` (the previous quotation's speaker, for a quotation with no clause of its own),
   * `label` (a transcript's speaker label), `frame` (the verb framing a partial quote), or
   * `none`.
   */
  source: 'clause' | 'carried' | 'label' | 'frame' | 'none';
  /** The reporting clause read, and where it stands: `inside`, `after`, `before`, `colon`, `sentence-before`, `signature`, `frame`. */
  clause?: Mention & { place: string };
  /** The speaker sieve that named the speaker, or `as-written` when none did. */
  sieve?: string;
  /** Referents the sieve weighed, best first (pronouns). */
  candidates?: { name: string; score: number }[];
  /** Why a pronoun or description was left as written. */
  unresolved?: string;
}
