/**
 * Whose words a partial quote is: a quoted phrase inside the reporter's sentence ("He pointed
 * to the vote as evidence of “democratic self-determination”", "citing Trump’s “sincere
 * efforts”") belongs to the subject of the verb of saying, thinking or characterising that
 * frames it. The frame is the nearest such verb before the quotation in its sentence; a quoted
 * phrase with no frame (a scare quote, a title, a nickname) has no speaker.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention } from '../types.js';
import { governingSubject, subjectBefore } from './clause-subject.js';
import { phraseBackward, phraseForward } from './noun-phrase.js';
import type { PlacedQuote } from './place-quotes.js';
import { endsSentence, isWordy, paragraphAt, type TokenRange, tokenIndexAt } from './quote-context.js';
import type { ReportingClause } from './reporting-clause.js';
import { cueSpan, isCue } from './reporting-cue.js';
import { framingParticle, isFramingVerb, reportingLemma } from './reporting-verbs.js';

/** How far back (in tokens) the frame of a partial quote may stand. */
const REACH = 60;

/** Verbs whose first object is the person addressed: a quotation there is a name, not words said. */
const ADDRESSING = new Set(['tell', 'ask', 'inform', 'remind', 'urge', 'advise', 'assure', 'reassure', 'instruct', 'thank']);

/** Forms of "be" and "get" that make a past participle passive ("was called “a bully”"). */
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets', 'getting']);

const NEGATION = /^(not|n't|n’t|never)$/u;

/** Words opening a clause of time or reason, whose subject follows them ("after she left"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'once', 'as', 'when', 'while', 'because', 'if', 'though', 'although']);

/** The first token of the quotation's sentence, looking past earlier quotations in it. */
function sentenceStart(doc: NlpDocument, q: PlacedQuote): number {
  const para = paragraphAt(doc, (q.fragments[0] as Span).start);
  const floor = para ? tokenIndexAt(doc, para.start) : 0;
  let start = q.open;
  while (start > floor && !endsSentence(doc, start - 1) && q.open - start < REACH) start--;
  return start;
}

/** True when token `i` lies inside one of the quotations (marks included). */
function quoted(doc: NlpDocument, spans: readonly Span[], i: number): boolean {
  const t = doc.tokens[i] as Token;
  return spans.some((s) => t.start >= s.start && t.end <= s.end);
}

/** "so-called", "long-awaited": a participle joined to the word before it modifies a noun. */
function compoundModifier(doc: NlpDocument, v: number): boolean {
  const dash = doc.tokens[v - 1];
  return dash !== undefined && dash.text === '-' && dash.end === (doc.tokens[v] as Token).start;
}

/** True when the verb at `v` frames speech: a reporting cue or a verb of characterising. */
function framesAt(doc: NlpDocument, v: number): boolean {
  const t = doc.tokens[v] as Token;
  if (t.type !== 'word' || compoundModifier(doc, v)) return false;
  if (isCue(doc, v)) return true;
  // wink takes a past tense for an adjective now and then ("he labeled"), never "-ing" forms.
  // (Tested first: the tag needs no lemma, which wink computes on first read.)
  if (!(t.pos === 'VERB' || (t.pos === 'ADJ' && t.normal.endsWith('ed')))) return false;
  return isFramingVerb(t) || framingParticle(doc, v) >= 0;
}

/** "was called", "has been described": a passive's subject is what was said, not who said it. */
function passive(doc: NlpDocument, v: number): boolean {
  const t = doc.tokens[v] as Token;
  if (t.normal.endsWith('ing') || t.normal === reportingLemma(t)) return false;
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const before = doc.tokens[k] as Token;
    if (PASSIVE_AUX.has(before.normal)) return true;
    if (before.pos !== 'ADV' && before.pos !== 'PART') return false;
  }
  return false;
}

