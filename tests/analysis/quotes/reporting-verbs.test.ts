import { describe, expect, it } from 'vitest';
import { isInflectedReportingVerb, isParticleCue, isReportingVerb, reportingLemma } from '../../../src/analysis/quotes/reporting-verbs.js';
import { docOf } from './helpers.js';

const token = (text: string, word: string) => {
  const doc = docOf(text);
  const t = doc.tokens.find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word}`);
  return { doc, t };
};

describe('reporting verbs', () => {
  it('accepts the usual reporting verbs in their inflected forms', () => {
    for (const [text, word] of [
      ['“No,” she said.', 'said'],
      ['“No,” she tweeted.', 'tweeted'],
      ['“No,” she insisted.', 'insisted'],
      ['He wrote, “No.”', 'wrote'],
      ['“No,” she added.', 'added'],
      ['During the debate Ford cracked, “I get things done.”', 'cracked'],
    ] as const) {
      expect(isReportingVerb(token(text, word).t)).toBe(true);
    }
  });

  it('finds the base form of a verb wink did not lemmatise', () => {
    expect(reportingLemma(token('“No,” she elaborated, “not now.”', 'elaborated').t)).toBe('elaborate');
  });

  it('does not take nouns of the same spelling for verbs', () => {
    expect(isReportingVerb(token('The report was long.', 'report').t)).toBe(false);
    expect(isReportingVerb(token('Her claims were false.', 'claims').t)).toBe(false);
  });

  it('strips only real endings to find a base form ("crowd" is not "crow" + d)', () => {
    expect(reportingLemma(token('Keane asked the crowd to stay.', 'crowd').t)).not.toBe('crow');
    expect(isInflectedReportingVerb(token('Keane asked the crowd to stay.', 'crowd').t)).toBe(false);
    expect(reportingLemma(token('“We won,” she crowed.', 'crowed').t)).toBe('crow');
  });

  it('accepts an inflected form wherever grammar expects a verb', () => {
    expect(isInflectedReportingVerb(token('“It is over,” Bozell answers.', 'answers').t)).toBe(true);
    expect(isInflectedReportingVerb(token('“It is over,” Bozell answer.', 'answer').t)).toBe(false);
  });

  it('reads verbs with particles', () => {
    const { doc, t } = token('“No,” Smith shot back.', 'shot');
    expect(isParticleCue(doc, t.index)).toBe(true);
    const other = token('Smith shot the film.', 'shot');
    expect(isParticleCue(other.doc, other.t.index)).toBe(false);
  });
});
