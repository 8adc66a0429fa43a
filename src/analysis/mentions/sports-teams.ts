/**
 * Sports copy names teams by their town: "Ashford came from behind to beat Westbury City 3-1".
 * In a document that reads like a match report, a town (or an unknown name, or a "<Town> City")
 * that beats, draws with, plays or faces another side is the team, an organization. A club
 * named by its town and a nickname is the nickname alone too ("the Canaries").
 */
import { POSSESSIVE_MARK, type NlpDocument, type Token } from '../../nlp/document.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { TypedCandidate } from './classify-candidates.js';
import { F } from './features.js';
import { nameWords } from './name-parts.js';
import { SMALL_NUMBER, titleCase } from './letter-case.js';
import { PLAYING_POSITIONS } from '../lexicon/cue-words.js';
import { memoKey, memoOf } from '../../nlp/document-memo.js';

/** Lemmas that make a text read like a match report. */
const SPORTS_WORDS = new Set([
  'match', 'goal', 'score', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'manager',
  'league', 'cup', 'final', 'semifinal', 'semi-final', 'quarterfinal', 'season', 'penalty',
  'tournament', 'champion', 'championship', 'fixture', 'kickoff', 'half', 'inning', 'touchdown',
  'unbeaten', 'header', 'equaliser', 'equalizer', 'stadium', 'playoff', 'side', 'club', 'squad',
]);
/** Who runs a side, in lower case after the club's town ("Newcastle manager …"). */
const SIDE_STAFF = new Set(['manager', 'coach', 'captain', 'skipper']);
/** Verbs and prepositions that link two sides in a result. */
const RESULT_WORDS = new Set(['beat', 'defeat', 'draw', 'drew', 'tie', 'host', 'face', 'play', 'edge', 'thrash', 'rout', 'down', 'against', 'v', 'vs', 'vs.', 'over', 'meet', 'trail', 'lead', 'lose', 'lost']);
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** Place kinds a team is named after. */
const TEAM_HOMES = new Set(['city', 'place']);
/** Place kinds national sides are named after: teams only where a result links them to another side. */
const NATIONAL_HOMES = new Set(['country', 'region']);

/** True when at least four sports words occur: the document is sports copy. */
export function isSportsCopy(doc: NlpDocument): boolean {
  return memoOf(doc, SPORTS_COPY);
}

const SPORTS_COPY = memoKey('sports copy', (doc: NlpDocument): boolean => {
  let count = 0;
  for (const t of doc.tokens) if (SPORTS_WORDS.has(t.lemma) && ++count >= 4) return true;
  return false;
});

/** Result words that also link places in any text ("a train over the bridge", "the road against the river"): a side only where the sentence holds a score. */
const PLACE_LINKS = new Set(['over', 'against', 'lead']);

/**
 * True when token `t` links two sides in a result ("beat", "3-1"); "over", "against" and "lead"
 * only with a score in the sentence.
 */
function linksSides(doc: NlpDocument, t: Token | undefined): boolean {
  if (!t || !(RESULT_WORDS.has(t.lemma) || RESULT_WORDS.has(t.normal) || SCORE.test(t.text))) return false;
  return !(PLACE_LINKS.has(t.normal) || PLACE_LINKS.has(t.lemma)) || sentenceHasScore(doc, t.index);
}

const DASH = /^[-–—]$/u;

/** True when the sentence of token `at` holds a score: "3-1", or "1 – 0" written with spaces. */
function sentenceHasScore(doc: NlpDocument, at: number): boolean {
  const { tokens } = doc;
  const sentence = (tokens[at] as Token).sentence;
  let i = at;
  while (i > 0 && (tokens[i - 1] as Token).sentence === sentence) i--;
  for (; i < tokens.length && (tokens[i] as Token).sentence === sentence; i++) {
    const t = tokens[i] as Token;
    if (SCORE.test(t.text)) return true;
    if (SMALL_NUMBER.test(t.text) && DASH.test(tokens[i + 1]?.text ?? '') && SMALL_NUMBER.test(tokens[i + 2]?.text ?? '')) return true;
  }
  return false;
}
/** Sides named in result lines that make a results table: two lines of two sides. */
const MIN_TABLED_SIDES = 4;

