/** Stage: the report. Turns the stages' findings into the public {@link Report} contract. */
import type { NlpDocument, Span } from '../nlp/document.js';
import { SCHEMA_VERSION, type Mention, type Organization, type Person, type Place, type Quote, type QuoteExplanation, type Report } from '../report.js';
import type { AnalysedEntities, Entity, QuoteFinding } from './types.js';

function mentionsOf(entity: Entity): Mention[] {
  return entity.mentions.map((m) => (m.nested ? { start: m.start, end: m.end, text: m.text, nested: true } : { start: m.start, end: m.end, text: m.text }));
}

function mentionAt(text: string, span: Span | null): Mention | null {
  return span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : null;
}

/** Most mentioned first; ties by first appearance, so the order is stable. */
function byProminence<T extends { mentions: Mention[] }>(items: T[]): T[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.mentions.length - a.item.mentions.length || a.order - b.order)
    .map(({ item }) => item);
}

/** Words and numbers in the document, counted without building a list. */
function countWords(doc: NlpDocument): number {
  let n = 0;
  for (const t of doc.tokens) if (t.type === 'word' || t.type === 'number') n++;
  return n;
}

/** The explanation of each quotation's speaker, for `--explain`. */
function explainQuotes(doc: NlpDocument, quotes: readonly QuoteFinding[]): QuoteExplanation[] {
  return quotes.map((q, quote) => {
    const found = q.explanation ?? { source: 'none' as const };
    const entry: QuoteExplanation = { quote, source: found.source };
    if (found.clause) entry.clause = { ...(mentionAt(doc.text, found.clause) as Mention), place: found.clause.place };
    if (found.sieve) entry.sieve = found.sieve;
    if (found.candidates) entry.candidates = found.candidates;
    if (found.unresolved) entry.unresolved = found.unresolved;
    return entry;
  });
}

/** Builds the report for one analysed document; with `explain`, says what chose each speaker. */
export function buildReport(doc: NlpDocument, analysed: AnalysedEntities, quotes: QuoteFinding[], source: string, explain = false): Report {
  const quoteCounts = new Map<number, number>();
  for (const q of quotes) {
    const entity = q.speaker?.entity;
    if (entity !== undefined) quoteCounts.set(entity, (quoteCounts.get(entity) ?? 0) + 1);
  }
  const people: Person[] = [];
  const places: Place[] = [];
  const organizations: Organization[] = [];
  for (const entity of analysed.entities) {
    // A later stage may have moved every mention of an entity to another one.
    if (entity.mentions.length === 0) continue;
    const mentions = mentionsOf(entity);
    if (entity.type === 'person') {
      people.push({ name: entity.name, aliases: entity.aliases, titles: entity.titles, mentions, quoteCount: quoteCounts.get(entity.index) ?? 0 });
    } else if (entity.type === 'place') {
      const place: Place = { name: entity.name, aliases: entity.aliases, kind: entity.place?.kind ?? 'place', mentions };
      if (entity.place?.country) place.country = entity.place.country;
      if (entity.place?.lat !== undefined && entity.place.lon !== undefined) place.coordinates = { lat: entity.place.lat, lon: entity.place.lon };
      places.push(place);
    } else {
      organizations.push({ name: entity.name, aliases: entity.aliases, mentions });
    }
  }
  const reportQuotes: Quote[] = quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    fragments: q.fragments.map((f) => ({ start: f.start, end: f.end })),
    speaker: q.speaker ? { name: q.speaker.name, mention: mentionAt(doc.text, q.speaker.mention) } : null,
    cue: q.cue,
  }));
  const report: Report = {
    type: 'report',
    schemaVersion: SCHEMA_VERSION,
    source,
    stats: {
      characters: doc.text.length,
      words: countWords(doc),
      sentences: doc.sentences.length,
      paragraphs: doc.paragraphs.length,
    },
    people: byProminence(people),
    places: byProminence(places),
    organizations: byProminence(organizations),
    quotes: reportQuotes,
  };
  if (explain) report.explain = { quotes: explainQuotes(doc, quotes) };
  return report;
}
