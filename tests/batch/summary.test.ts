import { describe, expect, it } from 'vitest';
import { digestReport, SummaryAggregator, type ReportDigest } from '../../src/batch/summary.js';
import { emptyReport } from '../format/fixture.js';
import type { Mention, Report } from '../../src/report.js';

const m = (n: number): Mention[] => Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x' }));

function digest(source: string, parts: Partial<ReportDigest>): ReportDigest {
  return { source, people: [], places: [], organizations: [], quotes: 0, attributedQuotes: 0, ...parts };
}

describe('digestReport', () => {
  it('keeps names, kinds and counts, and counts quotes with a speaker', () => {
    const report: Report = {
      ...emptyReport('a.txt'),
      people: [{ name: 'Ana Díaz', aliases: ['Díaz'], titles: ['Mayor'], mentions: m(3), quoteCount: 2 }],
      places: [{ name: 'Columbus', aliases: [], kind: 'city', country: 'US', mentions: m(1) }],
      organizations: [{ name: 'City Council', aliases: [], mentions: m(2) }],
      quotes: [
        { text: 'We will rebuild', kind: 'direct', fragments: [], speaker: { name: 'Ana Díaz', mention: null }, cue: 'said' },
        { text: 'a mess', kind: 'partial', fragments: [], speaker: null, cue: null },
      ],
    };
    expect(digestReport(report)).toEqual({
      source: 'a.txt',
      people: [{ name: 'Ana Díaz', mentions: 3, quotes: 2 }],
      places: [{ name: 'Columbus', kind: 'city', country: 'US', mentions: 1 }],
      organizations: [{ name: 'City Council', mentions: 2 }],
      quotes: 2,
      attributedQuotes: 1,
    });
  });
});

describe('SummaryAggregator', () => {
  const corpus = [
    digest('one.txt', {
      people: [{ name: 'Ana Díaz', mentions: 4, quotes: 2 }, { name: 'Tom Reyes', mentions: 1, quotes: 0 }],
      places: [{ name: 'Paris', kind: 'city', country: 'FR', mentions: 2 }],
      organizations: [{ name: 'Senate', mentions: 1 }],
      quotes: 2,
      attributedQuotes: 2,
    }),
    digest('two.txt', {
      people: [{ name: 'Tom Reyes', mentions: 2, quotes: 1 }],
      places: [{ name: 'Paris', kind: 'city', country: 'US', mentions: 1 }, { name: 'Paris', kind: 'city', country: 'FR', mentions: 1 }],
      quotes: 3,
      attributedQuotes: 1,
    }),
    digest('three.txt', { people: [{ name: 'Ana Díaz', mentions: 1, quotes: 0 }], quotes: 1, attributedQuotes: 0 }),
    digest('four.txt', {}),
  ];

  function summarize(top = 10) {
    const aggregator = new SummaryAggregator();
    for (const d of corpus) aggregator.add(d);
    aggregator.addSkipped();
    return aggregator.summary(top);
  }

  it('ranks by articles, then mentions, then name', () => {
    const s = summarize();
    expect(s).toMatchObject({ type: 'summary', articles: 4, skipped: 1 });
    expect(s.people).toEqual([
      { name: 'Ana Díaz', articles: 2, mentions: 5 },
      { name: 'Tom Reyes', articles: 2, mentions: 3 },
    ]);
    expect(s.organizations).toEqual([{ name: 'Senate', articles: 1, mentions: 1 }]);
  });

  it('keeps same-named places in different countries apart', () => {
    expect(summarize().places).toEqual([
      { name: 'Paris', kind: 'city', country: 'FR', articles: 2, mentions: 3 },
      { name: 'Paris', kind: 'city', country: 'US', articles: 1, mentions: 1 },
    ]);
  });

  it('counts speakers by quotes and by the articles quoting them', () => {
    expect(summarize().speakers).toEqual([
      { name: 'Ana Díaz', quotes: 2, articles: 1 },
      { name: 'Tom Reyes', quotes: 1, articles: 1 },
    ]);
  });

  it('lists the articles where no quote has a speaker, in input order', () => {
    expect(summarize().withoutAttributedQuote).toEqual({ count: 2, sources: ['three.txt', 'four.txt'] });
  });

  it('cuts every ranked list at top', () => {
    const s = summarize(1);
    expect([s.people.length, s.places.length, s.speakers.length]).toEqual([1, 1, 1]);
  });

  it('does not depend on the order the articles come in, except for the source list', () => {
    const forward = summarize();
    const aggregator = new SummaryAggregator();
    for (const d of [...corpus].reverse()) aggregator.add(d);
    aggregator.addSkipped();
    const backward = aggregator.summary(10);
    expect({ ...backward, withoutAttributedQuote: null }).toEqual({ ...forward, withoutAttributedQuote: null });
  });
});