/** Where a candidate stands in a result line: among the sides, or in brackets among the scorers. */
type ResultPlace = 'side' | 'scorer' | undefined;

/** Marks that may stand in a result line besides names and goals. */
const RESULT_MARKS = new Set(['-', '(', ')', '.', '&']);

/**
 * The result lines of a document, read once in one pass: for each token, whether the stretch
 * of its line inside its sentence is a result line, and how deep in brackets it stands.
 */
interface ResultLines {
  result: Uint8Array;
  depth: Uint16Array;
}

const RESULT_LINES = memoKey<ResultLines>('result lines', readResultLines);

/**
 * A result line (see {@link resultPlace}): a line's stretch within one sentence of names and
 * small numbers only, two numbers at least outside brackets; in brackets, the scorers' notes
 * too ("(Van Gastel 78 penalty, Ronaldo 89 og)").
 */
function readResultLines(doc: NlpDocument): ResultLines {
  const { tokens } = doc;
  const result = new Uint8Array(tokens.length);
  const depth = new Uint16Array(tokens.length);
  let first = 0;
  while (first < tokens.length) {
    // The stretch: "Arsenal 2 (…) Derby 2 (…). Halftime 1-1." holds its result in its first sentence.
    const sentence = (tokens[first] as Token).sentence;
    let end = first + 1;
    while (end < tokens.length && (tokens[end] as Token).sameLine && (tokens[end] as Token).sentence === sentence) end++;
    let numbers = 0;
    let level = 0;
    let names = true;
    for (let i = first; i < end; i++) {
      const t = tokens[i] as Token;
      if (t.text === '(') level++;
      else if (t.text === ')') level = Math.max(0, level - 1);
      depth[i] = Math.min(level, 0xffff);
      if (SMALL_NUMBER.test(t.text)) {
        if (level === 0) numbers++;
      } else if (!/^\p{Lu}/u.test(t.text) && !RESULT_MARKS.has(t.text) && level === 0 && t.normal !== 'of' && t.normal !== 'and') names = false;
    }
    if (names && numbers >= 2) result.fill(1, first, end);
    first = end;
  }
  return { result, depth };
}

/**
 * Where the candidate stands in a result line of a results table ("Aston Villa 2 Sheffield
 * Wednesday 1", "Boston Red Sox 5 CLEVELAND 3"): a line of names and small numbers only, with
 * two or more numbers, and a number right after the candidate. Scorers and their minutes may
 * stand in brackets after each side ("Chelsea 2 (Vialli 36, Di Matteo 71) Everton 2"): the
 * names in brackets are players, not sides. Undefined outside such a line.
 */
function resultPlace(doc: NlpDocument, c: TypedCandidate): ResultPlace {
  const after = doc.tokens[c.tokenEnd];
  if (!after || !after.sameLine || !SMALL_NUMBER.test(after.text)) return undefined;
  const lines = memoOf(doc, RESULT_LINES);
  if (lines.result[c.tokenStart] !== 1) return undefined;
  return (lines.depth[c.tokenStart] ?? 0) > 0 ? 'scorer' : 'side';
}

/** True when the candidate is a side of a result line (see {@link resultPlace}). */
function inResultLine(doc: NlpDocument, c: TypedCandidate): boolean {
  return resultPlace(doc, c) === 'side';
}

/**
 * Scorers in a summary's result line, in brackets after their side with the minute of each goal
 * ("Chelsea 2 (Vialli 36, Di Matteo 71)"): people, though named by a surname alone.
 */
export function typeResultScorers(doc: NlpDocument, typed: TypedCandidate[]): void {
  for (const c of typed) {
    if (c.type === 'person' || c.evidence.place?.kind === 'country' || resultPlace(doc, c) !== 'scorer') continue;
    c.type = 'person';
    c.evidence.rule = 'result-scorers';
  }
}

/**
 * True when the candidate names where a person comes from: alone in brackets right after the
 * person's name ("Tim Vickers (Ruritania)"), or after the name and "of" ("Tim Vickers of the
 * Netherlands beat …"), or before a possessive and the name ("Russia's Yevgeny Kafelnikov").
 */
