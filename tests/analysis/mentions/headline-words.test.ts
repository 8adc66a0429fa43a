import { describe, expect, it } from 'vitest';
import { headlineVerbAt, surnameAfterGivenName, surnameAfterTitle } from '../../../src/analysis/mentions/headline-words.js';
import { findCaseLines } from '../../../src/analysis/mentions/letter-case.js';
import type { Context } from '../../../src/analysis/mentions/name-runs.js';
import type { Token } from '../../../src/nlp/document.js';
import { doc } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'hits', 'ford', 'baker', 'hears', 'backs', 'bill'] });

function context(text: string): Context {
  const d = doc(text);
  const lines = findCaseLines(d);
  return { doc: d, gazetteer, capsLines: lines.caps, titleCaseLines: lines.titleCase, lowerCaseWords: new Set(), nameWord: new Uint8Array(d.tokens.length) };
}

const at = (ctx: Context, text: string): Token => ctx.doc.tokens.find((t) => t.text === text) as Token;

describe('headline words', () => {
  it('reads a common word in "-s" before a given name as the headline’s verb', () => {
    const ctx = context('Tom Garrow Hits Mary Ford On Taxes\n\nThe mayor spoke.');
    expect(headlineVerbAt(ctx, at(ctx, 'Hits').index)).toBe(true);
    expect(headlineVerbAt(ctx, at(ctx, 'Garrow').index)).toBe(false);
  });

  it('reads a common word after a given name as its surname', () => {
    const ctx = context('Tom Garrow Hits Mary Ford On Taxes\n\nThe mayor spoke.');
    expect(surnameAfterGivenName(ctx, at(ctx, 'Ford'))).toBe(true);
  });

  it('reads a common word after a title of address as a surname, not a verb shaped as headlines write them', () => {
    const ctx = context('Senator Baker Backs Harbor Bill As Gov. Hears Pleas\n\nThe vote is today.');
    expect(surnameAfterTitle(ctx, at(ctx, 'Baker'))).toBe(true);
    expect(surnameAfterTitle(ctx, at(ctx, 'Bill'))).toBe(false);
    expect(surnameAfterTitle(ctx, at(ctx, 'Hears'))).toBe(false);
  });
});
