/**
 * Where a title ends and a name begins inside a run of capitalised words: "Russian President" +
 * "Vladimir Putin", "Secretary of State" + "Ann Garrow", "Republican" + "Donald Trump"; and the
 * runs that are names whole although they open with a title word ("General Motors", "Saint
 * Lucia", "Shah Mosque").
 */
import { isTerritory, type Gazetteer } from '../../gazetteer/gazetteer.js';
import { joinedWithoutSpace, type NlpDocument, type Token } from '../../nlp/document.js';
import { CHAMBERS_AFTER_THE, HONORIFICS, NAME_CONNECTORS, NAME_SUFFIXES, ORGANIZATION_WORDS, PARTY_PLURALS, PLACE_WORDS, ROLE_NOUNS } from '../lexicon/cue-words.js';
import type { TokenMarks } from './letter-case.js';
import { longestRunAt } from './longest-run.js';
import { ARABIC_ARTICLE, INITIAL } from './name-parts.js';
import { NAME_SHAPED_WORD } from './name-shape.js';

/** What the title split reads: the document and the reference data. */
export interface NameContext {
  doc: NlpDocument;
  gazetteer: Gazetteer;
  /** Tokens in Title Case headlines, where every word has its capital. */
  titleCaseLines?: TokenMarks;
}

/** Longest place name tried where a title word may open one ("Saint Vincent and the Grenadines"). */
const MAX_PLACE_WORDS = 5;

/** A given name that is not also a common word ("Will", "Rose"): strong sign a person's name starts. */
function isPlainGivenName(ctx: NameContext, word: string): boolean {
  if (ctx.gazetteer.givenName(word) === undefined || ctx.gazetteer.commonWord(word)) return false;
  // "Australia", "Georgia", "India": a country or region first, a given name only rarely.
  return !ctx.gazetteer.places(word).some(isTerritory);
}

/** True when the words from `from` (up to {@link MAX_PLACE_WORDS} of them, within `end`) name a country, region or town. */
function startsPlace(ctx: NameContext, from: number, end: number): boolean {
  // Two words at least: the honorific and a name after it.
  if (!ctx.gazetteer.opensPlaceName((ctx.doc.tokens[from] as Token).text)) return false;
  const run = longestRunAt(ctx.doc, from, end, MAX_PLACE_WORDS, (text) => {
    const place = ctx.gazetteer.places(text)[0];
    return place && (place.kind !== 'city' || (place.population ?? 0) >= 10_000) ? place : undefined;
  }, 2);
  return run !== undefined;
}

/** Place head words that are not also common surnames (unlike "Hill", "Park" or "West"). */
const LANDMARK_HEADS = new Set(['street', 'avenue', 'road', 'square', 'mosque', 'palace', 'bridge', 'cathedral', 'temple', 'tower', 'station', 'airport', 'stadium', 'hotel', 'museum', 'castle', 'theatre', 'theater', 'library', 'gallery', 'arena', 'plaza']);

/** Endings of abstract nouns ("Democracy", "Judaism", "Cooperation"), which end no person's name. */
const ABSTRACT_NOUN = /(?:tion|ment|ism|acy|ship)$/u;

/** True when a name's last word is a country, a region or an abstract noun: a body's name, not a person's. */
function endsLikeABody(ctx: NameContext, last: Token): boolean {
  if (ABSTRACT_NOUN.test(last.normal) && ctx.gazetteer.commonWord(last.text)) return true;
  return ctx.gazetteer.places(last.text).some(isTerritory);
}

/** True when the token at `i` is written together with a hyphen after it ("Star-" in "Star-Courier"). */
function joinedByHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  return hyphen !== undefined && hyphen.text === '-' && joinedWithoutSpace(tokens[i] as Token, hyphen);
}

/** Forms of address that only ever precede a person's name ("Mr.", "Mrs.", "Ms."). */
const FORMS_OF_ADDRESS = /^(?:mr|mrs|ms|mx|miss)\.?$/u;

/** Words that join a role to its employer: "an economist at …", "a spokeswoman for …". */
const EMPLOYER_LINKS = new Set(['at', 'for', 'with']);

