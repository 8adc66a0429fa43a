/**
 * `analyze` over hostile text: it never throws, every offset slices the text it claims, quote
 * fragments never overlap, and its time grows linearly with the input (support/growth.ts).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { growth, MAX_LINEAR_RATIO } from '../support/growth.js';
import { checkReportInvariants } from '../support/report-invariants.js';

/** Pieces that stress the scanners: marks of every kind, line breaks, invisible characters. */
const hostilePiece = fc.constantFrom(
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '``', "''", '\r\n', '\r', '\n\n', '\u2028', '\u200d',
  '\u200f', '\u0301', '\ufeff', '\t', '—', '…', '. ', '?"', ',” ', ' said ', 'Maria Ortega', 'Dr. ', 'U.S.',
  'Sen. Jon Vale', ' (', ')', '@', '#', 'https://example.com/a?b=c', '😀', '👩‍⚕️', 'O’Neill', 'Jean-Luc', 'ÉLYSÉE',
);
const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: hostilePiece }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 300 }));


/** The sample articles, whose every stretch is real prose cut anywhere. */
const SAMPLES_DIR = new URL('../../samples/', import.meta.url);
const samples = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, SAMPLES_DIR), 'utf8'));

describe('analyze over articles cut anywhere', () => {
  it('never throws on a stretch of a real article, however it starts and ends; offsets slice the text', () => {
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(1500), (which, from, length) => {
        const article = samples[which] as string;
        const start = Math.floor(from * article.length);
        const text = article.slice(start, start + 1 + length);
        checkReportInvariants(text, analyze(text, { source: 'x' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a document that ends inside a phrase read after a name (found cutting real articles)', () => {
    const text = 'The agency declined "specific Kendall, w';
    checkReportInvariants(text, analyze(text));
  });
});

describe('analyze over hostile text', () => {
  it('never throws; offsets slice the text, fragments never overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReportInvariants(text, analyze(text, { source: 'x' }));
      }),
      { numRuns: 250 },
    );
  });

  it('keeps CRLF offsets true: the same article with \\r\\n line ends finds the same names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Maria Ortega said it was over.', '“We won,” said Jon Vale.', 'Paris was calm.'), { minLength: 1, maxLength: 6 }), (lines) => {
        const lf = analyze(lines.join('\n\n'));
        const crlfText = lines.join('\r\n\r\n');
        const crlf = analyze(crlfText);
        checkReportInvariants(crlfText, crlf);
        expect(crlf.people.map((p) => p.name)).toEqual(lf.people.map((p) => p.name));
        expect(crlf.quotes.length).toBe(lf.quotes.length);
      }),
      { numRuns: 40 },
    );
  });
});

/** Repeats `unit` up to about `size` characters. */
const repeat = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const SIZE = 6_000;
const MAX_MS = 10_000;

const LINEAR: [name: string, unit: string][] = [
  ['unbalanced straight quotes', '"'],
  ['unbalanced curly quotes', '“'],
  ['quote, word, space', '"a '],
  ['a quotation repeated', 'Maria Ortega said, “We will go.” '],
  ['only line breaks', '\r\n'],
  ['only full stops', '.'],
  ['a name repeated', 'Maria Ortega said '],
  // Once super-linear: wink-nlp's tokenizer is quadratic in a run without spaces (dossier now
  // breaks such runs before wink reads them), and the team-name cue tried every split of a long
  // run of capitalised words (now bounded).
  ['one word without spaces', 'a'],
  ['only apostrophes', "'"],
  ['a run of capitalised words', 'Ab '],
  // Headlines whose given name the text also writes as a surname: once asked of the whole text
  // at every headline word.
  ['headlines naming a surname', 'Mary Plan For Taxes Is Complex And Mary Bill Wins\n'],
  // A result line with no full stop: each side once scanned its whole line for goals and brackets.
  ['a results line without stops', 'Ab 1 (Cd 2) '],
  // Fixture lines ("ANAHEIM AT NEW JERSEY"): only a line's first and last names read the line.
  ['names joined by "at" on one line', 'Ab at Cd at '],
  ['fixture lines', 'AB AT CD\n'],
];

describe('analyze time is linear in the input', () => {
  analyze('Warm-up: Maria Ortega said “yes”.');
  it.each(LINEAR)('%s', (_name, unit) => {
    const { small, large, ratio } = growth(analyze, (size) => repeat(unit, size), SIZE);
    expect(large).toBeLessThan(MAX_MS);
    // Below a few milliseconds the ratio is noise; only a large enough time can be super-linear.
    if (large > 20) expect(ratio, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(MAX_LINEAR_RATIO);
  });

  it('the same measure fails a quadratic scan', () => {
    // A scan that, like the bugs above once did, looks back over everything read so far at each
    // character: the measure must flag it, or the tests above prove nothing.
    const quadratic = (text: string): number => {
      let count = 0;
      for (let i = 0; i < text.length; i++) for (let j = 0; j < i; j += 1) if (text.charCodeAt(j) === text.charCodeAt(i)) count++;
      return count;
    };
    const { large, ratio } = growth(quadratic, (size) => repeat('ab', size), 1_500);
    expect(large).toBeGreaterThan(20);
    expect(ratio).toBeGreaterThan(MAX_LINEAR_RATIO);
  });
});
