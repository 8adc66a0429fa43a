/**
 * The shape of a sample's hand-written expectation (tests/samples/*.expected.json, documented in
 * tests/samples/README.md) and the keys names are compared by.
 */

/** One expected person. */
export interface ExpectedPerson {
  name: string;
  titles?: string[];
  aliasesInclude?: string[];
  minMentions?: number;
}

/** One expected place: `writtenAs` lists the forms the article uses when they differ from the name. */
export interface ExpectedPlace {
  name: string;
  writtenAs?: string[];
  minMentions?: number;
  /** Named only inside this organization's name: every mention must be marked `nested` and lie inside one of its mentions. */
  nestedIn?: string;
}

/** One expected organization. */
export interface ExpectedOrganization {
  name: string;
  aliasesInclude?: string[];
  minMentions?: number;
}

/** One expected direct quotation, or a transcript's turn. */
export interface ExpectedQuote {
  startsWith: string;
  kind: 'direct' | 'transcript';
  /** Canonical person name, or (with `speakerIsDescription`) the description naming the speaker. */
  speaker: string;
  speakerIsDescription?: boolean;
  /** Reporting verb as written, or null when the quote has none (speaker carried over). */
  cue: string | null;
  fragments: number;
}

/** Everything a correct analysis of one sample must report. */
export interface SampleExpectation {
  people: ExpectedPerson[];
  places: ExpectedPlace[];
  organizations: ExpectedOrganization[];
  notEntities: string[];
  quotes: ExpectedQuote[];
  partials: { text: string }[];
}

/** Folds the differences that do not matter: Unicode form, curly quotes, spacing, case. */
export function normalize(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Key of a person or place name: a leading "the" is not part of the name. */
export function nameKey(s: string): string {
  return normalize(s).replace(/^the /, '');
}

/** Key of an organization name: "Northgate Financial Corp." and "Northgate Financial" are one name. */
export function orgKey(s: string): string {
  return nameKey(s).replace(/,?\s+(inc|corp|co|ltd|llc|plc|ag|gmbh|sa|nv)\.?$/, '');
}

/** Key of quoted words: no surrounding quotation marks, no trailing punctuation inside them. */
export function quoteKey(s: string): string {
  return normalize(s)
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/[.,;:!?]+$/, '');
}