describe('SummaryAggregator.addIgnored', () => {
  it('counts files left out for their extension apart from skipped inputs', () => {
    const aggregator = new SummaryAggregator();
    aggregator.add(digest('a.txt', {}));
    aggregator.addSkipped();
    aggregator.addIgnored();
    aggregator.addIgnored();
    expect(aggregator.summary(5)).toMatchObject({ articles: 1, skipped: 1, ignored: 2 });
  });
});

describe('SummaryAggregator: one person per corpus', () => {
  const person = (name: string, mentions: number, quotes = 0) => ({ name, mentions, quotes });
  const corpus = [
    digest('a.txt', { people: [person('Barack Obama', 3, 1)] }),
    digest('b.txt', { people: [person('Obama', 2, 2)] }),
    // One article naming "Obama" and "Barack Obama" as two people: counted once.
    digest('c.txt', { people: [person('Barack Obama', 1, 1), person('Obama', 1, 1)] }),
    digest('d.txt', { people: [person('Donald J. Trump', 1), person('Hillary Clinton', 4)] }),
    digest('e.txt', { people: [person('Donald Trump', 2, 1), person('Bill Clinton', 1), person('Clinton', 1)] }),
  ];

  function summarize(mergeNames?: boolean) {
    const aggregator = new SummaryAggregator({ mergeNames });
    for (const d of corpus) aggregator.add(d);
    return aggregator.summary(10);
  }

  it('counts the names of one person as one, each article once, and lists the other names', () => {
    const s = summarize();
    expect(s.people).toEqual([
      { name: 'Barack Obama', articles: 3, mentions: 7, aliases: ['Obama'] },
      { name: 'Donald Trump', articles: 2, mentions: 3, aliases: ['Donald J. Trump'] },
      { name: 'Hillary Clinton', articles: 1, mentions: 4 },
      { name: 'Bill Clinton', articles: 1, mentions: 1 },
      { name: 'Clinton', articles: 1, mentions: 1 },
    ]);
    expect(s.speakers).toEqual([
      { name: 'Barack Obama', quotes: 5, articles: 3 },
      { name: 'Donald Trump', quotes: 1, articles: 1 },
    ]);
  });

  it('keeps every written name apart without merging', () => {
    expect(summarize(false).people.map((p) => [p.name, p.articles])).toEqual([
      ['Barack Obama', 2],
      ['Obama', 2],
      ['Hillary Clinton', 1],
      ['Donald Trump', 1],
      ['Bill Clinton', 1],
      ['Clinton', 1],
      ['Donald J. Trump', 1],
    ]);
  });
});

describe('SummaryAggregator: the other names listed', () => {
  it('leaves out forms that differ from the shown name only in case, accents or invisible characters', () => {
    const aggregator = new SummaryAggregator();
    aggregator.add(digest('a.txt', { people: [{ name: 'Donald Trump', mentions: 3, quotes: 0 }] }));
    aggregator.add(digest('b.txt', { people: [{ name: 'Donald\u00a0Trump', mentions: 1, quotes: 0 }] }));
    aggregator.add(digest('c.txt', { people: [{ name: 'DONALD J. TRUMP', mentions: 1, quotes: 0 }, { name: 'Donald\u200b Trump', mentions: 1, quotes: 0 }] }));
    expect(aggregator.summary(5).people).toEqual([{ name: 'Donald Trump', articles: 3, mentions: 6, aliases: ['DONALD J. TRUMP'] }]);
  });
});
