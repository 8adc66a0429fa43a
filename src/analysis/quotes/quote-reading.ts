/**
 * A pronoun's reading for the quotation it attributes. The salience model reads each pronoun
 * once, for the narrative (discourse-salience.ts); the quotation and its clause add evidence,
 * and the choice is made again:
 * - speakers say "I", not their own names, so a person the quotation itself names ("“Garrow
 *   cannot win,” he said") is unlikely to be who "he" stands for, nor is one named after the
 *   pronoun in its own clause ("he told Garrow", "he said of Garrow"): they are discounted;
 * - a person the narration just reported as speaking ("Garrow will lose, Keane said. “…,” he
 *   said") most often goes on speaking: they are weighted up (reported-speakers.ts).
 */
import type { Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities } from '../types.js';
import { decide, type PronounReading } from './discourse-salience.js';
import type { SieveInput } from './speaker-sieves.js';

/** Share of its salience kept by a candidate the quotation names. */
const NAMED_IN_QUOTE = 0.5;
/**
 * Weight of having spoken: a candidate the narration reported as speaking in the sentence
 * before has their salience multiplied by 1.5, in the same sentence by 2.
 */
const SPOKE = 1;
/** Least speaker salience that counts: a reporting clause in the sentence before. */
const MIN_SPOKE = 50;

/** The entities named inside the fragments `quote`. */
function namedInside(entities: AnalysedEntities, quote: readonly Span[]): Set<number> {
  const found = new Set<number>();
  for (const m of entities.mentions) if (quote.some((f) => f.start <= m.start && m.end <= f.end)) found.add(m.entity);
  return found;
}

/** Punctuation ending the words of a reporting clause after its subject. */
const CLAUSE_END = new Set([',', '.', ';', ':', '?', '!', '—', '–', '“', '”', '"', "''", '(']);

/**
 * The entities named in the pronoun's own clause, after it: "he told Keane", "she said of
 * Garrow" name whom the speaker addressed or spoke about, not the speaker.
 */
function namedInClause(input: SieveInput): number[] {
  const { doc, entities, range } = input;
  let end = range.end;
  while (end < doc.tokens.length && end - range.end < 8 && !CLAUSE_END.has((doc.tokens[end] as Token).text)) end++;
  return entities.mentions.filter((m) => m.tokenStart >= range.end && m.tokenEnd <= end).map((m) => m.entity);
}

/** The reading of the pronoun `input` names, for the quotation being attributed; read once per pronoun and quotation. */
export function readingForQuote(input: SieveInput): PronounReading | undefined {
  const { context } = input;
  const last = context.quoteReading;
  if (last && last.quote === context.current && last.start === input.range.start) return last.reading;
  const reading = readQuotePronoun(input);
  if (context.current) context.quoteReading = { quote: context.current, start: input.range.start, reading };
  return reading;
}

function readQuotePronoun(input: SieveInput): PronounReading | undefined {
  const reading = input.context.discourse().readings.get(input.range.start);
  const quote = input.context.current;
  if (!reading || !quote || reading.candidates.length === 0) return reading;
  const named = namedInside(input.entities, quote);
  for (const entity of namedInClause(input)) named.add(entity);
  const discounted = (entity: number | undefined): boolean => entity !== undefined && named.has(entity);
  if (!reading.candidates.some((c) => discounted(c.referent.entity) || (c.spoke ?? 0) >= MIN_SPOKE)) return reading;
  const candidates = reading.candidates
    .map((c) => {
      let factor = discounted(c.referent.entity) ? NAMED_IN_QUOTE : 1;
      if (c.spoke !== undefined && c.spoke >= MIN_SPOKE) factor *= 1 + (SPOKE * c.spoke) / 100;
      return factor === 1 ? c : { ...c, score: Math.round(c.score * factor * 10) / 10 };
    })
    .sort((a, b) => b.score - a.score);
  return decide(candidates);
}