/** True when the run at `start` follows a role noun and "at", "for" or "with". */
function isEmployerPosition(tokens: readonly Token[], start: number): boolean {
  const link = tokens[start - 1];
  const role = tokens[start - 2];
  return link !== undefined && role !== undefined && EMPLOYER_LINKS.has(link.normal) && ROLE_NOUNS.has(role.normal) && /^\p{Ll}/u.test(role.text);
}

/** Index one past the title inside the run [start, end), or `start` when there is none. */
export function titleEnd(ctx: NameContext, start: number, end: number): number {
  const tokens = ctx.doc.tokens;
  const lastWord = (tokens[end - 1] as Token).normal;
  // "General Motors", "Justice Department": a run ending in an organization word is a name whole;
  // so is one ending in a landmark's head word ("Shah Mosque", "King Street", "Queen’s Bridge").
  // Not a form of address and one word: "Mr. Band", "Ms. Church" are people.
  const addressed = end - start === 2 && FORMS_OF_ADDRESS.test((tokens[start] as Token).normal);
  if ((ORGANIZATION_WORDS.has(lastWord) && !addressed) || LANDMARK_HEADS.has(lastWord)) return start;
  // "Office of the Superintendent of Financial Institutions", "Society for Coastal Systems
  // Research": head-first, also a name whole.
  // Unless a role follows that is not the complement itself ("Office of the Superintendent"):
  // "Council on Coastal-Harbor Relations National Executive Director Lena Ford" is a title
  // and a name.
  const ofAt = tokens.slice(start, end).findIndex((t) => t.text === 'of' || t.text === 'for' || t.text === 'on');
  const roleAfter =
    ofAt > 0 &&
    tokens.slice(start + ofAt + 1, end - 1).some((t) => (HONORIFICS.has(t.normal) || ROLE_NOUNS.has(t.normal)) && !NAME_CONNECTORS.has(tokens[t.index - 1]?.normal ?? '') && tokens[t.index - 1]?.normal !== 'the');
  if (ofAt > 0 && !roleAfter && ORGANIZATION_WORDS.has((tokens[start + ofAt - 1] as Token).normal)) return start;
  let cut = start;
  for (let i = start; i < end - 1; i++) {
    const normal = (tokens[i] as Token).normal;
    if (!HONORIFICS.has(normal) && !ROLE_NOUNS.has(normal)) continue;
    // "Star-Courier", "Chief-of-Staff": a title word joined by a hyphen is part of a compound.
    if (joinedByHyphen(tokens, i)) continue;
    // "Sen. Dean Holloway", "Gov. Earl Wade Pruitt": a title word that is also a given name opens
    // the name when it follows an honorific. After a role it may complete the title: "Chief
    // Justice Roberts".
    if (cut === i && i > start && HONORIFICS.has((tokens[i - 1] as Token).normal) && ctx.gazetteer.givenName((tokens[i] as Token).text)) continue;
    // "Rep. Peter T. King of New York": a role word after a given name or an initial is a
    // surname, not the start of a title ("King of New …"); not before another given name, which
    // it is the title of ("San Francisco Mayor Dianne Feinstein", "Harvard President Larry …").
    if (i > cut && surnameAfterName(ctx, tokens[i - 1] as Token) && ctx.gazetteer.givenName((tokens[i + 1] as Token).text) === undefined) continue;
    cut = i + 1;
  }
  // A suffix alone is no name: "Henry Lee King Jr." keeps its title word.
  if (cut > start && cut < end && tokens.slice(cut, end).every((t) => NAME_SUFFIXES.has(t.normal))) cut = start;
  // "Saint Lucia", "Saint Vincent and the Grenadines", "General Santos": a place's name may
  // begin with an honorific.
  if (cut > start && startsPlace(ctx, cut - 1, end)) cut--;
  // "Secretary of State Ann Garrow": the role's complement belongs to the title.
  // "Secretary of State" alone is the office whole: no name follows the complement. "Earl of
  // Ashford" ends in a place, which stays a name.
  // The complement is one word, or words joined by hyphens ("CEO of Hewlett-Packard").
  let complementEnd = cut + 2;
  while (complementEnd + 1 < end && joinedByHyphen(tokens, complementEnd - 1) && joinedWithoutSpace(tokens[complementEnd] as Token, tokens[complementEnd + 1] as Token)) complementEnd += 2;
  const complementText = complementEnd <= end && tokens[cut + 1] ? ctx.doc.text.slice((tokens[cut + 1] as Token).start, (tokens[complementEnd - 1] as Token).end) : '';
  const officeWhole = complementEnd === end && ctx.gazetteer.places(complementText).length === 0;
  // "CEO of Iraq and Afghanistan Veterans of America": a complement that "and" goes on from is
  // the name of a body, all of it after "of".
  if (cut > start && tokens[cut]?.text === 'of' && (complementEnd < end || officeWhole) && tokens[complementEnd]?.normal !== 'and') {
    // "Speaker of the House Newt Gingrich": a chamber after "the" is the complement whole, and
    // a name follows it ("President of the United States" keeps its place, the name after "the").
    cut = tokens[cut + 1]?.normal === 'the' && CHAMBERS_AFTER_THE.has(tokens[cut + 2]?.normal ?? '') && cut + 3 < end ? cut + 3 : complementEnd;
  }
  while (cut > start && cut < end && NAME_CONNECTORS.has((tokens[cut] as Token).text)) cut++;
  // "Republican Donald Trump", "Miss Universe Lena Ford": words before a plain given name
  // that begins a two-word name describe the person. Not when the name ends in a country or
  // region, or in an abstract noun: "Coalition Avenir Québec", "United Torah Judaism" are
  // parties whose names hold a word that is also a given name.
  // Nor where the run stands as an employer ("an economist at Deutsche Morgan Keane").
  for (let k = cut + 1; k < end - 1 && !endsLikeABody(ctx, tokens[end - 1] as Token) && !(cut === start && isEmployerPosition(tokens, start)); k++) {
    const word = tokens[k] as Token;
    // "Ki" in "Ban Ki-moon" is the first syllable of a given name after the surname.
    const syllable = tokens[k + 1]?.text === '-' && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '');
    // "Musaed Al-Aiban": "Al" written onto a surname is the Arabic article, no given name.
    const article = ARABIC_ARTICLE.test(word.text) && joinedByHyphen(tokens, k);
    // "Harry Harris Jr.": a given name before a suffix is the surname, not a second name's start.
    const beforeSuffix = NAME_SUFFIXES.has((tokens[k + 1] as Token).normal);
    // "Republican Frank G. Halvorsen": a given name that is also a word ("frank") opens the name
    // when an initial follows it.
    const beforeInitial = ctx.gazetteer.givenName(word.text) !== undefined && INITIAL.test((tokens[k + 1] as Token).text);
    if (syllable || article || beforeSuffix || !(isPlainGivenName(ctx, word.text) || beforeInitial)) continue;
    // "New York City", "St. Louis", "Los Angeles": the given name is part of a place's name
    // (and a name may still follow the place: "North Dakota Republican Bette Grande").
    const through = ctx.doc.text.slice((tokens[cut] as Token).start, word.end);
    if (ctx.gazetteer.places(through).length) continue;
    // "North Dakota Republican Bette Grande", "Georgia Democrat Tom Keane": a place before the
    // describing words is theirs, even one named like a person ("Dakota", "Georgia").
    const place = longestRunAt(ctx.doc, cut, k - 1, MAX_PLACE_WORDS, (text) => (ctx.gazetteer.places(text).length ? true : undefined));
    const before = tokens.slice(place?.end ?? cut, k);
    // "Mary Ann Keane", "John Paul Vickers": a given name, even one that is also a word, describes
    // nobody; in a Title Case headline such a word may be the verb ("Lawmakers Rip Lena Ford").
    const describes = (t: Token) => ctx.gazetteer.givenName(t.text) === undefined || (ctx.titleCaseLines?.has(t.index) === true && !isPlainGivenName(ctx, t.text));
    if (before.every((t) => /^\p{Lu}/u.test(t.text) && describes(t) && !NAME_CONNECTORS.has(t.text) && !INITIAL.test(t.text))) cut = k;
    break;
  }
  if (cut === start && partyMemberBefore(ctx, start, end)) cut = start + 1;
  if (cut === start) cut = postAfter(ctx, start, end);
  return cut >= end ? start : cut;
}

