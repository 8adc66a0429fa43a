/**
 * `--summary`: an aggregate over a corpus. Each report is first reduced to a small
 * {@link ReportDigest} (in the worker that analysed it, so only counts cross threads), then the
 * digests are folded into a {@link SummaryAggregator}, whose memory grows with the number of
 * distinct names, not with the number of articles. Pure: no I/O.
 */
import type { PlaceKind, Report } from '../report.js';

/** What the summary needs from one report. */
export interface ReportDigest {
  source: string;
  people: { name: string; mentions: number; quotes: number }[];
  places: { name: string; kind: PlaceKind; country?: string; mentions: number }[];
  organizations: { name: string; mentions: number }[];
  /** Quotations in the article, and how many of them have a speaker. */
  quotes: number;
  attributedQuotes: number;
}

/** One entity in the summary. */
export interface SummaryEntity {
  name: string;
  /** Articles that mention it. */
  articles: number;
  /** Mentions over the whole corpus. */
  mentions: number;
}

/** One place in the summary: places of the same name in different countries stay apart. */
export interface SummaryPlace extends SummaryEntity {
  kind: PlaceKind;
  country?: string;
}

/** One speaker in the summary. */
export interface SummarySpeaker {
  name: string;
  /** Quotations attributed to them over the corpus (direct and partial). */
  quotes: number;
  /** Articles in which they are quoted. */
  articles: number;
}

/** The aggregate printed by `--summary` (`{"type":"summary",…}` in JSON). */
export interface CorpusSummary {
  type: 'summary';
  /** Articles analysed. */
  articles: number;
  /** Inputs skipped (unreadable, binary, too large, failed). */
  skipped: number;
  /** Files in the folders walked that were not read for their extension (images, PDFs). */
  ignored: number;
  /** Most mentioned, by number of articles, then by mentions, then by name. */
  people: SummaryEntity[];
  places: SummaryPlace[];
  organizations: SummaryEntity[];
  /** Most quoted named people, by quotations, then articles, then name. */
  speakers: SummarySpeaker[];
  /** Articles in which no quotation has a speaker (including those with no quotation). */
  withoutAttributedQuote: { count: number; sources: string[] };
}

/** Reduces a report to what {@link SummaryAggregator} needs. */
export function digestReport(report: Report): ReportDigest {
  return {
    source: report.source,
    people: report.people.map((p) => ({ name: p.name, mentions: p.mentions.length, quotes: p.quoteCount })),
    places: report.places.map((p) => ({
      name: p.name,
      kind: p.kind,
      ...(p.country ? { country: p.country } : {}),
      mentions: p.mentions.length,
    })),
    organizations: report.organizations.map((o) => ({ name: o.name, mentions: o.mentions.length })),
    quotes: report.quotes.length,
    attributedQuotes: report.quotes.filter((q) => q.speaker !== null).length,
  };
}

interface Tally {
  articles: number;
  mentions: number;
  quotes: number;
  quotedIn: number;
}

/** Folds digests, one per article, into a {@link CorpusSummary}. */
export class SummaryAggregator {
  #articles = 0;
  #skipped = 0;
  #ignored = 0;
  readonly #people = new Map<string, Tally>();
  readonly #places = new Map<string, Tally & { name: string; kind: PlaceKind; country?: string }>();
  readonly #organizations = new Map<string, Tally>();
  readonly #unattributed: string[] = [];

  /** Counts one analysed article. */
  add(digest: ReportDigest): void {
    this.#articles += 1;
    for (const p of digest.people) {
      const t = tally(this.#people, p.name, () => emptyTally());
      t.articles += 1;
      t.mentions += p.mentions;
      t.quotes += p.quotes;
      if (p.quotes > 0) t.quotedIn += 1;
    }
    for (const p of digest.places) {
      const key = `${p.name}\u0000${p.country ?? ''}`;
      const t = tally(this.#places, key, () => ({ ...emptyTally(), name: p.name, kind: p.kind, country: p.country }));
      t.articles += 1;
      t.mentions += p.mentions;
    }
    for (const o of digest.organizations) {
      const t = tally(this.#organizations, o.name, () => emptyTally());
      t.articles += 1;
      t.mentions += o.mentions;
    }
    if (digest.attributedQuotes === 0) this.#unattributed.push(digest.source);
  }

  /** Counts one input that could not be analysed. */
  addSkipped(): void {
    this.#skipped += 1;
  }

  /** Counts one file left out of a folder walk for its extension. */
  addIgnored(): void {
    this.#ignored += 1;
  }

  /** The summary so far, with at most `top` entries per ranked list. */
  summary(top: number): CorpusSummary {
    const entities = (map: Map<string, Tally>): SummaryEntity[] =>
      ranked([...map].map(([name, t]) => ({ name, articles: t.articles, mentions: t.mentions })), top);
    const places = ranked(
      [...this.#places.values()].map((t) => ({
        name: t.name,
        kind: t.kind,
        ...(t.country ? { country: t.country } : {}),
        articles: t.articles,
        mentions: t.mentions,
      })),
      top,
    );
    const speakers = [...this.#people]
      .filter(([, t]) => t.quotes > 0)
      .map(([name, t]) => ({ name, quotes: t.quotes, articles: t.quotedIn }))
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || byName(a.name, b.name))
      .slice(0, top);
    return {
      type: 'summary',
      articles: this.#articles,
      skipped: this.#skipped,
      ignored: this.#ignored,
      people: entities(this.#people),
      places,
      organizations: entities(this.#organizations),
      speakers,
      withoutAttributedQuote: { count: this.#unattributed.length, sources: [...this.#unattributed] },
    };
  }
}

function emptyTally(): Tally {
  return { articles: 0, mentions: 0, quotes: 0, quotedIn: 0 };
}

function tally<T>(map: Map<string, T>, key: string, create: () => T): T {
  let t = map.get(key);
  if (t === undefined) {
    t = create();
    map.set(key, t);
  }
  return t;
}

function ranked<T extends SummaryEntity>(items: T[], top: number): T[] {
  return items
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || byName(a.name, b.name))
    .slice(0, top);
}

// Code-unit order: the same on every machine, whatever its locale.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
