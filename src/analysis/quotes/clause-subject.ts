/**
 * Finding the subject of a verb from wink's tags: the phrase before it, past adverbs and
 * appositives ("Smith, a Democrat from Ohio, said"); the subject of the main clause for a
 * participle or a second joined verb ("Vickers appeared with Keane and endorsed Pruitt,
 * saying"); a transcript's speaker label ("Clinton:").
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { coordinatedBackward, misTaggedName, nominalAdverb, phraseBackward, phraseForward } from './noun-phrase.js';
import { endsSentence, type TokenRange } from './quote-context.js';
import { DASHES } from '../lexicon/clause-words.js';
import { isReportingVerb } from './reporting-verbs.js';
import { datelineStart } from '../mentions/evidence-cues.js';

/** Tags skipped between a subject and its verb ("also", "has", "not"). */
export const ADVERBIAL = new Set(['ADV', 'AUX', 'PART']);
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who', 'which']);
/** Words opening a subordinate clause, whose subject is not the sentence's. */
const SUBORDINATORS = new Set(['that', 'which', 'who', 'where', 'if', 'because', 'whether', 'although', 'though', 'while', 'since', 'as', 'when', '-', '—', '–', '(']);
const CLOSING_MARKS = new Set(['”', '"', "'", '’', '»']);

/** Words between a subject and its verb: adverbs, auxiliaries, times ("Garrow later Tuesday told"). */
function skippable(t: Token): boolean {
  return ADVERBIAL.has(t.pos) || t.temporal === 'DATE' || t.temporal === 'TIME';
}

function endsClause(t: Token): boolean {
  return t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!';
}

/**
 * The subject before a verb at `verb`: skips adverbs and auxiliaries ("also", "has", "later")
 * and an appositive set off by commas ("Smith, a Democrat from Ohio, said"; "Amar, author of
 * ''Unwritten Constitution,'' put it").
 */
export function subjectBefore(doc: NlpDocument, verb: number, floor: number): TokenRange | null {
  let j = verb;
  // Not "daily" in "The daily wrote": wink's adverb there heads the subject.
  while (j > floor && skippable(doc.tokens[j - 1] as Token) && !nominalAdverb(doc, j - 1)) j--;
  const aside = asideBefore(doc, j, floor);
  if (aside >= 0) {
    // "Ray Ashford, the chief executive of Westbury Radio -- the firm that runs it -- told me":
    // the subject stands before the aside; an appositive there describes the name before it.
    const subject = subjectBefore(doc, aside, floor);
    return (subject && nameBeforeComma(doc, subject.start - 1, floor)) ?? subject;
  }
  let comma = j - 1;
  while (comma > floor && CLOSING_MARKS.has(doc.tokens[comma]?.text ?? '') && doc.tokens[comma - 1]?.text === ',') comma--;
  if (doc.tokens[comma]?.text === ',') {
    return appositiveHead(doc, comma, floor) ?? phraseBackward(doc, comma, floor);
  }
  const direct = phraseBackward(doc, j, floor);
  if (direct) return relativeAntecedent(doc, direct.start, floor) ?? coordinatedBackward(doc, headOfAttachedPhrase(doc, direct, floor), floor);
  // "an official who spoke to discuss internal polling said": wink may tag the relative
  // clause's last word a verb, so no phrase ends before the cue.
  const antecedent = relativeAntecedent(doc, j, floor);
  if (antecedent) return antecedent;
  // "I nodded and said", "refused to answer but said": the subject of the first of two joined verbs.
  const joined = doc.tokens[j - 1]?.normal;
  if (joined === 'and' || joined === 'but') return governingSubject(doc, floor, j - 1);
  return null;
}

/**
 * Where an aside set off by dashes that ends right before token `end` opens ("-- the company
 * that owns it --"), or -1 when none does.
 */
function asideBefore(doc: NlpDocument, end: number, floor: number): number {
  const close = doc.tokens[end - 1]?.text;
  if (close === undefined || !DASHES.has(close) || close === '-') return -1;
  for (let k = end - 2; k > floor && end - k <= 40; k--) {
    const t = doc.tokens[k] as Token;
    if (endsClause(t)) return -1;
    if (t.text === close) return k;
  }
  return -1;
}

