/**
 * A pronoun's reading for the quotation it attributes. The salience model reads each pronoun
 * once, for the narrative (discourse-salience.ts); a quotation adds what the speaker says.
 * Speakers say "I", not their own names, so a person the quotation itself names ("“Garrow
 * cannot win,” he said") is unlikely to be who "he" stands for: such a candidate is
 * discounted for that quotation and the choice is made again.
 */
import type { Span } from '../../nlp/document.js';
import type { AnalysedEntities } from '../types.js';
import { decide, type PronounReading } from './discourse-salience.js';
import type { SieveInput } from './speaker-sieves.js';

/** Share of its salience kept by a candidate the quotation names. */
const NAMED_IN_QUOTE = 0.5;

/** The entities named inside the fragments `quote`. */
function namedInside(entities: AnalysedEntities, quote: readonly Span[]): Set<number> {
  const found = new Set<number>();
  for (const m of entities.mentions) if (quote.some((f) => f.start <= m.start && m.end <= f.end)) found.add(m.entity);
  return found;
}

/** The reading of the pronoun `input` names, for the quotation being attributed. */
export function readingForQuote(input: SieveInput): PronounReading | undefined {
  const reading = input.context.discourse().readings.get(input.range.start);
  const quote = input.context.current;
  if (!reading || !quote || reading.candidates.length === 0) return reading;
  const named = namedInside(input.entities, quote);
  const discounted = (entity: number | undefined): boolean => entity !== undefined && named.has(entity);
  if (!reading.candidates.some((c) => discounted(c.referent.entity))) return reading;
  const candidates = reading.candidates
    .map((c) => (discounted(c.referent.entity) ? { ...c, score: Math.round(c.score * NAMED_IN_QUOTE * 10) / 10 } : c))
    .sort((a, b) => b.score - a.score);
  return decide(candidates);
}
