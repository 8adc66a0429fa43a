/**
 * The data the HTML report's page script reads: the reports of the corpus in a compact shape
 * (ranges as `[start, end]` pairs, no repeated mention text), embedded in the page as JSON.
 * Shared by the formatter, which writes it, and the page script, which reads it; types only.
 */
import type { QuoteKind } from '../../report.js';

/** A half-open range of the article's text, UTF-16 code units: `[start, end)`. */
export type Range = readonly [number, number];

/** A person of one article. */
export interface PagePerson {
  name: string;
  titles: string[];
  aliases: string[];
  mentions: Range[];
  /** Quotations attributed to them in this article. */
  quotes: number;
}

/** A place of one article. */
export interface PagePlace {
  name: string;
  kind: string;
  country?: string;
  mentions: Range[];
  /** Index of the place in {@link PageData.mapPlaces}, when it has coordinates. */
  mark?: number;
}

/** An organization of one article. */
export interface PageOrganization {
  name: string;
  aliases: string[];
  mentions: Range[];
}

/** A quotation of one article. */
export interface PageQuote {
  text: string;
  kind: QuoteKind;
  fragments: Range[];
  /** The speaker's name (a person's canonical name or a description), or null. */
  speaker: string | null;
  /** Index of the speaker in the article's `people`, or -1 when the speaker is no listed person. */
  person: number;
  /** The words that name the speaker for this quote, when the text has them. */
  speakerMention: Range | null;
  cue: string | null;
}

/** One article: its text and what the report found in it. */
export interface PageArticle {
  source: string;
  text: string;
  words: number;
  people: PagePerson[];
  places: PagePlace[];
  organizations: PageOrganization[];
  quotes: PageQuote[];
}

/** A place of the corpus drawn on the map: one per name, country and coordinates. */
export interface MapPlace {
  name: string;
  kind: string;
  country?: string;
  lat: number;
  lon: number;
  /** Position on the map, in the basemap's SVG units. */
  x: number;
  y: number;
  mentions: number;
  /** Indexes of the articles that mention it, in corpus order. */
  articles: number[];
}

/** Everything the page script needs. */
export interface PageData {
  articles: PageArticle[];
  mapPlaces: MapPlace[];
}
