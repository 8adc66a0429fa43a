/**
 * Stage: transcript turns. A broadcast or debate transcript gives each turn a line of its own,
 * opened by the speaker's label in capitals and a colon ("TAPPER: Do you think …", "SEN.
 * GARROW: Well, …"): no quotation marks, yet every word of the line is the labelled speaker's.
 * Such lines are reported as quotations of kind `transcript`, each with its label's speaker.
 * A document holds a transcript only where {@link MIN_TURNS} lines open so, each label naming
 * someone, and two labels differ: one "UPDATE:" line, a run of "NOTE:" lines, or a notice's
 * "WHEN:", "WHERE:" is no conversation.
 */
import type { NlpDocument, Paragraph, Span, Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { AnalysedEntities, QuoteFinding } from '../types.js';
import { tokenIndexAt, type TokenRange } from './quote-context.js';
import { resolveSpeakerExplained, speakerContext } from './resolve-speaker.js';
import { NOT_SPEAKER_LABELS } from '../lexicon/cue-words.js';

/** Fewest labelled lines that make a transcript. */
const MIN_TURNS = 3;
/** Most words a label holds ("SEN. ANN GARROW", "FORMER GOV. JOHN KASICH"). */
const MAX_LABEL_WORDS = 4;
/** A word of a label: capitals, perhaps with a title's stop, a hyphen or an apostrophe ("O'DONNELL"). */
const LABEL_WORD = /^\p{Lu}[\p{Lu}'’.-]*$/u;
/** Marks that open a quotation: a turn written in them is quoted speech, which the quotation stage reads. */
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«', "''"]);

/** A labelled line: the label's tokens and the turn's words after the colon. */
interface Turn {
  label: TokenRange;
  words: Span;
}

/** The labelled line a paragraph opens with, or undefined. */
function turnOf(doc: NlpDocument, paragraph: Paragraph): Turn | undefined {
  const first = tokenIndexAt(doc, paragraph.start);
  if (first >= doc.tokens.length) return undefined;
  let k = first;
  while (k < doc.tokens.length && k - first < MAX_LABEL_WORDS && LABEL_WORD.test((doc.tokens[k] as Token).text) && (doc.tokens[k] as Token).start < paragraph.end) k++;
  const colon = doc.tokens[k];
  const after = doc.tokens[k + 1];
  if (k === first || colon?.text !== ':' || !after || after.start >= paragraph.end || OPENING_MARKS.has(after.text)) return undefined;
  const words = doc.tokens.slice(first, k);
  // A label names someone: a word of two letters or more, and no heading word ("UPDATE:").
  if (!words.some((t) => /\p{Lu}{2}/u.test(t.text)) || NOT_SPEAKER_LABELS.has((words[0] as Token).normal.replace(/\.$/u, ''))) return undefined;
  return { label: { start: first, end: k }, words: { start: after.start, end: paragraph.end } };
}

/** Shortest word of a label that names someone by itself. */
const MIN_NAME_LETTERS = 3;

/**
 * True when a label names someone: a person of the article, or a word shaped as a name that
 * is no common word ("WHEN:", "LOCATION:", "EDIT:" head the lines of a notice, not turns).
 */
function namesSomeone(doc: NlpDocument, entities: AnalysedEntities, gazetteer: Gazetteer, label: TokenRange, entity: number | undefined): boolean {
  if (entity !== undefined) return entities.entities[entity]?.type === 'person';
  return doc.tokens.slice(label.start, label.end).some((t) => /^\p{Lu}+$/u.test(t.text) && t.text.length >= MIN_NAME_LETTERS && !gazetteer.commonWord(t.text));
}

/** The label as compared between turns: its words in capitals, spaces single. */
function labelKey(doc: NlpDocument, label: TokenRange): string {
  return doc.tokens.slice(label.start, label.end).map((t) => t.text).join(' ');
}

/**
 * The turns of the document's transcript, each a quotation of kind `transcript` whose speaker
 * is its label resolved to a person of the article ("FALLIN" → Mary Fallin) or, where none
 * bears it, the label as written. Empty when the document holds no transcript.
 */
export function transcriptTurns(doc: NlpDocument, entities: AnalysedEntities, gazetteer: Gazetteer): QuoteFinding[] {
  const lines: Turn[] = [];
  for (const paragraph of doc.paragraphs) {
    const turn = turnOf(doc, paragraph);
    if (turn) lines.push(turn);
  }
  if (lines.length < MIN_TURNS) return [];
  const context = speakerContext(doc, entities, lines.map((t) => t.words));
  const turns = lines
    .map((turn) => ({ ...turn, resolved: resolveSpeakerExplained(doc, entities, turn.label, context) }))
    .filter((turn) => namesSomeone(doc, entities, gazetteer, turn.label, turn.resolved.speaker.entity));
  if (turns.length < MIN_TURNS || new Set(turns.map((t) => labelKey(doc, t.label))).size < 2) return [];
  return turns.map((turn) => {
    const { resolved } = turn;
    const colon = doc.tokens[turn.label.end] as Token;
    const labelStart = (doc.tokens[turn.label.start] as Token).start;
    return {
      kind: 'transcript' as const,
      fragments: [turn.words],
      text: doc.text.slice(turn.words.start, turn.words.end),
      speaker: resolved.speaker,
      cue: ':',
      explanation: { source: 'label' as const, clause: { start: labelStart, end: colon.end, place: 'before' }, sieve: resolved.sieve },
    };
  });
}
