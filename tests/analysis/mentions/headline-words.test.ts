import { describe, expect, it } from 'vitest';
import { headlineVerbAt, nameWordInHeadline, surnameAfterGivenName, surnameAfterTitle } from '../../../src/analysis/mentions/headline-words.js';
import type { Context } from '../../../src/analysis/mentions/name-words.js';
import type { Token } from '../../../src/nlp/document.js';
import { nameContext } from '../analysis-helpers.js';
import { fixtureGazetteer, NEWS_FACTS } from '../fixture-gazetteer.js';

const gazetteer = fixtureGazetteer({ ...NEWS_FACTS, commonWords: [...(NEWS_FACTS.commonWords ?? []), 'hits', 'ford', 'baker', 'hears', 'backs', 'bill', 'plan', 'woods', 'foundation', 'federal', 'wins', 'speech', 'bump', 'post', 'debate', 'for', 'taxes', 'is', 'complex', 'at', 'summit', 'opens', 'branch', 'new', 'poll', 'shows', 'award', 'president', 'correspondent'] });

const context = (text: string): Context => nameContext(text, gazetteer);

const at = (ctx: Context, text: string): Token => ctx.doc.tokens.find((t) => t.text === text) as Token;

describe('headline words', () => {
  it('keeps a common word after a name only when it is a head word or a surname', () => {
    const plan = context('Varnick Plan For Taxes Is Complex\n\nThe mayor spoke.');
    expect(nameWordInHeadline(plan, at(plan, 'Plan'))).toBe(false);
    const body = context('Varnick Foundation Backs New Taxes\n\nThe mayor spoke.');
    expect(nameWordInHeadline(body, at(body, 'Foundation'))).toBe(true);
    // A surname after a given name that opens the name, after a common word or a title too.
    const surname = context('Correspondent Mary Woods Wins Award\n\nThe mayor spoke.');
    expect(nameWordInHeadline(surname, at(surname, 'Woods'))).toBe(true);
    // After a given name the article also writes alone, only a pair it writes again.
    const alone = context('Correspondent Mary Woods Wins Award\n\nLater, Mary said she had won.');
    expect(nameWordInHeadline(alone, at(alone, 'Woods'))).toBe(false);
    const again = context('Correspondent Mary Woods Wins Award\n\nLater, Mary said she had won, Mary Woods added.');
    expect(nameWordInHeadline(again, again.doc.tokens.find((t) => t.text === 'Woods') as Token)).toBe(true);
    // A longer word that holds the given name is not the name alone.
    const longer = context('Correspondent Mary Woods Wins Award\n\nLater, Maryanne said she had won.');
    expect(nameWordInHeadline(longer, at(longer, 'Woods'))).toBe(true);
    // What a person has is no surname ("Garrow Speech").
    const speech = context('President Kessin Speech At The Summit\n\nThe mayor spoke.');
    expect(nameWordInHeadline(speech, at(speech, 'Speech'))).toBe(false);
  });

  it('reads a common word before a particle and a name as part of it, and a compound of words as none', () => {
    const foreign = context('Banco Federal de Varnick Opens Branch\n\nThe mayor spoke.');
    expect(nameWordInHeadline(foreign, at(foreign, 'Federal'))).toBe(true);
    const compound = context('New Poll Shows Post-Debate Bump For Varnick\n\nThe mayor spoke.');
    expect(nameWordInHeadline(compound, at(compound, 'Bump'))).toBe(false);
  });

  it('reads a common word in "-s" before a given name as the headline’s verb', () => {
    const ctx = context('Tom Garrow Hits Mary Ford On Taxes\n\nThe mayor spoke.');
    expect(headlineVerbAt(ctx, at(ctx, 'Hits').index)).toBe(true);
    expect(headlineVerbAt(ctx, at(ctx, 'Garrow').index)).toBe(false);
  });

  it('reads a common word after a given name as its surname', () => {
    const ctx = context('Tom Garrow Hits Mary Ford On Taxes\n\nThe mayor spoke.');
    expect(surnameAfterGivenName(ctx, at(ctx, 'Ford'))).toBe(true);
  });

  it('reads a common word after a given name and a surname’s particle as the surname', () => {
    const ctx = context('Mary Le Pen Backs Tom Garrow On Taxes\n\nThe mayor spoke.');
    expect(surnameAfterGivenName(ctx, at(ctx, 'Pen'))).toBe(true);
  });

  it('reads no surname after a given name the article writes as a surname ("Clinton Plan" above "Hillary Clinton")', () => {
    const ctx = context('Mary Plan For Taxes Is Complex\n\nLater, Linda Mary said the plan was fair.');
    expect(surnameAfterGivenName(ctx, at(ctx, 'Plan'))).toBe(false);
    expect(nameWordInHeadline(ctx, at(ctx, 'Plan'))).toBe(false);
  });

  it('reads a common word after a title of address as a surname, not a verb shaped as headlines write them', () => {
    const ctx = context('Senator Baker Backs Harbor Bill As Gov. Hears Pleas\n\nThe vote is today.');
    expect(surnameAfterTitle(ctx, at(ctx, 'Baker'))).toBe(true);
    expect(surnameAfterTitle(ctx, at(ctx, 'Bill'))).toBe(false);
    expect(surnameAfterTitle(ctx, at(ctx, 'Hears'))).toBe(false);
  });
});