/** The subject of the frame verb at `v`, read as the reporting clauses read it. */
function frameSubject(doc: NlpDocument, start: number, v: number): TokenRange | null {
  const t = doc.tokens[v] as Token;
  if (t.normal === 'according' && doc.tokens[v + 1]?.normal === 'to') return phraseForward(doc, v + 2, v + 2 + 12);
  if (t.normal.endsWith('ing')) {
    // "footage of Garrow saying": a name right before the participle is its subject; after a
    // comma the participle hangs off the main clause ("…optimism, citing").
    const named = phraseBackward(doc, v, start);
    if (named && (doc.tokens[named.end - 1] as Token).pos === 'PROPN') return named;
    return governingSubject(doc, start, v);
  }
  if (doc.tokens[v - 1]?.normal === 'to') return governingSubject(doc, start, v, false);
  const subject = joinedVerbSubject(doc, start, v) ?? subjectBefore(doc, v, start);
  if (!subject) return null;
  for (let k = subject.end; k < v; k++) if (NEGATION.test((doc.tokens[k] as Token).normal)) return null;
  return subject;
}

/**
 * "she attacked the police and blamed …": the second of two joined verbs has the subject of
 * the first, the nearest one, even inside a subordinate clause ("after she attacked").
 */
function joinedVerbSubject(doc: NlpDocument, start: number, v: number): TokenRange | null {
  let j = v;
  while (j > start && (doc.tokens[j - 1] as Token).pos === 'ADV') j--;
  if (!/^(and|but)$/u.test(doc.tokens[j - 1]?.normal ?? '')) return null;
  for (let k = j - 2; k >= start; k--) {
    const t = doc.tokens[k] as Token;
    if (!(t.pos === 'VERB' && !t.normal.endsWith('ing') && /^\p{Ll}/u.test(t.text))) continue;
    // "after Maria Ortega visited": a subordinate clause's subject, not a phrase attached to
    // the noun before it, as subjectBefore would read a preposition.
    let a = k;
    while (a > start && /^(ADV|AUX|PART)$/u.test((doc.tokens[a - 1] as Token).pos)) a--;
    const np = phraseBackward(doc, a, start);
    if (np && CLAUSE_OPENERS.has(doc.tokens[np.start - 1]?.normal ?? '')) return np;
    return subjectBefore(doc, k, start);
  }
  return null;
}

/** True when the quotation opens the first object of "tell", "ask" …: it names the addressee. */
function addressee(doc: NlpDocument, v: number, q: PlacedQuote): boolean {
  if (!ADDRESSING.has(reportingLemma(doc.tokens[v] as Token))) return false;
  const object = phraseForward(doc, v + 1, q.open);
  return v + 1 === q.open || (object !== null && object.end === q.open);
}

/**
 * "said on “Morning Harbor”", "wrote in “The Long Harvest”": a capitalised quotation after
 * a preposition (other than "as", "of", "that") or a possessive's title-cased work is a title,
 * not words of the speaker's.
 */
