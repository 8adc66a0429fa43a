/**
 * Which tokens can be words of a name: capitalised, not a date, not a mere sentence start, not
 * emphasis in capitals, not part of a file's name or a greeting (name-runs.ts extends runs of them).
 */
import { CLOSED_CLASS_POS, joinedWithoutSpace, opensSentence, type NlpDocument, type Token } from '../../nlp/document.js';
import { nameWordInHeadline } from './headline-words.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { DASHES } from '../lexicon/clause-words.js';
import { DATE_ABBREVIATIONS, EVENT_WORDS, GREETINGS, HONORIFICS, ORGANIZATION_WORDS, PLACE_WORDS, ROLE_NOUNS, SURNAME_PARTICLES } from '../lexicon/cue-words.js';
import { isAllCaps, type TokenMarks } from './letter-case.js';
import { startsCapitalised } from '../../support/code-unit.js';
import { opensWithDateline } from './evidence-cues.js';
import { postalDistrictAfterTown } from './addresses.js';

/** A word that begins with a capital letter. */
export const CAPITALISED = /^\p{Lu}/u;
const CONTRACTION = /['’](m|re|ve|ll|d|s|t)$/iu;
/** Four words or more run together, each opening on a capital. */
const GLUED_WORDS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){3,}/u;
/**
 * A word made with a prefix of the language and a hyphen, the rest in lower case ("Ex-teammates",
 * "Co-founders", "Anti-war"): capitalised only where a sentence opens, never a name (unlike a
 * Korean given name's second syllable: "Ki-moon"), unless a name goes on after it
 * ("Co-operative Commonwealth Federation").
 */
const PREFIXED_WORD = /^(?:Ex|Co|Anti|Pro|Non|Post|Pre|Self|Semi|Multi|Mid|Counter|Over|Under|Well|Re|Vice)-\p{Ll}+$/u;

/** What finding runs of name words reads: the document, reference data and what is known of its lines. */
export interface Context {
  doc: NlpDocument;
  gazetteer: Gazetteer;
  capsLines: TokenMarks;
  titleCaseLines: TokenMarks;
  /** Lower-case forms the document also writes in lower case: evidence of a common word. */
  lowerCaseWords: ReadonlySet<string>;
  /** {@link isNameWord}'s answer per token: 0 not yet asked, 1 no, 2 yes (runs ask it again). */
  nameWord: Uint8Array;
  /**
   * How often each capitalised word is written right after a given name ("Clinton" in "Hillary
   * Clinton"), counted on first use by headline-words.ts.
   */
  afterGivenNames?: Map<string, number>;
  /** Whether each word is written somewhere with no capitalised word after it, asked by headline-words.ts. */
  aloneWords?: Map<string, boolean>;
  /** How often each two capitalised words are written together ("Mary Woods"), counted by headline-words.ts. */
  capitalPairs?: Map<string, number>;
}

/** True when the token can be a word of a name: capitalised, not a date, not a mere sentence start. */
export function isNameWord(ctx: Context, t: Token | undefined): t is Token {
  if (!t || t.type !== 'word' || !startsCapitalised(t.text)) return false;
  const known = ctx.nameWord[t.index];
  if (known) return known === 2;
  const answer = judgeNameWord(ctx, t);
  ctx.nameWord[t.index] = answer ? 2 : 1;
  return answer;
}

/** Head words that open a name before "of": bodies, places, events, offices and ranks. */
const NAMED_HEADS = [ORGANIZATION_WORDS, PLACE_WORDS, EVENT_WORDS, ROLE_NOUNS, HONORIFICS];

