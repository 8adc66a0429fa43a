/**
 * `--summary`: an aggregate over a corpus. Each report is first reduced to a small
 * {@link ReportDigest} (in the worker that analysed it, so only counts cross threads), then the
 * digests are folded into a {@link SummaryAggregator}, whose memory grows with the number of
 * distinct names, not with the number of articles. Pure: no I/O.
 */
import { mergeNames } from '../names/merge-names.js';
import { foldName, nameParts } from '../names/name-parts.js';
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

/** One person in the summary. */
export interface SummaryPerson extends SummaryEntity {
  /**
   * The other names counted as this person, across articles ("Obama" for "Barack Obama"; see
   * src/names/merge-names.ts); absent when there are none.
   */
  aliases?: string[];
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
  people: SummaryPerson[];
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

/** Options for {@link SummaryAggregator}. */
export interface SummaryOptions {
  /** Count the names of one person as one (default true; `--no-merge-names` turns it off). */
  mergeNames?: boolean;
}

/** Folds digests, one per article, into a {@link CorpusSummary}. */
export class SummaryAggregator {
  readonly #mergeNames: boolean;
  /** Surname of each person's name, worked out once per distinct name. */
  readonly #surnames = new Map<string, string>();
  /**
   * Names of one surname that one article names as different people, with the number of such
   * articles (all names, and those quoted): what keeps article counts exact when names merge.
   * Grows with the distinct sets, not with the articles.
   */
  readonly #together = new Map<string, number>();
  readonly #quotedTogether = new Map<string, number>();
  #articles = 0;
  #skipped = 0;
  #ignored = 0;
  readonly #people = new Map<string, Tally>();
  readonly #places = new Map<string, Tally & { name: string; kind: PlaceKind; country?: string }>();
  readonly #organizations = new Map<string, Tally>();
  readonly #unattributed: string[] = [];

  constructor(options: SummaryOptions = {}) {
    this.#mergeNames = options.mergeNames ?? true;
  }

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
    if (this.#mergeNames) {
      this.#noteTogether(digest.people.map((p) => p.name), this.#together);
      this.#noteTogether(digest.people.filter((p) => p.quotes > 0).map((p) => p.name), this.#quotedTogether);
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

  /** Records the names of one article that share a surname (only they can merge). */
  #noteTogether(names: readonly string[], into: Map<string, number>): void {
    if (names.length < 2) return;
    const bySurname = new Map<string, string[]>();
    for (const name of names) {
      const surname = tally(this.#surnames, name, () => nameParts(name).surname);
      const list = bySurname.get(surname);
      if (list) list.push(name);
      else bySurname.set(surname, [name]);
    }
    for (const list of bySurname.values()) {
      if (list.length < 2) continue;
      const key = list.sort(byName).join('\u0000');
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }

  /**
   * People with the names of one person merged: counts added up, and each article counted once
   * however many of the person's names it uses.
   */
  #mergedPeople(): (SummaryPerson & { quotes: number; quotedIn: number })[] {
    const people = [...this.#people].map(([name, t]) => ({ name, articles: t.articles, mentions: t.mentions, quotes: t.quotes, quotedIn: t.quotedIn }));
    if (!this.#mergeNames) return people;
    const groups = mergeNames(people);
    const groupOf = new Map<string, number>();
    groups.forEach((g, i) => {
      groupOf.set(g.name, i);
      for (const other of g.others) groupOf.set(other, i);
    });
    const overlap = (sets: Map<string, number>): number[] => {
      const extra = groups.map(() => 0);
      for (const [key, count] of sets) {
        const perGroup = new Map<number, number>();
        for (const name of key.split('\u0000')) {
          const g = groupOf.get(name)!;
          perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
        }
        for (const [g, k] of perGroup) extra[g]! += count * (k - 1);
      }
      return extra;
    };
    const [articlesOverlap, quotedOverlap] = [overlap(this.#together), overlap(this.#quotedTogether)];
    return groups.map((g, i) => {
      const members = [g.name, ...g.others].map((name) => this.#people.get(name)!);
      const sum = (field: keyof Tally): number => members.reduce((n, t) => n + t[field], 0);
      return {
        name: g.name,
        articles: sum('articles') - articlesOverlap[i]!,
        mentions: sum('mentions'),
        quotes: sum('quotes'),
        quotedIn: sum('quotedIn') - quotedOverlap[i]!,
        ...aliasesOf(g.name, g.others),
      };
    });
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
    const people = this.#mergedPeople();
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
    const speakers = people
      .filter((p) => p.quotes > 0)
      .map((p) => ({ name: p.name, quotes: p.quotes, articles: p.quotedIn }))
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || byName(a.name, b.name))
      .slice(0, top);
    return {
      type: 'summary',
      articles: this.#articles,
      skipped: this.#skipped,
      ignored: this.#ignored,
      people: ranked(
        people.map(({ name, articles, mentions, aliases }) => ({ name, articles, mentions, ...(aliases ? { aliases } : {}) })),
        top,
      ),
      places,
      organizations: entities(this.#organizations),
      speakers,
      withoutAttributedQuote: { count: this.#unattributed.length, sources: [...this.#unattributed] },
    };
  }
}

/**
 * The other names of a person as the summary lists them: sorted, without forms that differ
 * from the shown name or from each other only in case, accents or invisible characters.
 */
function aliasesOf(shown: string, others: readonly string[]): { aliases?: string[] } {
  const seen = new Set([foldName(shown)]);
  const aliases = [...others].sort(byName).filter((name) => {
    const key = foldName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return aliases.length > 0 ? { aliases } : {};
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
