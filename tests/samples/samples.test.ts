/**
 * End-to-end expectations over the sample articles in samples/: for each article with a
 * hand-written tests/samples/<name>.expected.json, `analyze()` must report exactly the expected
 * people, places and organizations, every direct quote with its speaker, cue and fragments, the
 * partial quotes as partial, and offsets that slice the text they claim. The format of the
 * expectations is in tests/samples/README.md; each failure lists what was expected and found.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report.js';
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
import { checkExpectation, loadSamples, type Sample } from './load-samples.js';

type Analyze = (text: string, options?: { source?: string }) => Report;

// Imported lazily so that the checks of the expectation files still run while the library entry
// is missing or broken; the analysis tests then fail with the import error.
let analyzePromise: Promise<Analyze> | undefined;
function loadAnalyze(): Promise<Analyze> {
  analyzePromise ??= import('../../src/index.js').then((m: { analyze: Analyze }) => m.analyze);
  return analyzePromise;
}

const reports = new Map<string, Promise<Report>>();
/** The report of a sample, computed once and shared by its tests. */
function reportOf(sample: Sample): Promise<Report> {
  let report = reports.get(sample.name);
  if (!report) {
    report = loadAnalyze().then((analyze) => analyze(sample.text, { source: sample.source }));
    reports.set(sample.name, report);
  }
  return report;
}

const samples = loadSamples();

describe('sample set', () => {
  it('has at least seven articles, each with an expectation file', () => {
    expect(samples.length).toBeGreaterThanOrEqual(7);
    expect(samples.filter((s) => s.expectation === undefined).map((s) => s.name), 'samples without tests/samples/<name>.expected.json').toEqual([]);
  });
});

for (const sample of samples.filter((s) => s.expectation !== undefined)) {
  const expected = sample.expectation as SampleExpectation;

  describe(`sample ${sample.name}`, () => {
    it('has a well-formed expectation grounded in the article', () => {
      expect(checkExpectation(sample.expectation, sample.text)).toEqual([]);
    });

    it('reports the source it was given', async () => {
      const report = await reportOf(sample);
      expect(report.source).toBe(sample.source);
    });

    it('reports exactly the expected people, with their titles, aliases and mentions', async () => {
      expect(checkPeople(await reportOf(sample), expected)).toEqual([]);
    });

    it('reports exactly the expected places', async () => {
      expect(checkPlaces(await reportOf(sample), expected)).toEqual([]);
    });

    it('reports exactly the expected organizations', async () => {
      expect(checkOrganizations(await reportOf(sample), expected)).toEqual([]);
    });

    it('reports none of the words that are not entities', async () => {
      expect(checkNotEntities(await reportOf(sample), expected)).toEqual([]);
    });

    it('finds every direct quote with its speaker, cue and fragments, and no other', async () => {
      expect(checkDirectQuotes(await reportOf(sample), expected)).toEqual([]);
    });

    it('reports the partial quotes as partial, and no other', async () => {
      expect(checkPartials(await reportOf(sample), expected)).toEqual([]);
    });

    it('gives mentions and fragments offsets that slice the text they claim', async () => {
      expect(checkOffsets(await reportOf(sample), sample.text)).toEqual([]);
    });
  });
}