function titleAfterPreposition(doc: NlpDocument, q: PlacedQuote, firstWord: string): boolean {
  if (!/^\p{Lu}/u.test(firstWord)) return false;
  // "sings Carlton’s “Westbury Nights”": a capitalised work of someone named just before it.
  const text = q.fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ');
  if (/^['’]s?$/u.test(doc.tokens[q.open - 1]?.normal ?? '') && titleCased(text)) return true;
  let k = q.open - 1;
  while (k >= 0 && /^(DET|ADJ|NOUN|PROPN|PART)$/u.test((doc.tokens[k] as Token).pos) && q.open - k <= 4) k--;
  const before = doc.tokens[k];
  return before !== undefined && before.pos === 'ADP' && !/^(as|of|that)$/u.test(before.normal);
}

/**
 * True when every longer word of the quotation is capitalised ("Grow Your Own Winter Greens",
 * "Morning Harbor"): a title or a name, which only a verb framing it makes anyone's words.
 */
export function titleCased(text: string): boolean {
  const long = text.split(/[^\p{L}]+/u).filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** "so-called" (or "so called") right before the quotation. */
function soCalled(doc: NlpDocument, open: number): boolean {
  const called = doc.tokens[open - 1];
  if (!called || !/^(so-)?called$/u.test(called.normal)) return false;
  if (called.normal.startsWith('so-')) return true;
  const before = doc.tokens[open - 2]?.normal === '-' ? doc.tokens[open - 3] : doc.tokens[open - 2];
  return before?.normal === 'so';
}

/** The verb's cue as written: the verb, with its particle ("pointed to", "went on"). */
function frameCue(doc: NlpDocument, v: number, q: PlacedQuote): Span {
  const particle = framingParticle(doc, v);
  if (particle > v && particle < q.open) return { start: (doc.tokens[v] as Token).start, end: (doc.tokens[particle] as Token).end };
  return cueSpan(doc, v, q.open);
}

/**
 * The clause framing a partial quote from before it in its sentence, or null when there is
 * none or its verb has no subject who could have said the words. `others` are the spans of
 * every quotation in the document (their words are not the reporter's).
 */
export function partialFrame(doc: NlpDocument, q: PlacedQuote, others: readonly Span[]): ReportingClause | null {
  const start = sentenceStart(doc, q);
  const firstWord = doc.text.slice((q.fragments[0] as Span).start, (q.fragments[0] as Span).end).replace(/^\P{L}+/u, '');
  // A “so-called” phrase is a term in use, nobody's words in particular.
  if (titleAfterPreposition(doc, q, firstWord) || soCalled(doc, q.open)) return null;
  for (let v = q.open - 1; v >= start; v--) {
    // (Whether the token is quoted is asked last: it looks through every quotation.)
    if (!isWordy(doc.tokens[v]) || !framesAt(doc, v) || quoted(doc, others, v)) continue;
    if (passive(doc, v) || addressee(doc, v, q)) return null;
    const speaker = frameSubject(doc, start, v);
    if (!speaker) return null;
    return { verb: v, cue: frameCue(doc, v, q), speaker, inverted: false, participle: (doc.tokens[v] as Token).normal.endsWith('ing'), end: v + 1 };
  }
  return null;
}

/**
 * True when the words before a partial quote leave it standing on its own, so a clause after
 * it may attribute it (‘With so many systems, “there is no single point of failure,” he
 * said’), unlike a phrase governed by the words before it (‘On “Fox News Sunday,” Pence said’)
 * or a title set off as an appositive (‘In his book, “Grow Your Own Winter Greens,” he wrote’).
 */
export function standsAlone(doc: NlpDocument, q: PlacedQuote): boolean {
  let last = q.left.end - 1;
  while (last >= q.left.start && !isWordy(doc.tokens[last]) && !/^[,:;—–-]$/u.test((doc.tokens[last] as Token).text)) last--;
  if (last >= q.left.start && isWordy(doc.tokens[last])) return false;
  const text = q.fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ');
  return !titleCased(text);
}

/** How far back (in characters) a pronoun subject of a partial quote looks for its person. */
const PRONOUN_REACH = 3000;

/**
 * The person "he" or "she" before a partial quote stands for, read strictly: the last person
 * named in the reporter's own words (not inside a quotation, not as a possessor: "Trump’s
 * flank") before `offset`, skipping people of the other gender. Undefined when that person's
 * gender is unknown, since then the pronoun may as well mean someone else.
 */
export function strictAntecedent(doc: NlpDocument, entities: AnalysedEntities, offset: number, gender: 'male' | 'female', quotedSpans: readonly Span[]): Entity | undefined {
  for (let k = entities.mentions.length - 1; k >= 0; k--) {
    const m = entities.mentions[k] as EntityMention;
    if (m.end > offset) continue;
    if (offset - m.end > PRONOUN_REACH) break;
    const entity = entities.entities[m.entity];
    if (entity?.type !== 'person' || quotedSpans.some((s) => m.start >= s.start && m.end <= s.end)) continue;
    if (/^['’]s?$/u.test(doc.tokens[m.tokenEnd]?.normal ?? '')) continue;
    if (entity.gender === gender) return entity;
    if (entity.gender === undefined) return undefined;
  }
  return undefined;
}