/** Most words of a name after the country of a post ("Hamdullah Mohib", "Ann Marie Garrow"). */
const MAX_NAME_WORDS = 3;

/**
 * "Ambassador to the United States Hamdullah Mohib", "envoy to Ruritania Ann Garrow": after a role
 * and "to", a country or region and then two or three words shaped like a name, none a head
 * word: the place completes the title (the country of the post) and the words after it name
 * the person, even when the reference data knows no given name among them. Returns the index
 * where the name starts, or `start`.
 */
function postAfter(ctx: NameContext, start: number, end: number): number {
  const tokens = ctx.doc.tokens;
  const to = tokens[start - 1]?.normal === 'the' ? start - 2 : start - 1;
  if (tokens[to]?.normal !== 'to' || !ROLE_NOUNS.has(tokens[to - 1]?.normal ?? '')) return start;
  if (!ctx.gazetteer.opensPlaceName((tokens[start] as Token).text)) return start;
  const place = longestRunAt(ctx.doc, start, end - 2, MAX_PLACE_WORDS, (text) => ctx.gazetteer.places(text).find((p) => p.kind !== 'city'));
  if (!place || end - place.end > MAX_NAME_WORDS) return start;
  const rest = tokens.slice(place.end, end);
  const nameShaped = rest.every((t) => (NAME_SHAPED_WORD.test(t.text) || INITIAL.test(t.text)) && !ORGANIZATION_WORDS.has(t.normal) && !PLACE_WORDS.has(t.normal) && !ctx.gazetteer.commonWord(t.text));
  return nameShaped ? place.end : start;
}