/** {@link isNameWord} for a capitalised word, asked once per token. */
function judgeNameWord(ctx: Context, t: Token): boolean {
  if (t.temporal !== undefined || DATE_ABBREVIATIONS.has(t.normal)) return false;
  if (ctx.capsLines.has(t.index)) return false;
  // "FlagShareLikeReplyPaige", "MakeAmericaGreatAgain": words run together, a page's buttons
  // scraped with the text or a hashtag, are no name (a brand joins two or three: "GlaxoSmithKline").
  if (GLUED_WORDS.test(t.text) || (PREFIXED_WORD.test(t.text) && !CAPITALISED.test(ctx.doc.tokens[t.index + 1]?.text ?? ''))) return false;
  // "I’m", "We’ll": contractions are not names; a firm named in the possessive is ("Moody's").
  if (CONTRACTION.test(t.text) && !ctx.gazetteer.organization(t.text)) return false;
  // "London E17": part of an address, and the name after it is another ("… E17 Waheed Zaman").
  if (postalDistrictAfterTown(ctx.doc.tokens, t, ctx.gazetteer)) return false;
  // "Lisa_resume.doc", "Q3_Report", "CrudeStocks.pdf": a word joined to an underscore or to a
  // file's extension is part of a file's name or an identifier, never a person's or a place's.
  if (joinedUnderscore(ctx.doc.tokens, t)) return false;
  // "Hi Mark", "Dear Ann": a greeting before a name is no part of it.
  if (GREETINGS.has(t.normal) && CAPITALISED.test(ctx.doc.tokens[t.index + 1]?.text ?? '')) return false;
  // In a Title Case headline a capital proves nothing (headline-words.ts).
  if (ctx.titleCaseLines.has(t.index) && !nameWordInHeadline(ctx, t)) return false;
  // "WHO say…": a function word written in capitals in running text is an acronym.
  // "NOW, THEREFORE": capitalised adverbs and conjunctions are emphasis, not acronyms.
  const acronym = t.text.length >= 3 && isAllCaps(t.text) && t.pos !== 'ADV' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && ctx.doc.tokens[t.index + 1]?.text !== ',';
  if (CLOSED_CLASS_POS.has(t.pos) && t.pos !== 'PROPN' && !acronym) return false;
  const normal = t.normal;
  const before = ctx.doc.tokens[t.index - 1];
  if (opensSentence(ctx.doc, t) || !t.sameLine || before?.text === ':' || (before !== undefined && DASHES.has(before.text) && opensWithDateline(ctx.doc.tokens, t.index))) {
    // A capital at the start of a sentence, of a clause after a colon ("One snag: Most
    // states …") or of the story after its dateline ("WASHINGTON — Supporters of …") proves
    // nothing: keep the word only when the tagger calls it a proper noun and the document never
    // writes it in lower case.
    // "Tom Keane, he's joining us": a given name followed by another capital is a name
    // even when the tagger reads the first word as a verb.
    const next = ctx.doc.tokens[t.index + 1];
    const afterAnd = next?.normal === 'and' ? ctx.doc.tokens[t.index + 2] : undefined;
    const givenAndMore = ctx.gazetteer.givenName(t.text) !== undefined &&
      (/^\p{Lu}/u.test(next?.text ?? '') || (afterAnd !== undefined && ctx.gazetteer.givenName(afterAnd.text) !== undefined));
    // "Downing Street said": a word the tagger reads as a verb or adjective, before a place's or
    // an organization's head word, opens that name.
    const beforeHead = (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && next !== undefined && next.sameLine && /^\p{Lu}\p{Ll}/u.test(next.text) && (PLACE_WORDS.has(next.normal) || ORGANIZATION_WORDS.has(next.normal));
    // "Prime Minister Tom Hadley accepted …", "Housing Minister Claire Dunmore resigned": the
    // first word of a title before a name, though the story writes it in lower case elsewhere
    // ("a letter to the prime minister").
    const afterRole = ctx.doc.tokens[t.index + 2];
    const beforeRole = next !== undefined && next.sameLine && /^\p{Lu}\p{Ll}/u.test(next.text) && ROLE_NOUNS.has(next.normal) && afterRole !== undefined && afterRole.sameLine && /^\p{Lu}\p{Ll}/u.test(afterRole.text);
    if (t.pos !== 'PROPN' && !HONORIFICS.has(normal) && !givenAndMore && !acronym && !beforeHead && !beforeRole) return false;
    // "Von der Leyen told reporters": a capitalised particle opening a surname is part of it.
    const particle = SURNAME_PARTICLES.has(normal) && isNameWord(ctx, ctx.doc.tokens[t.index + 2]);
    if (ctx.lowerCaseWords.has(normal) && !ctx.gazetteer.places(t.text).length && !particle && !acronym && !beforeRole) return false;
    // "Results of Major League Baseball games", "Residents of Ohio": a plural common noun opening
    // the sentence before "of" is the head of a description, not a name.
    if (next?.normal === 'of' && normal.endsWith('s') && ctx.gazetteer.commonWord(normal) && !ORGANIZATION_WORDS.has(normal)) return false;
    // "Share of Canadians", "Number of voters": nor is a common noun that heads no body,
    // place, event or office ("Bank of …", "Gulf of …", "Battle of …", "Duke of …").
    if (next?.normal === 'of' && ctx.gazetteer.commonWord(normal) && !ctx.gazetteer.givenName(t.text) && !NAMED_HEADS.some((heads) => heads.has(normal))) return false;
  }
  return true;
}

/** True when an underscore is written against the token, before or after it. */
function joinedUnderscore(tokens: readonly Token[], t: Token): boolean {
  const before = tokens[t.index - 1];
  const after = tokens[t.index + 1];
  return (after?.text === '_' && joinedWithoutSpace(t, after)) || (before?.text === '_' && joinedWithoutSpace(before, t)) || fileExtensionAfter(tokens, t);
}

/** Extensions of the files a message attaches or names ("CrudeStocks.pdf", "Budget.xlsx"). */
const FILE_EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'csv', 'rtf', 'jpg', 'jpeg', 'png', 'gif', 'zip', 'htm', 'html', 'xml', 'json']);

/** True when a stop and a file's extension are written onto the word ("UnleadedStocks.pdf"). */
function fileExtensionAfter(tokens: readonly Token[], t: Token): boolean {
  const stop = tokens[t.index + 1];
  const extension = tokens[t.index + 2];
  return stop?.text === '.' && extension !== undefined && joinedWithoutSpace(t, stop) && joinedWithoutSpace(stop, extension) && FILE_EXTENSIONS.has(extension.text.toLowerCase());
}