function countryOfPerson(doc: NlpDocument, people: NameBounds, c: TypedCandidate): boolean {
  const { tokens } = doc;
  if (tokens[c.tokenStart - 1]?.text === '(') return tokens[c.tokenEnd]?.text === ')' && people.ends.has(c.tokenStart - 1);
  // "Russia's Yevgeny Kafelnikov": the country's athlete.
  if (POSSESSIVE_MARK.test(tokens[c.tokenEnd]?.text ?? '') && people.starts.has(c.tokenEnd + 1)) return true;
  const of = tokens[c.tokenStart - 1]?.normal === 'the' ? c.tokenStart - 2 : c.tokenStart - 1;
  return tokens[of]?.normal === 'of' && people.ends.has(of);
}

/** How many candidates each sentence holds, by sentence index. */
function namesPerSentence(doc: NlpDocument, typed: readonly TypedCandidate[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const c of typed) {
    const sentence = (doc.tokens[c.tokenStart] as Token).sentence;
    counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  }
  return counts;
}

/** Where some names of the document start and end (token indexes). */
interface NameBounds {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

/** The token indexes where `names` start and end. */
function boundsOf(names: readonly TypedCandidate[]): NameBounds {
  return { starts: new Set(names.map((n) => n.tokenStart)), ends: new Set(names.map((n) => n.tokenEnd)) };
}

/** Retypes towns playing a result as organizations, and every same-named mention with them. */
export function retypeSportsTeams(doc: NlpDocument, typed: TypedCandidate[]): void {
  // The sides are looked for first: reading the whole document for sports words reads every
  // token's lemma, which wink computes on demand, and most documents have no side to retype.
  const teams = new Set<string>();
  // Names seen in a results table are teams even where a person's name would fit ("Aston Villa 3 points").
  const tabled = new Set<string>();
  let sidesInTable = 0;
  // "Halftime 1-1": a side needs another name in its sentence to play.
  const perSentence = namesPerSentence(doc, typed);
  const people = boundsOf(typed.filter((p) => p.type === 'person'));
  const names = boundsOf(typed);
  for (const c of typed) {
    const resultLine = inResultLine(doc, c);
    if (resultLine) sidesInTable++;
    // "Bayern" alone is the club once "Bayern Munich" has been named (club-names.ts).
    if (c.type === 'organization' && c.evidence.fired.includes(F.clubBeforeTown)) teams.add((doc.tokens[c.tokenStart] as Token).text);
    // A people ("the choice facing Americans") is no side, however the words around it read.
    if (c.type === 'organization' || c.evidence.title || c.evidence.demonym) continue;
    // "SYRIA IN SURPRISE DEFEAT": a word capitalised only by its place in a headline is the word,
    // though a town bears it (Surprise, Arizona) and "defeat" follows; not a line of a results
    // table ("BUFFALO 13 12 1 77 76 27"), which names sides only.
    if (c.type === undefined && c.evidence.fired.includes(F.positionalCapital) && !resultLine) continue;
    const home = c.evidence.place;
    if (c.type === 'person' && !resultLine) continue;
    // "Halftime 1-1", "Attendance 38,018": a word before a score is no side where no other name
    // shares its sentence, outside a line of sides and goals ("Arsenal 2 … Derby 2").
    if (!resultLine && c.type === undefined && (perSentence.get((doc.tokens[c.tokenStart] as Token).sentence) ?? 0) < 2) continue;
    // "Tim Vickers of Ruritania beat …": in an individual sport the country is the athlete's.
    if (c.type === 'place' && countryOfPerson(doc, people, c)) continue;
    const before = doc.tokens[c.tokenStart - 1];
    const after = doc.tokens[c.tokenEnd];
    const linked = linksSides(doc, before) || linksSides(doc, after);
    // "Sweden defeated South Korea 1-0": in sports copy a country or region playing a result,
    // with the score in the sentence, is its national side ("sanctions against Russia" is not).
    const national = linked && home !== undefined && NATIONAL_HOMES.has(home.kind) && sentenceHasScore(doc, c.tokenStart);
    // "BOSTON AT PHILADELPHIA", a line of its own in a schedule: the home side is the second.
    const fixture = fixtureSide(doc, names, c);
    if (home && !TEAM_HOMES.has(home.kind) && !((resultLine || fixture) && home.kind === 'region') && !national) continue;
    // "Newcastle manager Kevin Keegan", "the Ashford striker": a town before the staff or a
    // player of a side, in lower case, names the club.
    const staff = home !== undefined && TEAM_HOMES.has(home.kind) && after !== undefined && /^\p{Ll}/u.test(after.text) && (PLAYING_POSITIONS.has(after.normal) || SIDE_STAFF.has(after.normal));
    if (!resultLine && !linked && !staff && !fixture) continue;
    // Names in capitals are kept as the lines in title case write them ("ANAHEIM" is "Anaheim").
    const name = c.inCapsLine ? titleCase(c.text) : c.text;
    teams.add(name);
    if (resultLine) tabled.add(name);
    // "Westbury" alone is the club once "Westbury City" has played.
    const first = doc.tokens[c.tokenStart] as Token;
    if (c.tokenEnd - c.tokenStart > 1) teams.add(first.text);
  }
  // A results table of two lines or more ("Ajax Amsterdam 3 PSV Eindhoven 1") is sports copy
  // by itself, however few sports words the text around it has.
  if (teams.size === 0 || !(sidesInTable >= MIN_TABLED_SIDES || isSportsCopy(doc))) return;
  for (const c of typed) {
    // "WESTBURY EDGE ASHFORD" heading the story names the sides its table plays.
    const name = c.inCapsLine ? titleCase(c.text) : c.text;
    if (!teams.has(name) || (c.type === 'person' && !tabled.has(name))) continue;
    // "NEW YORK 1996-08-22" heading a results story is where it was filed from.
    if (c.evidence.fired.includes(F.datelinePlace)) continue;
    // "Tim Vickers (Ruritania) scored twice": the country an athlete comes from, not the side.
    if (c.type === 'place' && countryOfPerson(doc, people, c)) continue;
    c.type = 'organization';
    c.evidence.rule = 'sports-sides';
  }
}

/** True when token `i` opens its line. */
const opensLine = (doc: NlpDocument, i: number): boolean => i === 0 || !(doc.tokens[i] as Token).sameLine;

/**
 * True when `c` is one side of a fixture written as a line of its own, two names joined by "at"
 * ("ANAHEIM AT NEW JERSEY", "Boston at Philadelphia").
 */
function fixtureSide(doc: NlpDocument, names: NameBounds, c: TypedCandidate): boolean {
  const { tokens } = doc;
  // True when the line ends before token `i`.
  const lineEndsBefore = (i: number) => i >= tokens.length || opensLine(doc, i);
  // Only the first name of a line looks forward and only the last looks back: each line is read
  // once.
  if (tokens[c.tokenEnd]?.normal === 'at' && opensLine(doc, c.tokenStart) && names.starts.has(c.tokenEnd + 1)) {
    let end = c.tokenEnd + 2;
    while (!lineEndsBefore(end)) end++;
    return names.ends.has(end);
  }
  if (tokens[c.tokenStart - 1]?.normal === 'at' && lineEndsBefore(c.tokenEnd) && names.ends.has(c.tokenStart - 1)) {
    let start = c.tokenStart - 2;
    while (start > 0 && !opensLine(doc, start)) start--;
    return names.starts.has(start);
  }
  return false;
}

/** The nicknames of clubs typed as such (rule `team-nickname-alone`): the words after the home town ("Canaries" of "Ashford Canaries"). */
export function teamNicknames(typed: TypedCandidate[], doc: NlpDocument, gazetteer: Gazetteer): Set<string> {
  const nicknames = new Set<string>();
  for (const c of typed) {
    if (c.type !== 'organization' || !c.evidence.fired.includes(F.teamNickname)) continue;
    const tokens = nameWords(doc, c);
    for (let k = 1; k <= 2 && k < tokens.length; k++) {
      const homeEnd = (tokens[tokens.length - k - 1] as Token).end;
      const nickname = c.text.slice((tokens[tokens.length - k] as Token).start - c.start);
      // "Ashford United States" is no club of "United States".
      if (gazetteer.places(c.text.slice(0, homeEnd - c.start)).length && !gazetteer.places(nickname).length) nicknames.add(nickname);
    }
  }
  return nicknames;
}
