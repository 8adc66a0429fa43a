/**
 * Comparison of a {@link Report} with the hand-written expectations of a sample article
 * (tests/samples/*.expected.json, format in tests/samples/README.md). Every check returns a list
 * of problems, one readable sentence each, saying what was expected and what was found: the test
 * asserts the list is empty, so a failure prints exactly what the analysis got wrong.
 */
import type { Mention, Organization, Person, Place, Quote, Report } from '../../src/report.js';
import { nameKey, normalize, orgKey, quoteKey, type SampleExpectation } from './sample-expectation.js';

export type { SampleExpectation };

function titleKey(s: string): string {
  return normalize(s).replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** Words of a cue without punctuation: "said:" and "said" are the same verb. */
function cueKey(s: string): string {
  return normalize(s).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function stripArticle(s: string): string {
  return s.replace(/^(a|an|the) /, '');
}

/** Whether `phrase` occurs as whole words in `text` (both already normalized). */
function hasWords(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

const show = (m: Mention): string => `"${m.text}"@${m.start}`;
const showMentions = (ms: readonly Mention[] = []): string =>
  ms.length === 0 ? 'no mentions' : ms.slice(0, 8).map(show).join(', ') + (ms.length > 8 ? ', …' : '');
const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The exact set of people, their titles, aliases and mention counts. */
export function checkPeople(report: Report, expected: SampleExpectation): string[] {
  const problems: string[] = [];
  const found = report.people ?? [];
  const byKey = new Map<string, Person>();
  for (const p of found) byKey.set(nameKey(p.name), p);
  for (const want of expected.people) {
    const got = byKey.get(nameKey(want.name));
    if (!got) {
      const parts = want.name.split(' ').map(nameKey);
      const near = found.filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => parts.includes(nameKey(n)) || parts.some((w) => hasWords(nameKey(n), w))));
      problems.push(`missing person "${want.name}"` + (near.length ? ` (closest reported: ${near.map((p) => `"${p.name}"`).join(', ')})` : ''));
      continue;
    }
    const titles = (got.titles ?? []).map(titleKey);
    for (const t of want.titles ?? []) {
      if (!titles.some((r) => hasWords(r, titleKey(t)))) problems.push(`person "${want.name}": expected title "${t}", found titles ${JSON.stringify(got.titles ?? [])}`);
    }
    const aliases = (got.aliases ?? []).map(nameKey);
    for (const a of want.aliasesInclude ?? []) {
      if (!aliases.includes(nameKey(a))) problems.push(`person "${want.name}": expected alias "${a}", found aliases ${JSON.stringify(got.aliases ?? [])}`);
    }
    if (want.minMentions !== undefined && (got.mentions ?? []).length < want.minMentions) {
      problems.push(`person "${want.name}": expected at least ${want.minMentions} mentions, found ${(got.mentions ?? []).length}: ${showMentions(got.mentions)}`);
    }
  }
  const wanted = new Set(expected.people.map((p) => nameKey(p.name)));
  for (const p of found) {
    if (!wanted.has(nameKey(p.name))) problems.push(`unexpected person "${p.name}" (${showMentions(p.mentions)})`);
  }
  return problems;
}

interface Named {
  name: string;
  aliases?: string[];
  mentions?: Mention[];
}

/**
 * Pairs reported entities with expected ones, one to one: first on the reported name, then on
 * any of its aliases or mention texts. Returns the pairs and the unpaired on both sides.
 */
function pairUp<T extends Named>(found: readonly T[], expectedForms: string[][], key: (s: string) => string, lenient: boolean): { pairs: Map<number, T>; extra: T[] } {
  const pairs = new Map<number, T>();
  const used = new Set<T>();
  const passes: ((e: T) => string[])[] = [(e) => [e.name]];
  if (lenient) passes.push((e) => [e.name, ...(e.aliases ?? []), ...(e.mentions ?? []).map((m) => m.text)]);
  for (const formsOf of passes) {
    expectedForms.forEach((forms, i) => {
      if (pairs.has(i)) return;
      const keys = forms.map(key);
      const hit = found.find((e) => !used.has(e) && formsOf(e).some((f) => keys.includes(key(f))));
      if (hit) {
        pairs.set(i, hit);
        used.add(hit);
      }
    });
  }
  return { pairs, extra: found.filter((e) => !used.has(e)) };
}

/** The exact set of places; the reported name may be the canonical or any written form. */
export function checkPlaces(report: Report, expected: SampleExpectation): string[] {
  const problems: string[] = [];
  const forms = expected.places.map((p) => [p.name, ...(p.writtenAs ?? [])]);
  const { pairs, extra } = pairUp<Place>(report.places ?? [], forms, nameKey, true);
  expected.places.forEach((want, i) => {
    const got = pairs.get(i);
    if (!got) problems.push(`missing place "${want.name}"` + (want.writtenAs ? ` (written ${want.writtenAs.map((w) => `"${w}"`).join(', ')})` : ''));
    else if (want.minMentions !== undefined && (got.mentions ?? []).length < want.minMentions) {
      problems.push(`place "${want.name}": expected at least ${want.minMentions} mentions, found ${(got.mentions ?? []).length}: ${showMentions(got.mentions)}`);
    }
    if (got && want.nestedIn) {
      const hosts = (report.organizations ?? []).filter((o) => nameKey(o.name) === nameKey(want.nestedIn as string)).flatMap((o) => o.mentions ?? []);
      for (const m of got.mentions ?? []) {
        if (!m.nested || !hosts.some((h) => h.start <= m.start && m.end <= h.end)) problems.push(`place "${want.name}": mention ${show(m)} should be nested in "${want.nestedIn}"`);
      }
    }
  });
  for (const p of extra) problems.push(`unexpected place "${p.name}" (${showMentions(p.mentions)})`);
  return problems;
}

/** The exact set of organizations, by canonical name (corporate suffix optional), and their aliases. */
export function checkOrganizations(report: Report, expected: SampleExpectation): string[] {
  const problems: string[] = [];
  const found = report.organizations ?? [];
  const { pairs, extra } = pairUp<Organization>(found, expected.organizations.map((o) => [o.name]), orgKey, false);
  expected.organizations.forEach((want, i) => {
    const got = pairs.get(i);
    if (!got) {
      const near = extra.filter((o) => [...(o.aliases ?? []), ...(o.mentions ?? []).map((m) => m.text)].some((f) => orgKey(f) === orgKey(want.name)));
      problems.push(`missing organization "${want.name}"` + (near.length ? ` (reported under the name ${near.map((o) => `"${o.name}"`).join(', ')})` : ''));
      return;
    }
    const aliases = (got.aliases ?? []).map(orgKey);
    for (const a of want.aliasesInclude ?? []) {
      if (!aliases.includes(orgKey(a))) problems.push(`organization "${want.name}": expected alias "${a}", found aliases ${JSON.stringify(got.aliases ?? [])}`);
    }
    if (want.minMentions !== undefined && (got.mentions ?? []).length < want.minMentions) {
      problems.push(`organization "${want.name}": expected at least ${want.minMentions} mentions, found ${(got.mentions ?? []).length}: ${showMentions(got.mentions)}`);
    }
  });
  for (const o of extra) problems.push(`unexpected organization "${o.name}" (${showMentions(o.mentions)})`);
  return problems;
}

/** No entity of any kind is named, aliased or mentioned as one of the `notEntities` words. */
export function checkNotEntities(report: Report, expected: SampleExpectation): string[] {
  const problems: string[] = [];
  const kinds: [string, Named[]][] = [['person', report.people ?? []], ['place', report.places ?? []], ['organization', report.organizations ?? []]];
  for (const word of expected.notEntities) {
    const w = nameKey(word);
    for (const [kind, list] of kinds) {
      for (const e of list) {
        const hits = (e.mentions ?? []).filter((m) => nameKey(m.text) === w);
        if (nameKey(e.name) === w || (e.aliases ?? []).some((a) => nameKey(a) === w) || hits.length > 0) {
          problems.push(`"${word}" is not an entity, but was reported in ${kind} "${e.name}"` + (hits.length ? ` (mentions ${hits.map(show).join(', ')})` : ''));
        }
      }
    }
  }
  return problems;
}

const firstStart = (q: Quote): number => q.fragments?.[0]?.start ?? -1;

/** Every expected direct quote and transcript turn, with speaker, cue and fragments; and no other. */
export function checkDirectQuotes(report: Report, expected: SampleExpectation): string[] {
  const problems: string[] = [];
  const quotes = [...(report.quotes ?? [])].sort((a, b) => firstStart(a) - firstStart(b));
  const used = new Set<Quote>();
  for (const want of expected.quotes) {
    const label = `quote «${clip(want.startsWith, 40)}…»`;
    const got = quotes.find((q) => !used.has(q) && quoteKey(q.text ?? '').startsWith(quoteKey(want.startsWith)));
    if (!got) {
      problems.push(`missing direct ${label} (by ${want.speaker})`);
      continue;
    }
    used.add(got);
    if (got.kind !== want.kind) problems.push(`${label}: expected kind "${want.kind}", found "${got.kind}"`);
    const speaker = got.speaker ? `"${got.speaker.name}"` + (got.speaker.mention ? ` (mention ${show(got.speaker.mention)})` : ' (no mention)') : 'no speaker';
    const speakerOk = got.speaker !== null && got.speaker !== undefined &&
      (want.speakerIsDescription
        ? stripArticle(nameKey(got.speaker.name)) === stripArticle(nameKey(want.speaker))
        : nameKey(got.speaker.name) === nameKey(want.speaker));
    if (!speakerOk) problems.push(`${label}: expected speaker ${want.speakerIsDescription ? 'description ' : ''}"${want.speaker}", found ${speaker}`);
    if (want.cue === null) {
      if (got.cue) problems.push(`${label}: expected no cue (the quote has no reporting verb), found "${got.cue}"`);
    } else if (!got.cue || !hasWords(cueKey(got.cue), cueKey(want.cue))) {
      problems.push(`${label}: expected cue "${want.cue}", found ${got.cue ? `"${got.cue}"` : 'none'}`);
    }
    const frags = got.fragments ?? [];
    if (frags.length !== want.fragments) {
      problems.push(`${label}: expected ${want.fragments} fragment(s), found ${frags.length}: ${frags.map((f) => `[${f.start},${f.end})`).join(' ')}`);
    }
  }
  for (const q of quotes) {
    if (q.kind !== 'partial' && !used.has(q)) problems.push(`unexpected ${q.kind === 'transcript' ? 'transcript turn' : 'direct quote'} at ${firstStart(q)}: «${clip(q.text ?? '')}»`);
  }
  return problems;
}

/** Every expected partial quote reported as kind "partial", and no other partial. */
export function checkPartials(report: Report, expected: SampleExpectation): string[] {
  const problems: string[] = [];
  const quotes = report.quotes ?? [];
  const used = new Set<Quote>();
  for (const want of expected.partials) {
    const got = quotes.find((q) => !used.has(q) && quoteKey(q.text ?? '') === quoteKey(want.text));
    if (!got) {
      problems.push(`missing partial quote «${want.text}»`);
      continue;
    }
    used.add(got);
    if (got.kind !== 'partial') problems.push(`«${want.text}» is a partial quote, but was reported as "${got.kind}"`);
  }
  for (const q of quotes) {
    if (q.kind === 'partial' && !used.has(q)) problems.push(`unexpected partial quote at ${firstStart(q)}: «${clip(q.text ?? '')}»`);
  }
  return problems;
}

const TITLE_AT_START = /^(mr|mrs|ms|dr|sen|gov|gen|rep|prof|president|chancellor|prime minister|mayor|councilwoman|councilman)\b/i;

/** Every mention and fragment lies in the text and slices exactly what it claims. */
export function checkOffsets(report: Report, text: string): string[] {
  const problems: string[] = [];
  const inside = (s: number, e: number): boolean => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length;
  const mention = (where: string, m: Mention): void => {
    if (!inside(m.start, m.end)) problems.push(`${where}: mention "${m.text}" has bad offsets [${m.start},${m.end})`);
    else if (text.slice(m.start, m.end) !== m.text) problems.push(`${where}: mention claims "${m.text}" but [${m.start},${m.end}) is "${text.slice(m.start, m.end)}"`);
  };
  for (const p of report.people ?? []) {
    for (const m of p.mentions ?? []) {
      mention(`person "${p.name}"`, m);
      if (/['’]s?$/.test(m.text)) problems.push(`person "${p.name}": mention "${m.text}"@${m.start} includes the possessive`);
      if (TITLE_AT_START.test(m.text)) problems.push(`person "${p.name}": mention "${m.text}"@${m.start} includes the title`);
    }
  }
  for (const p of report.places ?? []) for (const m of p.mentions ?? []) mention(`place "${p.name}"`, m);
  for (const o of report.organizations ?? []) for (const m of o.mentions ?? []) mention(`organization "${o.name}"`, m);
  for (const q of report.quotes ?? []) {
    const label = `quote «${clip(q.text ?? '', 30)}»`;
    if (q.speaker?.mention) mention(`${label} speaker`, q.speaker.mention);
    for (const f of q.fragments ?? []) {
      if (!inside(f.start, f.end)) problems.push(`${label}: fragment has bad offsets [${f.start},${f.end})`);
      // A transcript's turn has no marks: it starts after its label's colon and ends its line.
      else if (q.kind === 'transcript') {
        if (!/: $/.test(text.slice(f.start - 2, f.start)) || !/^(?:\n|$)/.test(text.slice(f.end))) problems.push(`${label}: turn [${f.start},${f.end}) is not a labelled line's words`);
      } else if (!/^["“]/.test(text.slice(f.start, f.end))) problems.push(`${label}: fragment [${f.start},${f.end}) does not start at a quotation mark: "${clip(text.slice(f.start, f.end), 20)}"`);
    }
  }
  return problems;
}
