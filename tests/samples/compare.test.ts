/**
 * Tests of the sample comparator itself, without the analysis: a report built to match an
 * expectation passes every check (so the expectations are self-consistent, e.g. no notEntities
 * word collides with an expected name), and each kind of error in a report yields a message
 * naming what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import type { Mention, Quote, Report } from '../../src/report.js';
import {
  checkDirectQuotes,
  checkNotEntities,
  checkOffsets,
  checkOrganizations,
  checkPartials,
  checkPeople,
  checkPlaces,
  type SampleExpectation,
} from './compare.js';
import { loadSamples } from './load-samples.js';

/** Lower-cases and folds curly quotes without changing the length, so indices stay valid. */
const fold = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();

/** Non-overlapping whole-word occurrences of any of `forms` (longest first) as mentions. */
function mentionsOf(text: string, forms: string[]): Mention[] {
  const taken: Mention[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const mention = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (!taken.some((t) => mention.start < t.end && t.start < mention.end)) taken.push(mention);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A report that says exactly what the expectation asks for, with offsets found in the text. */
function perfectReport(exp: SampleExpectation, text: string): Report {
  const quote = (startsWith: string, n: number): Quote['fragments'] => {
    const at = fold(text).indexOf(fold(startsWith));
    return [{ start: at - 1, end: at + startsWith.length }, ...Array.from({ length: n - 1 }, () => ({ start: at - 1, end: at }))];
  };
  // A transcript's turn: the words after the label, to the end of the line.
  const turn = (startsWith: string): Quote['fragments'] => {
    const at = fold(text).indexOf(fold(startsWith));
    const lineEnd = text.indexOf('\n', at);
    return [{ start: at, end: lineEnd < 0 ? text.length : lineEnd }];
  };
  return {
    type: 'report',
    schemaVersion: 1,
    source: 'x',
    stats: { characters: text.length, words: 0, sentences: 0, paragraphs: 0 },
    people: exp.people.map((p) => ({
      name: p.name,
      aliases: p.aliasesInclude ?? [],
      titles: p.titles ?? [],
      mentions: mentionsOf(text, [p.name, ...p.name.split(' '), ...(p.aliasesInclude ?? [])]),
      quoteCount: 0,
    })),
    places: exp.places.map((p) => ({
      name: p.name,
      aliases: p.writtenAs ?? [],
      kind: 'place',
      mentions: mentionsOf(text, [p.name, ...(p.writtenAs ?? [])]).map((m) => (p.nestedIn ? { ...m, nested: true as const } : m)),
    })),
    organizations: exp.organizations.map((o) => ({ name: o.name, aliases: o.aliasesInclude ?? [], mentions: mentionsOf(text, [o.name, ...(o.aliasesInclude ?? [])]) })),
    quotes: [
      ...exp.quotes.map((q): Quote => ({ text: `${q.startsWith} …`, kind: q.kind, fragments: q.kind === 'transcript' ? turn(q.startsWith) : quote(q.startsWith, q.fragments), speaker: { name: q.speaker, mention: null }, cue: q.cue })),
      ...exp.partials.map((p): Quote => ({ text: p.text, kind: 'partial', fragments: quote(p.text, 1), speaker: null, cue: null })),
    ],
  };
}

const checks = { checkPeople, checkPlaces, checkOrganizations, checkNotEntities, checkDirectQuotes, checkPartials };
const samples = loadSamples().filter((s) => s.expectation !== undefined);

describe('a report that matches the expectation', () => {
  for (const sample of samples) {
    it(`passes every check for ${sample.name}`, () => {
      const exp = sample.expectation as SampleExpectation;
      const report = perfectReport(exp, sample.text);
      for (const [name, check] of Object.entries(checks)) expect(check(report, exp), name).toEqual([]);
      expect(checkOffsets(report, sample.text)).toEqual([]);
    });
  }
});

describe('errors in a report', () => {
  const sample = samples.find((s) => s.name === 'senate-water-deal')!;
  const exp = sample.expectation as SampleExpectation;
  const fresh = (): Report => perfectReport(exp, sample.text);

  it('names a missing person and an unexpected one', () => {
    const report = fresh();
    report.people = report.people.filter((p) => p.name !== 'Karen Johnson');
    report.people.push({ name: 'Democrat', aliases: [], titles: [], mentions: [{ start: 219, end: 227, text: 'Democrat' }], quoteCount: 0 });
    expect(checkPeople(report, exp)).toEqual(['missing person "Karen Johnson" (closest reported: "Paul Johnson")', 'unexpected person "Democrat" ("Democrat"@219)']);
    expect(checkNotEntities(report, exp)).toEqual(['"Democrat" is not an entity, but was reported in person "Democrat" (mentions "Democrat"@219)']);
  });

  it('names a missing title, alias and too few mentions', () => {
    const report = fresh();
    const ortega = report.people.find((p) => p.name === 'Maria Ortega')!;
    ortega.titles = ['Senator from New Mexico'];
    ortega.aliases = [];
    ortega.mentions = ortega.mentions.slice(0, 2);
    expect(checkPeople(report, exp)).toEqual([
      'person "Maria Ortega": expected title "Sen.", found titles ["Senator from New Mexico"]',
      'person "Maria Ortega": expected alias "Ortega", found aliases []',
      `person "Maria Ortega": expected at least 6 mentions, found 2: "Ortega"@39, "Maria Ortega"@401`,
    ]);
  });

  it('accepts equivalent spellings but not a different entity', () => {
    const report = fresh();
    report.people.find((p) => p.name === 'Maria Ortega')!.titles = ['SEN'];
    report.organizations.find((o) => o.name === 'Hale Agricultural Holdings Inc.')!.name = 'Hale Agricultural Holdings';
    report.places.find((p) => p.name === 'Washington')!.name = 'Washington, D.C.';
    expect([...checkPeople(report, exp), ...checkOrganizations(report, exp), ...checkPlaces(report, exp)]).toEqual([]);
    report.places.find((p) => p.name === 'Arizona')!.mentions = [];
    report.places.find((p) => p.name === 'Arizona')!.name = 'Arizona County';
    expect(checkPlaces(report, exp)).toEqual(['missing place "Arizona"', 'unexpected place "Arizona County" (no mentions)']);
  });

  it('does not let one reported place stand for two expected ones', () => {
    const report = fresh();
    const nevada = report.places.find((p) => p.name === 'Nevada')!;
    report.places = report.places.filter((p) => p !== nevada);
    report.places.find((p) => p.name === 'California')!.mentions.push(...nevada.mentions);
    expect(checkPlaces(report, exp)).toEqual(['missing place "Nevada"']);
  });

  it('names a wrong speaker, cue and fragment count, and an extra direct quote', () => {
    const report = fresh();
    const [first, second] = report.quotes;
    first!.fragments = first!.fragments.slice(0, 1);
    second!.speaker = { name: 'Karen Johnson', mention: { start: 1601, end: 1614, text: 'Karen Johnson' } };
    second!.cue = 'warned';
    report.quotes.push({ text: 'If the deal is fair', kind: 'direct', fragments: [{ start: 491, end: 500 }], speaker: null, cue: null });
    expect(checkDirectQuotes(report, exp)).toEqual([
      'quote «We are not going to trade away…»: expected 2 fragment(s), found 1: [323,354)',
      'quote «This is the best chance…»: expected speaker "Paul Johnson", found "Karen Johnson" (mention "Karen Johnson"@1601)',
      'quote «This is the best chance…»: expected cue "said", found "warned"',
      'unexpected direct quote at 491: «If the deal is fair»',
    ]);
  });

  it('requires no cue on a quote without a reporting verb; accepts a description with its article and a cue with its colon', () => {
    const report = fresh();
    report.quotes.find((q) => q.text.startsWith('My job'))!.cue = 'said';
    report.quotes.find((q) => q.text.startsWith('The president'))!.speaker = { name: 'a White House spokeswoman', mention: null };
    report.quotes.find((q) => q.text.startsWith('This is the best'))!.cue = 'Said:';
    expect(checkDirectQuotes(report, exp)).toEqual(['quote «My job is to make sure…»: expected no cue (the quote has no reporting verb), found "said"']);
  });

  it('names a partial reported as direct and an extra partial', () => {
    const report = fresh();
    report.quotes.find((q) => q.text === 'the Water Baron')!.kind = 'direct';
    report.quotes.push({ text: 'Nobody is selling', kind: 'partial', fragments: [{ start: 1666, end: 1685 }], speaker: null, cue: null });
    expect(checkPartials(report, exp)).toEqual(['«the Water Baron» is a partial quote, but was reported as "direct"', 'unexpected partial quote at 1666: «Nobody is selling»']);
  });

  it('names mentions whose offsets do not slice their text, and titles or possessives in names', () => {
    const report = fresh();
    report.people[0]!.mentions = [{ start: 40, end: 46, text: 'Ortega' }, { start: 926, end: 934, text: 'Ortega’s' }, { start: 396, end: 413, text: 'Sen. Maria Ortega' }];
    expect(checkOffsets(report, sample.text)).toEqual([
      'person "Maria Ortega": mention claims "Ortega" but [40,46) is "rtega "',
      'person "Maria Ortega": mention "Ortega’s"@926 includes the possessive',
      'person "Maria Ortega": mention "Sen. Maria Ortega"@396 includes the title',
    ]);
  });
});
