/**
 * Reports → {@link PageData}: the compact JSON the page script renders articles and the quote
 * table from. Offsets are kept as they are (UTF-16 code units into `text`), so the page can lay
 * every mention and quotation over the text exactly where the JSON report puts them.
 */
import type { Mention, Report } from '../../report.js';
import type { MapPlace, PageArticle, PageData, Range } from './page-data.js';

/** One analysed document: its report and the text the report's offsets refer to. */
export interface HtmlDocument {
  report: Report;
  text: string;
}

const range = (mention: { start: number; end: number }): Range => [mention.start, mention.end];
const ranges = (mentions: readonly Mention[]): Range[] => mentions.map(range);

/** The page data of `documents`, with the map places already collected (and their indexes). */
export function toPageData(
  documents: readonly HtmlDocument[],
  mapPlaces: MapPlace[],
  marks: readonly (number | undefined)[][],
): PageData {
  const articles = documents.map(({ report, text }, index): PageArticle => {
    const people = new Map(report.people.map((person, i) => [person.name, i]));
    return {
      source: report.source,
      text,
      words: report.stats.words,
      people: report.people.map((person) => ({
        name: person.name,
        titles: person.titles,
        aliases: person.aliases,
        mentions: ranges(person.mentions),
        quotes: person.quoteCount,
      })),
      places: report.places.map((place, i) => {
        const mark = marks[index]?.[i];
        return {
          name: place.name,
          kind: place.kind,
          ...(place.country ? { country: place.country } : {}),
          mentions: ranges(place.mentions),
          ...(mark === undefined ? {} : { mark }),
        };
      }),
      organizations: report.organizations.map((org) => ({
        name: org.name,
        aliases: org.aliases,
        mentions: ranges(org.mentions),
      })),
      quotes: report.quotes.map((quote) => ({
        text: quote.text,
        kind: quote.kind,
        fragments: quote.fragments.map(range),
        speaker: quote.speaker?.name ?? null,
        person: quote.speaker ? (people.get(quote.speaker.name) ?? -1) : -1,
        speakerMention: quote.speaker?.mention ? range(quote.speaker.mention) : null,
        cue: quote.cue,
      })),
    };
  });
  return { articles, mapPlaces };
}
