/**
 * Stage: speakers. For each quotation, finds the reporting clause that names who said it
 * (see quote-clauses.ts for where it may stand) and resolves the speaker to an entity. A
 * direct quotation with no clause of its own continues the speech of the quotation before it
 * in the same stretch of text; one that nothing attributes is not reported as direct speech.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, QuoteExplanationFinding, QuoteFinding, SpeakerFinding } from '../types.js';
import { type PlacedQuote, placeQuotes } from './place-quotes.js';
import { paragraphAt, type TokenRange } from './quote-context.js';
import { bareAttributionBefore, colonIntro, innerClauses, leadsToNext, leftClause, namesAnother, reportedSpeechBefore, rightClause, signatureAfter } from './quote-clauses.js';
import { partialFrame, standsAlone, strictAntecedent } from './partial-frame.js';
import type { ReportingClause } from './reporting-clause.js';
import { isCue } from './reporting-cue.js';
import { insidePhrase } from './find-quotes.js';
import { hypothetical } from './hypothetical-speech.js';
import { resolveSpeakerExplained, speakerContext } from './resolve-speaker.js';
import type { ResolvedSpeaker, SpeakerContext } from './speaker-sieves.js';
import { SPEAKING_RELATIVES } from '../lexicon/clause-words.js';
import { ROLE_NOUNS } from '../lexicon/cue-words.js';

/** How many paragraphs a speaker carries over to quotations with no clause of their own. */
const CARRY_PARAGRAPHS = 1;

interface Attribution {
  /** Null when the clause names no one ("said one"): the quotation is direct, its speaker unknown. */
  speaker: SpeakerFinding | null;
  cue: string | null;
  explanation: QuoteExplanationFinding;
  /** Why the clause reports imagined speech, which is kept as a partial quote. */
  hypothetical?: string;
}

/** Options of the speaker stage. */
export interface AttributionOptions {
  /** Speaker sieves switched off (see speaker-sieves.ts). */
  disabledSieves?: ReadonlySet<string>;
}

/** Where a clause stands relative to its quotation, as `--explain` names it. */
type ClausePlace = 'inside' | 'after' | 'before' | 'colon' | 'sentence-before' | 'signature' | 'frame';

function explained(doc: NlpDocument, clause: ReportingClause, place: ClausePlace, resolved: ResolvedSpeaker, source: 'clause' | 'frame' | 'label'): Attribution {
  const speaker = clause.speaker;
  const start = Math.min(clause.cue.start, speaker ? (doc.tokens[speaker.start] as Token).start : clause.cue.start);
  const end = Math.max(clause.cue.end, speaker ? (doc.tokens[speaker.end - 1] as Token).end : clause.cue.end);
  const explanation: QuoteExplanationFinding = { source, clause: { start, end, place }, sieve: resolved.sieve };
  if (resolved.candidates) explanation.candidates = resolved.candidates;
  if (resolved.unresolved) explanation.unresolved = resolved.unresolved;
  if (!namesNoOne(doc, clause, resolved)) return { speaker: resolved.speaker, cue: cueText(doc, clause), explanation };
  return { speaker: null, cue: cueText(doc, clause), explanation: { ...explanation, unresolved: 'names no one' } };
}

/** Words that stand for someone without naming anyone: "said one", "which reads" with no antecedent. */
const NAMING_NO_ONE = new Set(['one', 'another', 'which', 'that']);

/**
 * True when the clause's subject names no one: a lone "one" or "another", or a relative
 * pronoun with nothing before it to stand for. Such a quotation is still direct speech, but
 * saying less (no speaker) beats presenting "one" as a speaker.
 */
function namesNoOne(doc: NlpDocument, clause: ReportingClause, resolved: ResolvedSpeaker): boolean {
  const range = clause.speaker;
  if (!range || range.end - range.start !== 1 || !NAMING_NO_ONE.has((doc.tokens[range.start] as Token).normal)) return false;
  return resolved.sieve === 'as-written' || resolved.unresolved !== undefined;
}

function paragraphIndex(doc: NlpDocument, offset: number): number {
  return paragraphAt(doc, offset)?.index ?? -1;
}

function cueText(doc: NlpDocument, clause: ReportingClause): string {
  return doc.text.slice(clause.cue.start, clause.cue.end);
}

