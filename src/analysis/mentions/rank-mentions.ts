/**
 * Stage: titles of rank that name the person who holds them. In "Thomas Halvorsen, 3rd Earl of
 * Westbury" and "he declared himself Emperor of the United States", the title of nobility or
 * sovereignty is another name of the person, as biographies and histories use it; it becomes a
 * mention of that person (the place inside it stays a place). Job titles ("Professor of
 * Linguistics", "Secretary of State") describe a post and are left out.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { TypedCandidate } from './classify-candidates.js';
import { newEvidence } from './evidence-record.js';
import { startsCapitalised } from '../../support/code-unit.js';

/** Titles of nobility and sovereignty: held by one person at a time and used as their name. */
const RANKS = new Set([
  'emperor', 'empress', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'earl', 'count',
  'countess', 'marquess', 'marquis', 'viscount', 'baron', 'baroness', 'sultan', 'emir', 'tsar',
  'czar', 'tsarina', 'shah', 'khan', 'protector', 'regent', 'archduke', 'margrave',
]);
const ORDINAL = /^\d+(st|nd|rd|th)$/u;
const REFLEXIVE = new Set(['himself', 'herself', 'myself']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'"]);
const REGNAL_NUMBER = /^[IVX]+$/u;

/** A person mention made of a title of rank, with the candidate of the person holding it. */
export interface RankCandidate extends TypedCandidate {
  holder: TypedCandidate;
}

/** One past the capitalised name run after "of (the|these)?" at `from`, or -1 when there is none. */
function complementEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  if (tokens[i]?.normal === 'the' || tokens[i]?.normal === 'these') i++;
  const start = i;
  while (i < tokens.length && (tokens[i] as Token).sameLine && startsCapitalised((tokens[i] as Token).text) && (tokens[i] as Token).type === 'word') i++;
  return i > start ? i : -1;
}

/**
 * Titles of rank in apposition to a person ("Silas I, Emperor of the Pacific Isles") or
 * predicated of one ("declared himself Emperor of …", "claiming to be “Protector of Mexico”"),
 * each with the person candidate it names.
 */
export function rankMentions(doc: NlpDocument, typed: readonly TypedCandidate[]): RankCandidate[] {
  const tokens = doc.tokens;
  const people = typed.filter((c) => c.type === 'person');
  const found: RankCandidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const rank = tokens[i] as Token;
    // "of" after it first, then the set: together they rule out almost every token without a regex.
    if (tokens[i + 1]?.text !== 'of' || !RANKS.has(rank.normal) || !startsCapitalised(rank.text)) continue;
    const end = complementEnd(tokens, i + 2);
    if (end < 0) continue;
    const start = ORDINAL.test(tokens[i - 1]?.text ?? '') ? i - 1 : i;
    let before = start - 1;
    if (OPENING_MARKS.has(tokens[before]?.text ?? '')) before--;
    const cue = tokens[before];
    if (!cue) continue;
    let holder: TypedCandidate | undefined;
    if (cue.text === ',') {
      // "Silas I, Emperor of …": a regnal number may stand between the name and the comma.
      let nameEnd = before;
      while (nameEnd > 0 && REGNAL_NUMBER.test((tokens[nameEnd - 1] as Token).text)) nameEnd--;
      holder = people.find((p) => p.tokenEnd === before || p.tokenEnd === nameEnd);
    } else if (REFLEXIVE.has(cue.normal) || cue.lemma === 'be') {
      // The subject proclaims himself: the first person named in the sentence, else the last
      // one named in the sentence before.
      const sentenceOf = (p: TypedCandidate): number => (tokens[p.tokenStart] as Token).sentence;
      holder = people.find((p) => p.tokenEnd <= before && sentenceOf(p) === cue.sentence) ?? people.filter((p) => sentenceOf(p) === cue.sentence - 1).at(-1);
    }
    if (!holder) continue;
    const first = tokens[start] as Token;
    const last = tokens[end - 1] as Token;
    found.push({
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      tokenStart: start,
      tokenEnd: end,
      inCapsLine: false,
      type: 'person',
      holder,
      evidence: Object.assign(newEvidence(1, 0, 0), { rule: 'title-of-rank' }),
    });
    i = end - 1;
  }
  return found;
}