/** The proper name ending at the comma at `comma` ("Tom Vickers," before an appositive), if one does. */
function nameBeforeComma(doc: NlpDocument, comma: number, floor: number): TokenRange | null {
  if (comma <= floor || doc.tokens[comma]?.text !== ',') return null;
  const named = phraseBackward(doc, comma, floor);
  return named && properName(doc, named) ? named : null;
}

/** How far back (in tokens) a relative clause before a verb is looked for. */
const RELATIVE_REACH = 16;

/**
 * "a port official who asked not to be named to discuss the budget said": the phrase before
 * the verb ends a relative clause, and the subject is the phrase "who" refers to. Null when
 * no "who" with a verb of its own opens the words before `start` in the clause.
 */
function relativeAntecedent(doc: NlpDocument, start: number, floor: number): TokenRange | null {
  let verb = false;
  for (let k = start - 1; k > floor && start - k <= RELATIVE_REACH; k--) {
    const t = doc.tokens[k] as Token;
    if (t.text === ',' || endsClause(t) || CLOSING_MARKS.has(t.text) || t.pos === 'SPACE') return null;
    if (t.normal === 'who' && t.pos === 'PRON') {
      const before = doc.tokens[k - 1];
      if (!verb || !before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return null;
      const antecedent = phraseBackward(doc, k, floor);
      if (!antecedent) return null;
      // "Tom Vickers, the polling expert who started the blog posted": the name it describes
      // (wink may tag "polling" a verb, so the phrase's modifiers are stepped over).
      let comma = antecedent.start - 1;
      while (comma > floor && antecedent.start - comma <= 4 && /^(DET|ADJ|NOUN|VERB)$/u.test((doc.tokens[comma] as Token).pos)) comma--;
      return nameBeforeComma(doc, comma, floor) ?? antecedent;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return null;
}

/** Words wink may tag as prepositions that open a clause with its own subject ("as his friends jeered"). */
const CLAUSE_CONJUNCTIONS = new Set(['as', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'unless', 'once']);

/**
 * A phrase right before a verb may be the object of a preposition attached to the subject
 * ("Farmers driving along the highway shouted", "the head of the union at the plant
 * said"): then the subject is the phrase before the preposition (and its participle).
 */
function headOfAttachedPhrase(doc: NlpDocument, phrase: TokenRange, floor: number): TokenRange {
  let np = phrase;
  for (let step = 0; step < 2; step++) {
    let k = np.start - 1;
    // "circled the island as his friends jeered": a conjunction opens a clause of its own,
    // whose subject the phrase is.
    if (doc.tokens[k]?.pos !== 'ADP' || CLAUSE_CONJUNCTIONS.has(doc.tokens[k]?.normal ?? '') || k <= floor) break;
    const participle = doc.tokens[k - 1];
    if (participle && participle.pos === 'VERB' && /(?:ing|ed)$/u.test(participle.normal)) k--;
    const head = phraseBackward(doc, k, floor);
    if (!head) break;
    np = head;
  }
  return np;
}

/**
 * Given a comma at `comma` that closes an appositive, finds the phrase the appositive
 * describes: the phrase right before the comma that opens it.
 */
function appositiveHead(doc: NlpDocument, comma: number, floor: number): TokenRange | null {
  for (let k = comma - 1; k > floor && comma - k <= 30; k--) {
    const t = doc.tokens[k] as Token;
    if (t.text === ',') return phraseBackward(doc, k, floor);
    // (An abbreviation's stop does not end it: "McConnell, R-Ky., delivered".)
    if (endsClause(t) && (t.text !== '.' || endsSentence(doc, k))) return null;
  }
  return null;
}

/** A verb, or a past participle wink took for an adjective ("Kerpen needled the reporter"). */
function verbLike(t: Token): boolean {
  if (/^\p{Lu}/u.test(t.text)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && t.normal.endsWith('ed'));
}

/** How far before its dash a dateline may open, in tokens ("SAN JOSE , California , June 3 ( Reuters ) -"). */
const DATELINE_REACH = 13;

/**
 * True when the dash at `dash` closes a dateline: its line opens, a few tokens before, with a
 * word in capitals, and no verb comes between ("NAIROBI, Aug 16 (AP) —").
 */
function closesDateline(doc: NlpDocument, dash: number): boolean {
  const start = datelineStart(doc.tokens, dash, DATELINE_REACH);
  if (start < 0) return false;
  for (let k = start; k < dash; k++) if ((doc.tokens[k] as Token).pos === 'VERB') return false;
  return true;
}

/** Conjunctions joining two verbs of one subject ("appeared and said", "conceded, but went on"). */
const COORDINATING = new Set(['and', 'but', 'or', 'then']);

/**
 * The subject governing words at `before`: walks back to the nearest verb that has a subject
 * of its own ("Vickers appeared with Keane and formally endorsed Pruitt, saying" → Vickers;
 * "he leaned over the table, lowered his voice and said" → he). Infinitives have none; a
 * phrase after a preposition or a verb is an object ("asked tenants to stay"), and, when
 * `strict`, one after "that" or "if" the subject of a subordinate clause (a participle after a
 * comma hangs off the main clause; "…so quiet that Mr. Garrow felt moved to say" does not).
 */
export function governingSubject(doc: NlpDocument, floor: number, before: number, strict = true): TokenRange | null {
  let subordinate = strict;
  for (let k = before - 1; k >= floor && before - k <= 40; k--) {
    const t = doc.tokens[k] as Token;
    if (endsSentence(doc, k)) break;
    if (!verbLike(t)) continue;
    let j = k;
    let infinitive = false;
    while (j > floor && ADVERBIAL.has((doc.tokens[j - 1] as Token).pos)) {
      if ((doc.tokens[j - 1] as Token).normal === 'to') infinitive = true;
      j--;
    }
    const prev = doc.tokens[j - 1];
    if (infinitive || !prev || j - 1 < floor) continue;
    // "…, holding signs and chanting": a participle after a comma or "and" has no subject of
    // its own; the clause it hangs off has.
    if (t.normal.endsWith('ing') && (prev.text === ',' || prev.normal === 'and')) continue;
    // "Keane admitted that the plan was costly, but went on to argue": past a verb joined by a
    // conjunction the subject is the first verb's, never a subordinate clause's.
    if (COORDINATING.has(prev.normal)) subordinate = true;
    // (A surname wink tagged as a verb is a name: "Lena Ford once joked".)
    const nominal = (prev.pos === 'PRON' && SUBJECT_WORDS.has(prev.normal)) || prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.text === ')' || misTaggedName(prev);
    // "Dean, a former party chairman, poked at Trump": the subject before an appositive.
    let np = prev.text === ',' ? appositiveHead(doc, j - 1, floor) : nominal ? phraseBackward(doc, j, floor) : null;
    // "A spokeswoman for the committee emailed": the phrase before the preposition.
    if (np && doc.tokens[np.start - 1]?.pos === 'ADP') np = headOfAttachedPhrase(doc, np, floor);
    const opener = np ? doc.tokens[np.start - 1] : undefined;
    // "who said", or "told investors that concerns were": "that" after a noun opens a clause
    // (wink may tag it a determiner, so it starts the phrase).
    const relative = np !== null && ((np.end - np.start === 1 && /^(who|which)$/u.test((doc.tokens[np.start] as Token).normal)) || (doc.tokens[np.start]?.normal === 'that' && /^(NOUN|PROPN)$/u.test(opener?.pos ?? '')));
    // A dash sets off a parenthesis ("— who …"), but the one closing a dateline opens the story.
    const subordinator = SUBORDINATORS.has(opener?.normal ?? '') && !(np !== null && DASHES.has(opener?.text ?? '') && closesDateline(doc, np.start - 1));
    const governed = (opener && (opener.pos === 'ADP' || opener.pos === 'VERB' || opener.pos === 'AUX')) || (subordinate && (relative || subordinator));
    if (np && !governed) return reporterOfComplement(doc, floor, np.start) ?? np;
  }
  return null;
}

/**
 * "A spokesman said there was no meeting planned with Ford, adding:": when the clause a
 * participle follows is the unmarked complement of a reporting verb (no comma between them),
 * the participle goes with that verb's subject ("A spokesman"), not the complement's
 * ("meeting"). Null when no reporting verb governs the phrase starting at `start`.
 */
function reporterOfComplement(doc: NlpDocument, floor: number, start: number): TokenRange | null {
  for (let k = start - 1; k > floor && start - k <= 30; k--) {
    const t = doc.tokens[k] as Token;
    if (t.text === ',' || t.text === ':' || endsClause(t) || CLOSING_MARKS.has(t.text) || DASHES.has(t.text)) return null;
    if (isReportingVerb(t) && !t.normal.endsWith('ing') && doc.tokens[k - 1]?.normal !== 'to') return subjectBefore(doc, k, floor);
  }
  return null;
}

/** True when every word of the phrase is capitalised ("Tom Becker"). */
function properName(doc: NlpDocument, range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) if (!/^\p{Lu}/u.test((doc.tokens[i] as Token).text)) return false;
  return true;
}

/** Nouns for what someone said or wrote, whose author "by" names. */
const SPEECH_NOUNS = new Set(['statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'tweet', 'tweets', 'post', 'message', 'speech', 'testimony', 'reply', 'response', 'answer', 'claim', 'assertion', 'quote']);

/**
 * "how the blog scored this remark by Gov. Ellen Carlton:": the named author of the words
 * the colon introduces speaks them, whoever the clause's subject is.
 */
function speechAuthor(doc: NlpDocument, start: number, colon: number): TokenRange | null {
  for (let i = start; i + 2 < colon; i++) {
    if (!SPEECH_NOUNS.has((doc.tokens[i] as Token).normal) || doc.tokens[i + 1]?.normal !== 'by') continue;
    const author = phraseForward(doc, i + 2, colon);
    if (!author) continue;
    // The name, not a time after it: "this remark by Carlton last week:".
    let end = author.start;
    while (end < author.end && /^\p{Lu}/u.test((doc.tokens[end] as Token).text) && (doc.tokens[end] as Token).temporal === undefined) end++;
    if (end > author.start) return { start: author.start, end };
  }
  return null;
}

/**
 * Who introduces a quotation with a colon but no reporting verb: a speaker label standing
 * alone or after a dash ("Clinton:", "More from the survey - Dana Westbury:"), else the named
 * author of a statement in the sentence ("this remark by Gov. Carlton:"), else the subject
 * of the sentence ("The piece used her words as its headline:"). `colon` is the colon's token.
 */
export function colonSubject(doc: NlpDocument, start: number, colon: number): TokenRange | null {
  const label = phraseBackward(doc, colon, start);
  if (label) {
    const before = doc.tokens[label.start - 1];
    const alone = label.start === start || (before !== undefined && DASHES.has(before.text));
    const named = doc.tokens.slice(label.start, label.end).some((t) => t.pos === 'PROPN');
    if (alone && named) return label;
    // A roundup line, "Tom Becker, Seacoast Ledger:": the name before the outlet speaks.
    if (before?.text === ',' && named) {
      const name = phraseBackward(doc, label.start - 1, start);
      if (name && name.start === start && properName(doc, name)) return name;
    }
  }
  const author = speechAuthor(doc, start, colon);
  if (author) return author;
  // The clause nearest the colon says who: "…, that I had to start over:".
  const governing = governingSubject(doc, start, colon, false);
  // "The timing doesn't surprise pollster Ann Lee:", "More from Lee and Kane:": with no
  // person as the subject, the name the sentence ends on introduces the words.
  // Not the object of another preposition: "a message to Trump:", "said on CNN:".
  let opener = label ? doc.tokens[label.start - 1] : undefined;
  // Past a possessor: "by Ledger’s Ann Halvorsen:".
  if (label && opener && /^['’]s?$/u.test(opener.normal)) {
    const possessor = phraseBackward(doc, label.start - 1, start);
    opener = possessor ? doc.tokens[possessor.start - 1] : opener;
  }
  const addressed = opener?.pos === 'ADP' && opener.normal !== 'from';
  if (label && !addressed && properName(doc, { start: label.end - 1, end: label.end }) && (!governing || !personLike(doc, governing))) {
    return coordinatedBackward(doc, label, start);
  }
  if (governing) return governing;
  const whole = phraseForward(doc, start, colon);
  return whole && whole.end === colon ? whole : null;
}

/**
 * True when a phrase may be a speaker: it names someone, is a personal pronoun ("she"), or is
 * headed by a noun for a person or voice ("a familiar voice", "the official").
 */
function personLike(doc: NlpDocument, range: TokenRange): boolean {
  for (let i = range.start; i < range.end; i++) {
    const t = doc.tokens[i] as Token;
    if (t.pos === 'PROPN' || (t.pos === 'PRON' && SUBJECT_WORDS.has(t.normal))) return true;
  }
  return /^(voice|official|spokesman|spokeswoman|spokesperson|aide|source|person|man|woman)s?$/u.test((doc.tokens[range.end - 1] as Token).normal);
}