/** True when a speaker phrase is a lone "who" or "which". */
function isRelativePronoun(doc: NlpDocument, range: TokenRange | null): boolean {
  return range !== null && range.end - range.start === 1 && SPEAKING_RELATIVES.has((doc.tokens[range.start] as Token).normal);
}

/** The first clause (in order of preference) that names a speaker, with its place. */
function firstNamed(clauses: readonly (readonly [ReportingClause | null, ClausePlace])[]): { clause: ReportingClause; place: ClausePlace } | null {
  for (const [clause, place] of clauses) if (clause?.speaker) return { clause, place };
  return null;
}

/** True when the clause before a quotation runs right up to it: "said," "said:" or "said “". */
function leadsIn(doc: NlpDocument, q: PlacedQuote, clause: ReportingClause): boolean {
  let last = q.left.end - 1;
  const mark = doc.tokens[last];
  if (mark && /^[,:—–-]$/u.test(mark.text)) return true;
  while (last > clause.verb && !/[\p{L}\p{N}]/u.test(doc.tokens[last]?.text ?? '')) last--;
  return last <= clause.end;
}

/** Pronouns that stand for one person a partial quote can be given to (not "it", "they"). */
const PERSONAL = new Set(['he', 'she', 'who']);

/**
 * Attributes a partial quote to the subject of the verb framing it (see partial-frame.ts), or
 * to a clause after it when it stands on its own, provided the subject is a person of the
 * article, or an organization or a role's description for a plain reporting verb ("the
 * commission says", "a spokesman said").
 */
function fromFrame(doc: NlpDocument, entities: AnalysedEntities, q: PlacedQuote, quoted: readonly Span[], context: SpeakerContext): Attribution | null {
  const clause = partialFrame(doc, q, quoted) ?? clauseAfterAlone(doc, q);
  if (!clause?.speaker) return null;
  const first = doc.tokens[clause.speaker.start] as Token;
  if (clause.speaker.end - clause.speaker.start === 1 && first.pos === 'PRON' && !PERSONAL.has(first.normal)) return null;
  const resolved = resolveSpeakerExplained(doc, entities, clause.speaker, context);
  const speaker = resolved.speaker;
  const entity = speaker.entity === undefined ? undefined : entities.entities[speaker.entity];
  const pronoun = PERSONAL.has(first.normal);
  // A pronoun is given to a person only when a strict reading agrees (the last person named
  // outside quotations, of the pronoun's known gender): a wrong speaker is worse than none.
  const gender = first.normal === 'he' ? 'male' : first.normal === 'she' ? 'female' : undefined;
  if (gender && (entity === undefined || strictAntecedent(doc, entities, first.start, gender, quoted)?.index !== entity.index)) return null;
  // "A Downing Street spokesman said the prime minister had “full confidence”": a description
  // headed by a role, as the reporter writes it, as for a direct quotation.
  const head = doc.tokens[clause.speaker.end - 1] as Token;
  // The phrase opens with an article or a name ("a spokesman", "Sanders's campaign manager").
  const opens = first.pos === 'DET' || /^\p{Lu}/u.test(first.text);
  const described = entity === undefined && resolved.sieve === 'as-written' && opens && first.pos !== 'PRON' && /^\p{Ll}/u.test(head.text) && ROLE_NOUNS.has(head.normal) && isCue(doc, clause.verb);
  const fits = entity?.type === 'person' || (entity?.type === 'organization' && !pronoun && isCue(doc, clause.verb)) || described;
  return fits ? explained(doc, clause, 'frame', resolved, 'frame') : null;
}

/** The clause after a partial quote that stands on its own in its sentence (read only when no frame is found). */
function clauseAfterAlone(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  const right = rightClause(doc, q);
  return right?.sameSentence && standsAlone(doc, q) ? right.clause : null;
}

/**
 * The clause leading into the quotation when a relative pronoun is its subject ("water bottles
 * that said, “…”", "a message which read"): a thing's words, never the speech of the person
 * quoted before, who would otherwise carry over to them.
 */
function thingSpeaking(doc: NlpDocument, q: PlacedQuote): ReportingClause | null {
  const clause = leftClause(doc, q);
  return clause && clause.speaker === null && !clause.inverted && THING_RELATIVES.has(doc.tokens[clause.verb - 1]?.normal ?? '') ? clause : null;
}

/**
 * The colon ending the reporter's words before the quotation in its own sentence, when they
 * have no reporting clause ("Here's Lena Ford on the deal: “…”").
 */
