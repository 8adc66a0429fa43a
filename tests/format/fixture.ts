/**
 * A hand-made report over a short invented news passage, with real offsets, for formatter
 * tests. Built by hand (not by the analysis) so formatter tests do not move when it improves.
 */
import type { Fragment, Mention, Quote, Report } from '../../src/report.js';

export const PASSAGE =
  'BERLIN — Chancellor Olaf Scholz said on Monday that Germany would send more aid. ' +
  '“We will not waver,” Scholz told reporters at the Reichstag. ' +
  'NATO Secretary-General Ingrid Halvorsen called the package “a turning point” for the alliance. ' +
  '“It matters,” a spokeswoman for the European Commission said in Brussels.';

/** Every occurrence of `text` in the passage, as mentions. */
export function mentionsOf(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (let at = PASSAGE.indexOf(text); at >= 0; at = PASSAGE.indexOf(text, at + 1)) {
    mentions.push({ start: at, end: at + text.length, text });
  }
  return mentions;
}

function fragmentOf(quoted: string): Fragment {
  const start = PASSAGE.indexOf(quoted);
  return { start, end: start + quoted.length };
}

function quote(kind: Quote['kind'], marked: string, speaker: string | null, said: string | null, cue: string | null): Quote {
  return {
    text: marked.slice(1, -1).replace(/,$/, ''),
    kind,
    fragments: [fragmentOf(marked)],
    speaker: speaker === null ? null : { name: speaker, mention: said === null ? null : mentionsOf(said)[0] ?? null },
    cue,
  };
}

/** The report for {@link PASSAGE}. */
export function sampleReport(): Report {
  return {
    type: 'report',
    schemaVersion: 1,
    source: 'news/berlin-aid.txt',
    stats: { characters: PASSAGE.length, words: 46, sentences: 4, paragraphs: 1 },
    people: [
      {
        name: 'Olaf Scholz',
        aliases: ['Scholz'],
        titles: ['Chancellor'],
        mentions: [...mentionsOf('Olaf Scholz'), ...mentionsOf('Scholz told').map((m) => ({ ...m, end: m.start + 6, text: 'Scholz' }))],
        quoteCount: 1,
      },
      {
        name: 'Ingrid Halvorsen',
        aliases: [],
        titles: ['NATO Secretary-General'],
        mentions: mentionsOf('Ingrid Halvorsen'),
        quoteCount: 1,
      },
    ],
    places: [
      { name: 'Berlin', aliases: ['BERLIN'], kind: 'city', country: 'DE', mentions: mentionsOf('BERLIN') },
      { name: 'Germany', aliases: [], kind: 'country', country: 'DE', mentions: mentionsOf('Germany') },
      { name: 'Reichstag', aliases: [], kind: 'place', mentions: mentionsOf('Reichstag') },
      { name: 'Brussels', aliases: [], kind: 'city', country: 'BE', mentions: mentionsOf('Brussels') },
    ],
    organizations: [
      { name: 'NATO', aliases: [], mentions: mentionsOf('NATO') },
      { name: 'European Commission', aliases: [], mentions: mentionsOf('European Commission') },
    ],
    quotes: [
      quote('direct', '“We will not waver,”', 'Olaf Scholz', 'Scholz told', 'told'),
      quote('partial', '“a turning point”', 'Ingrid Halvorsen', 'Ingrid Halvorsen', 'called'),
      quote('direct', '“It matters,”', 'a spokeswoman for the European Commission', 'a spokeswoman', 'said'),
    ],
  };
}

/** A report with nothing found, as for an empty file. */
export function emptyReport(source = 'empty.txt'): Report {
  return {
    type: 'report',
    schemaVersion: 1,
    source,
    stats: { characters: 0, words: 0, sentences: 0, paragraphs: 0 },
    people: [],
    places: [],
    organizations: [],
    quotes: [],
  };
}
