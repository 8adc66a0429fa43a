import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

describe('resolveNamesInQuotes', () => {
  it('gives a given name in a quote to the namesake who is not speaking', () => {
    const text = [
      'Northgate’s chief executive, David Osei, announced the deal on Monday.',
      'Ridgeline’s founder, David Kaplan, will stay on to run the business.',
      '“David understood the business in about ten minutes,” Kaplan said.',
    ].join('\n');
    const report = analyze(text);
    const osei = report.people.find((p) => p.name === 'David Osei');
    expect(osei?.mentions.map((m) => m.text)).toEqual(['David Osei', 'David']);
    expect(report.people.map((p) => p.name).sort()).toEqual(['David Kaplan', 'David Osei']);
  });
});