function ownColonIntro(doc: NlpDocument, q: PlacedQuote): number | null {
  let colon = q.left.end - 1;
  while (colon > q.left.start && (doc.tokens[colon] as Token).pos === 'SPACE') colon--;
  return colon > q.left.start && doc.tokens[colon]?.text === ':' ? colon : null;
}

/** Prepositions after which a name in a colon's introduction is who the words come from ("From Ford:", "by Ford:"). */
const SOURCE_PREPOSITIONS = new Set(['from', 'by']);

/**
 * A quotation its own colon introduces, naming one person or body, not as the object of a
 * preposition ("Here's Lena Ford on the deal:", "Ford had this to say:"; not "a letter to
 * Ford:", "later on CNN:"): theirs, not the speaker's of the quotation before, whom the text
 * replaces. Null when the introduction names no one, or several: the speaker before may well go
 * on ("Then, later that month on CNN: “…”").
 */
function fromColonIntro(doc: NlpDocument, entities: AnalysedEntities, q: PlacedQuote, context: SpeakerContext): Attribution | null {
  const colon = ownColonIntro(doc, q);
  if (colon === null) return null;
  const named = entities.mentions.filter((m) => {
    if (m.tokenStart < q.left.start || m.tokenEnd > colon || m.nested || (m.type !== 'person' && m.type !== 'organization')) return false;
    const before = doc.tokens[m.tokenStart - 1];
    return before?.pos !== 'ADP' || SOURCE_PREPOSITIONS.has(before.normal);
  });
  const only = named.length > 0 && named.every((m) => m.entity === named[0]?.entity) ? named[0] : undefined;
  if (!only) return null;
  const mark = doc.tokens[colon] as Token;
  const speaker = { start: only.tokenStart, end: only.tokenEnd };
  const clause: ReportingClause = { verb: colon, cue: { start: mark.start, end: mark.end }, speaker, inverted: false, participle: false, end: colon };
  return { ...explained(doc, clause, 'colon', resolveSpeakerExplained(doc, entities, speaker, context), 'clause'), cue: null };
}

/** Relative pronouns that stand for things ("which") or for anything ("that"), not for people only. */
const THING_RELATIVES = new Set(['that', 'which']);

/** Attributes one quotation from the clauses around it, or null when none names a speaker. */
function fromClauses(doc: NlpDocument, entities: AnalysedEntities, q: PlacedQuote, context: SpeakerContext): Attribution | null {
  const right = rightClause(doc, q);
  const left = leftClause(doc, q);
  // After “…,” the clause that follows is the attribution. After “….” the next sentence
  // attributes the quotation only when no clause before it does; after “…?” or “…!” the same
  // holds for a clause leading right into the quotation ("Garrow answers Pruitt with, “Why
  // today?” Pruitt then replies").
  // A relative pronoun after the closing mark ("“…,” who then sang") refers back into the
  // quotation, not to its speaker, when a clause before leads into it ("Lee interjected, “…”").
  const relativeAfter = right !== null && isRelativePronoun(doc, right.clause.speaker);
  // "When someone shouted, “Ashford,” Hale joked, “…”": a clause leading in, and one after that
  // leads into the next quotation and names someone else: each quotation is its own clause's.
  const handedOn = right !== null && left !== null && left.speaker !== null && leadsToNext(doc, q) && namesAnother(doc, right.clause.speaker, left.speaker);
  const leftFirst = right && (!right.sameSentence || ((right.exclaims || relativeAfter || handedOn) && left?.speaker && leadsIn(doc, q, left)));
  const ordered: (readonly [ReportingClause | null, ClausePlace])[] = leftFirst
    ? [[left, 'before'], [right.clause, 'after']]
    : [[right?.clause ?? null, 'after'], [left, 'before']];
  // The later places are read only when no earlier one names a speaker: most quotations
  // are settled by the clause next to them, and reading a whole sentence before costs.
  const found =
    firstNamed(innerClauses(doc, q).map((c) => [c, 'inside'] as const)) ??
    firstNamed(ordered) ??
    firstNamed([[colonIntro(doc, q), 'colon']]) ??
    firstNamed([[bareAttributionBefore(doc, q), 'sentence-before']]) ??
    firstNamed([[reportedSpeechBefore(doc, q), 'sentence-before']]) ??
    firstNamed([[signatureAfter(doc, q), 'signature']]);
  if (!found?.clause.speaker) return null;
  const attribution = explained(doc, found.clause, found.place, resolveSpeakerExplained(doc, entities, found.clause.speaker, context), labels(doc, found.clause) ? 'label' : 'clause');
  const imagined = found.place === 'before' || found.place === 'after' || found.place === 'inside' ? hypothetical(doc, q, found.clause) : null;
  return imagined ? { ...attribution, hypothetical: imagined } : attribution;
}

