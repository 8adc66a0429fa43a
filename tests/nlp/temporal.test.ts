import { describe, expect, it } from 'vitest';
import { findTemporal, type TemporalKind } from '../../src/nlp/temporal.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { getWink } from '../../src/nlp/wink.js';

/** The marked stretches of `text`, as "words:KIND", in text order. */
function marked(text: string): string[] {
  const { tokens } = tokenize(getWink(), text);
  const kinds = findTemporal(tokens);
  const out: string[] = [];
  let run: string[] = [];
  let kind: TemporalKind | undefined;
  const flush = (): void => {
    if (kind && run.length) out.push(`${run.join(' ')}:${kind}`);
    run = [];
  };
  tokens.forEach((t, i) => {
    if (kinds[i] !== kind) flush();
    kind = kinds[i];
    if (kind) run.push(t.text);
  });
  flush();
  return out;
}

describe('findTemporal', () => {
  it('marks day and month names, and dates written with them', () => {
    expect(marked('Smith spoke on Tuesday about the vote of March 3, 2015.')).toEqual(['Tuesday:DATE', 'March 3 , 2015:DATE']);
    expect(marked('It opened on 8 February 1700 and on Dec. 9 and Sept. 11.')).toEqual(['8 February 1700:DATE', 'Dec. 9:DATE', 'Sept. 11:DATE']);
  });

  it('reads a month’s short form without its stop before a capitalised word as a given name', () => {
    expect(marked('Economist Jan Hatzius spoke, and Jan Brewer agreed.')).toEqual([]);
    expect(marked('They mourned Jan van der Berg and Jan de Boer.')).toEqual([]);
    expect(marked('It opened in Jan 2015 and again on Sept Monday.')).toEqual(['Jan 2015:DATE', 'Sept Monday:DATE']);
  });

  it('reads "May" and "March" as months only where a date is meant', () => {
    expect(marked('Theresa May said so in May.')).toEqual(['May:DATE']);
    expect(marked('The March of Dimes met by March of next year.')).toEqual(['March:DATE', 'next year:DATE']);
    expect(marked('He joined the March on Washington.')).toEqual([]);
  });

  it('marks relative dates and times of day', () => {
    expect(marked('Smith last week said that this morning was calm.')).toEqual(['last week:DATE', 'this morning:TIME']);
    expect(marked('Yesterday was fine, and tonight will be too.')).toEqual(['Yesterday:DATE', 'tonight:TIME']);
    expect(marked('Two years ago, a few minutes later.')).toEqual(['Two years ago:DATE', 'a few minutes later:TIME']);
  });

  it('marks clock times with their zone', () => {
    expect(marked('The polls close at 10:30 a.m. EST and at 9PM sharp.')).toEqual(['10:30 a.m. EST:TIME', '9PM:TIME']);
  });

  it('marks durations and stretches of time', () => {
    expect(marked('He served for two years, since 2013.')).toEqual(['two years:DURATION', 'since 2013:DURATION']);
    expect(marked('Prices rose from 1998 to 2004.')).toEqual(['from 1998 to 2004:DURATION']);
  });

  it('marks years, decades, eras and parts of periods', () => {
    expect(marked('In the 1990s, by the 7th century BC and 300 BC.')).toEqual(['1990s:DATE', '7th century BC:DATE', '300 BC:DATE']);
    expect(marked('A deal by the end of the year.')).toEqual(['end of the year:DATE']);
  });

  it('leaves names and common words alone', () => {
    expect(marked('Century Gardens Towers and the Sun reported; the fall of Rome.')).toEqual([]);
    expect(marked('A week after Trump spoke, 12 people came.')).toEqual(['A week:DURATION']);
  });

  it('reads abbreviated days only with a full stop or in a range', () => {
    expect(marked('Open Mon-Fri, closed Sun. and Wed.')).toEqual(['Mon:DATE', 'Fri:DATE', 'Sun.:DATE', 'Wed.:DATE']);
  });
});
