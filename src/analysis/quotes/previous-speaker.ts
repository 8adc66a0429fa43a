/**
 * Speaker continuity: in news copy, "he said" or "she continued" after a quotation most often
 * goes on with the person just quoted. When the salience model cannot tell whom a pronoun
 * means (two people about as salient, or nobody in reach, see discourse-salience.ts), the
 * speaker of the direct quotation just before, in the same paragraph or the one before, is
 * meant, provided they agree with the pronoun and, where the model weighed candidates, are
 * among the leaders. A pronoun the model resolved is left to it, and a person the reporter
 * names between the two quotations signals a change of speaker ("Former President Bill
 * Clinton agreed. … “…,” he said"), so then nothing is chosen.
 */
import type { Token } from '../../nlp/document.js';
import type { SpeakerFinding } from '../types.js';
import type { PronounReading } from './discourse-salience.js';
import { paragraphAt } from './quote-context.js';
import { isSubject } from './subject-position.js';
import { readingForQuote } from './quote-reading.js';
import type { SieveInput, SpeakerSieve } from './speaker-sieves.js';

/** How many paragraphs back the quotation before may stand. */
const REACH_PARAGRAPHS = 1;
/** Candidates within this factor of the leader count as leaders (the model's own margin). */
const CLOSE = 1.25;

/** True when the previous speaker may be what `pronoun` stands for. */
function agrees(input: SieveInput, pronoun: string, speaker: Pick<SpeakerFinding, 'entity' | 'name'>): boolean {
  if (speaker.entity === undefined) return pronoun === 'they' && speaker.name.includes(' and ');
  const entity = input.entities.entities[speaker.entity];
  if (!entity) return false;
  if (pronoun === 'it') return entity.type === 'organization';
  if (pronoun === 'they') return entity.type === 'organization';
  if (entity.type !== 'person') return false;
  const gender = input.context.discourse().genders.get(entity.index) ?? entity.gender;
  return gender === undefined || gender === (pronoun === 'he' ? 'male' : 'female');
}

/** True when the reading left the speaker among the leaders, or weighed nobody who fits. */
function amongLeaders(reading: PronounReading, speaker: SpeakerFinding): boolean {
  if (reading.unresolved === 'no-candidate') return true;
  if (reading.unresolved !== 'too-close') return false;
  const best = reading.candidates[0]?.score ?? 0;
  return reading.candidates.some((c) => c.referent.entity !== undefined && c.referent.entity === speaker.entity && c.score * CLOSE >= best);
}

/**
 * True when the reporter makes someone else the pronoun could stand for the subject of a
 * clause between `from` and `to` (outside quotations): "Bill Clinton agreed", not "for Cruz".
 */
function someoneElseNamed(input: SieveInput, pronoun: string, speaker: SpeakerFinding, from: number, to: number): boolean {
  return input.entities.mentions.some(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      m.entity !== speaker.entity &&
      !input.context.quoted.some((q) => q.start <= m.start && m.end <= q.end) &&
      agrees(input, pronoun, { entity: m.entity, name: m.text }) &&
      isSubject(input.doc, m.tokenStart, m.tokenEnd),
  );
}

/** "…,” Cole said. “…,” he said": the person quoted just before, when salience alone cannot tell. */
export const previousSpeaker: SpeakerSieve = {
  name: 'previous-speaker',
  run(input) {
    const previous = input.context.previous;
    const first = input.range.end - input.range.start === 1 ? (input.doc.tokens[input.range.start] as Token) : undefined;
    if (!previous || !first || first.pos !== 'PRON') return undefined;
    const reading = readingForQuote(input);
    if (!reading || reading.chosen) return undefined;
    const paragraph = paragraphAt(input.doc, first.start)?.index ?? -1;
    if (paragraph - previous.paragraph > REACH_PARAGRAPHS || !agrees(input, first.normal, previous.speaker) || !amongLeaders(reading, previous.speaker)) return undefined;
    if (someoneElseNamed(input, first.normal, previous.speaker, previous.end, first.start)) return undefined;
    return { speaker: { ...previous.speaker, mention: input.words } };
  },
};