/**
 * True for a speaker label: a name and a colon opening the line ("CORTEZ:", "Tom Becker,
 * Seacoast Ledger:"), as in transcripts and roundups, where each line's speaker is its label.
 */
function labels(doc: NlpDocument, clause: ReportingClause): boolean {
  if (!clause.speaker || doc.text.slice(clause.cue.start, clause.cue.end) !== ':') return false;
  const first = doc.tokens[clause.speaker.start] as Token;
  return paragraphAt(doc, first.start)?.start === first.start;
}

/** Fills in speaker and cue for each quote, resolving pronouns and descriptions to entities. */
export function attributeSpeakers(doc: NlpDocument, quotes: QuoteFinding[], entities: AnalysedEntities, options: AttributionOptions = {}): QuoteFinding[] {
  if (quotes.length === 0 || doc.tokens.length === 0) return quotes;
  // A nickname inside a name is a partial quote with no speaker, and not where a neighbour's
  // reporting clause ends (find-quotes.ts).
  const nickname = quotes.map((q) => q.kind === 'partial' && insidePhrase(doc, q.fragments));
  const speech = quotes.filter((_, k) => !nickname[k]);
  const placedSpeech = placeQuotes(doc, speech);
  let next = 0;
  const placed = nickname.map((isNickname) => (isNickname ? undefined : placedSpeech[next++]));
  const quoted = speech.flatMap((q) => q.fragments);
  const context = speakerContext(doc, entities, quoted, options.disabledSieves);
  let previous: { attribution: Attribution; paragraph: number; end: number } | null = null;
  return quotes.map((quote, k) => {
    const q = placed[k];
    if (!q) return { ...quote, explanation: { source: 'none' as const } };
    const before = previous?.attribution.speaker;
    context.current = quote.fragments;
    context.previous = previous && before && quote.kind === 'direct' ? { speaker: before, paragraph: previous.paragraph, end: previous.end } : undefined;
    const found = quote.kind === 'direct' ? fromClauses(doc, entities, q, context) : fromFrame(doc, entities, q, quoted, context);
    const firstParagraph = paragraphIndex(doc, (q.fragments[0] as Span).start);
    const lastParagraph = paragraphIndex(doc, (q.fragments[q.fragments.length - 1] as Span).start);
    if (found?.hypothetical) {
      return { ...quote, kind: 'partial' as const, explanation: { ...found.explanation, source: 'none' as const, unresolved: `hypothetical: ${found.hypothetical}` } };
    }
    let attribution = found;
    if (!attribution && quote.kind === 'direct' && previous && firstParagraph - previous.paragraph <= CARRY_PARAGRAPHS) {
      // The speaker carries over, but the reporting verb does not: this quotation has none of
      // its own, and the report's cue is the verb as written for it. Not to the words of a
      // thing ("T-shirts that said “…”"): direct, and no one's; nor past a colon introducing
      // someone else ("Here's Lena Ford on the deal:"), whose they are.
      const thing = thingSpeaking(doc, q);
      const introduced = thing ? null : fromColonIntro(doc, entities, q, context);
      if (thing) attribution = { speaker: null, cue: cueText(doc, thing), explanation: { source: 'clause', clause: { ...thing.cue, place: 'before' }, unresolved: 'names no one' } };
      else attribution = introduced ?? { speaker: previous.attribution.speaker, cue: null, explanation: { ...previous.attribution.explanation, source: 'carried' } };
    }
    if (attribution && quote.kind === 'direct') previous = { attribution, paragraph: lastParagraph, end: (q.fragments[q.fragments.length - 1] as Span).end };
    if (attribution) return { ...quote, speaker: attribution.speaker, cue: attribution.cue, explanation: attribution.explanation };
    // Quoted text nobody is said to have said — an excerpt of another article, a sign, a
    // transcript's lines — is not reported speech: it stays a quotation, but not a direct one.
    const none = { ...quote, explanation: { source: 'none' as const } };
    return quote.kind === 'direct' ? { ...none, kind: 'partial' as const } : none;
  });
}
