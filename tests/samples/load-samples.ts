/**
 * Loads the sample articles (samples/*.txt) with their expectation files
 * (tests/samples/<name>.expected.json), and checks that an expectation is well formed and
 * grounded in its article: a typo in a hand-written expectation must fail loudly, not make the
 * analysis look wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize, type SampleExpectation } from './sample-expectation.js';

/** Folder of the sample articles. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
/** Folder of the expectation files. */
export const EXPECTATIONS_DIR = fileURLToPath(new URL('./', import.meta.url));

/** One sample article and, when written, its expectation (unparsed: see {@link checkExpectation}). */
export interface Sample {
  name: string;
  /** Path relative to the project root, passed as the report's source. */
  source: string;
  text: string;
  expectation: unknown;
}

/** Every samples/*.txt, sorted by name, with its expectation file's JSON or undefined. */
export function loadSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const expPath = `${EXPECTATIONS_DIR}${name}.expected.json`;
      return {
        name,
        source: `samples/${file}`,
        text: readFileSync(`${SAMPLES_DIR}${file}`, 'utf8'),
        expectation: existsSync(expPath) ? JSON.parse(readFileSync(expPath, 'utf8')) : undefined,
      };
    });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Start offsets (in the normalized text) where `phrase` occurs as whole words. */
function occurrences(normText: string, phrase: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(normalize(phrase))}(?![\\p{L}\\p{N}])`, 'gu');
  return [...normText.matchAll(re)].map((m) => m.index);
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems with the shape of an expectation file; empty when it is a {@link SampleExpectation}. */
function checkShape(exp: unknown): string[] {
  if (!isObject(exp)) return ['expectation is not a JSON object'];
  const problems: string[] = [];
  for (const key of ['people', 'places', 'organizations', 'notEntities', 'quotes', 'partials']) {
    if (!Array.isArray(exp[key])) problems.push(`"${key}" must be an array`);
  }
  if (problems.length) return problems;
  const each = (key: string, test: (e: Record<string, unknown>) => boolean): void => {
    (exp[key] as unknown[]).forEach((e, i) => {
      if (!isObject(e) || !test(e)) problems.push(`${key}[${i}] is malformed: ${JSON.stringify(e)}`);
    });
  };
  const optStrings = (v: unknown): boolean => v === undefined || isStrings(v);
  const optCount = (v: unknown): boolean => v === undefined || (Number.isInteger(v) && (v as number) >= 1);
  each('people', (e) => typeof e.name === 'string' && optStrings(e.titles) && optStrings(e.aliasesInclude) && optCount(e.minMentions));
  each('places', (e) => typeof e.name === 'string' && optStrings(e.writtenAs) && optCount(e.minMentions));
  each('organizations', (e) => typeof e.name === 'string' && optStrings(e.aliasesInclude) && optCount(e.minMentions));
  each('quotes', (e) => typeof e.startsWith === 'string' && (e.kind === 'direct' || e.kind === 'transcript') && typeof e.speaker === 'string' &&
    (e.cue === null || typeof e.cue === 'string') && Number.isInteger(e.fragments) && (e.fragments as number) >= 1 &&
    (e.speakerIsDescription === undefined || typeof e.speakerIsDescription === 'boolean'));
  each('partials', (e) => typeof e.text === 'string');
  if (!isStrings(exp.notEntities)) problems.push('"notEntities" must be an array of strings');
  return problems;
}

/**
 * Problems with an expectation for `text`: its shape, and every name, alias, title, quote and
 * partial it lists must occur in the article; quotes in text order; speakers among the people;
 * mention counts no higher than the article's occurrences of the name's words.
 */
export function checkExpectation(exp: unknown, text: string): string[] {
  const shape = checkShape(exp);
  if (shape.length) return shape;
  const e = exp as SampleExpectation;
  const t = normalize(text);
  const problems: string[] = [];
  const mustOccur = (what: string, phrase: string): void => {
    if (occurrences(t, phrase).length === 0) problems.push(`${what} "${phrase}" does not occur in the article`);
  };
  const names = new Set<string>();
  for (const p of e.people) {
    if (names.has(p.name)) problems.push(`person "${p.name}" listed twice`);
    names.add(p.name);
    for (const word of p.name.split(' ')) mustOccur(`word of person name`, word);
    for (const a of p.aliasesInclude ?? []) mustOccur(`alias of ${p.name}`, a);
    for (const title of p.titles ?? []) mustOccur(`title of ${p.name}`, title);
    const positions = new Set([...p.name.split(' '), ...(p.aliasesInclude ?? [])].flatMap((w) => occurrences(t, w)));
    if ((p.minMentions ?? 0) > positions.size) problems.push(`person "${p.name}": minMentions ${p.minMentions} but its name words occur only ${positions.size} times`);
  }
  for (const p of e.places) {
    if (![p.name, ...(p.writtenAs ?? [])].some((f) => occurrences(t, f).length > 0)) problems.push(`place "${p.name}" occurs in none of its forms`);
  }
  const organizations = new Set(e.organizations.map((o) => o.name));
  for (const o of e.organizations) {
    mustOccur('organization', o.name);
    for (const a of o.aliasesInclude ?? []) mustOccur(`alias of ${o.name}`, a);
  }
  for (const word of e.notEntities) mustOccur('notEntities word', word);
  let last = -1;
  for (const q of e.quotes) {
    const at = t.indexOf(normalize(q.startsWith));
    if (at < 0) problems.push(`quote «${q.startsWith}» does not occur in the article`);
    else if (at <= last) problems.push(`quote «${q.startsWith}» is out of text order`);
    else if (q.kind === 'transcript' ? !/: $/.test(t.slice(at - 2, at)) : t[at - 1] !== '"') {
      problems.push(`quote «${q.startsWith}» does not start right after ${q.kind === 'transcript' ? 'a speaker label' : 'a quotation mark'}`);
    }
    last = Math.max(last, at);
    // A speaker is a person, people named together ("Ana Cortez and Mark Ellison"), an
    // organization, or (speakerIsDescription) the words of the article naming them.
    const group = q.speaker.split(' and ');
    const known = names.has(q.speaker) || organizations.has(q.speaker) || (group.length === 2 && group.every((n) => names.has(n)));
    if (!q.speakerIsDescription && !known) problems.push(`quote «${q.startsWith}»: speaker "${q.speaker}" is not among the people or organizations`);
    if (q.speakerIsDescription) mustOccur('speaker description', q.speaker);
    // A colon introducing a roundup or transcript line is the cue of a quote with no verb.
    if (q.cue !== null && q.cue !== ':') mustOccur('cue', q.cue);
  }
  for (const p of e.partials) {
    if (!t.includes(normalize(p.text))) problems.push(`partial «${p.text}» does not occur in the article`);
  }
  return problems;
}