/** Members of a party, in the singular ("Republican", "Democrat", "Liberal"). */
const PARTY_MEMBERS = new Set([...PARTY_PLURALS].map((plural) => plural.slice(0, -1)));

/**
 * "Democrat Lena Ford", "Republican Paul Garrow": one party word before two or three words shaped
 * like a name, opened by a given name and none a head word of a body or a place, describes the
 * person, though the given name is also a place or a word ("Paul" is a region, "Bob" a verb:
 * the split before plain given names refuses both); "Republican Guard", "Green Bay" and
 * "Liberal Arts College" are names whole.
 */
function partyMemberBefore(ctx: NameContext, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  if (!PARTY_MEMBERS.has((tokens[start] as Token).normal) || end - start < 3 || end - start > 4) return false;
  const rest = tokens.slice(start + 1, end);
  if (rest.some((t) => !(NAME_SHAPED_WORD.test(t.text) || INITIAL.test(t.text)) || ORGANIZATION_WORDS.has(t.normal) || PLACE_WORDS.has(t.normal))) return false;
  // The name opens with a given name the reference data knows: "Republican Sinn Varna" is a party.
  const opener = (rest[0] as Token).text;
  return !endsLikeABody(ctx, tokens[end - 1] as Token) && ctx.gazetteer.givenName(opener) !== undefined;
}

/** True when `t` is an initial or a plain given name that is no title word itself: what a surname follows. */
function surnameAfterName(ctx: NameContext, t: Token): boolean {
  // "German Chancellor Helmut Kohl": a people's adjective before the role says whose it is.
  if (HONORIFICS.has(t.normal) || ROLE_NOUNS.has(t.normal) || ctx.gazetteer.demonym(t.text) !== undefined) return false;
  return INITIAL.test(t.text) || isPlainGivenName(ctx, t.text);
}

/** Roles only a company has, written in a title before their holder's name ("CEO", "founder"). */
const FIRM_TITLE_ROLES = new Set(['ceo', 'founder', 'co-founder', 'cofounder', 'chairman', 'chairwoman']);

/** True when a company's role ("CEO", "co-founder", "chief executive") starts at token `at`. */
export function firmRoleAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined) return false;
  return FIRM_TITLE_ROLES.has(t.normal) || (t.normal === 'chief' && tokens[at + 1]?.normal === 'executive');
}
