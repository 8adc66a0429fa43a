/**
 * Closed-class words of reported speech: the verbs that introduce a quotation ("said",
 * "tweeted", "shot back"), the phrases that do the same without a verb ("according to"), and
 * the words a reporting verb's subject can be. This is grammar, not data about any article.
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import { startsCapitalised } from '../../support/code-unit.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Lemmas of verbs that report speech or writing. Lower-case base forms; wink's lemmas are
 * checked, and the surface form as a fallback through {@link reportingLemma}.
 */
export const REPORTING_VERBS = words(`
  say tell add write tweet retweet post ask reply respond continue declare conclude explain note
  state recall shout insist argue claim warn suggest acknowledge admit joke yell chant announce
  assert confirm comment complain concede contend counter criticize criticise emphasize
  emphasise exclaim maintain mention observe predict promise quip remark report read repeat
  reiterate retort scoff snap stress testify urge vow whisper email e-mail text caution boast
  brag charge cry demand elaborate lament muse mutter plead proclaim protest reason recount
  reflect reveal sigh speculate theorize thunder underscore wonder answer begin bellow offer
  opine interject echo agree assure bark confess gloat laugh smile scream sing cheer affirm
  blast needle riff surmise tease fume rant marvel grumble huff gush concur allege inform
  advise counsel instruct reassure remind rail rage hail praise concur recite quote deadpan
  exult fret worry chide scold taunt mock jeer boom beam crow holler murmur grouse sneer hedge
  volunteer venture rejoin posit pledge swear lecture preach demur press interrupt
  plead recount joke remember react implore beseech entreat exhort crack
`);

/** Verbs that report speech only with a particle or object ("went on", "shot back", "put it"). */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['go', words('on')],
  ['shoot', words('back')],
  ['fire', words('back')],
  ['hit', words('back')],
  ['point', words('out')],
  ['put', words('it')],
  ['chime', words('in')],
  ['weigh', words('in')],
  ['speak', words('up out')],
  ['call', words('out')],
  ['sum', words('up')],
  ['spell', words('out')],
  ['lash', words('out')],
]);

/**
 * A token read as a particle: wink keeps a particle ending a sentence together with its full
 * stop ("chimed in." is "chimed", "in."), which is dropped here.
 */
export function particleOf(token: Token): string {
  return token.normal.length > 1 && token.normal.endsWith('.') ? token.normal.slice(0, -1) : token.normal;
}

/** Every particle of {@link PARTICLE_CUES}. */
const ANY_PARTICLE: ReadonlySet<string> = new Set([...PARTICLE_CUES.values()].flatMap((set) => [...set]));

/** Irregular or mis-lemmatised surface forms mapped to their lemma. */
const SURFACE_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['says', 'say'], ['saying', 'say'],
  ['told', 'tell'], ['tells', 'tell'], ['telling', 'tell'],
  ['wrote', 'write'], ['writes', 'write'], ['writing', 'write'], ['written', 'write'],
  ['tweeted', 'tweet'], ['tweets', 'tweet'], ['tweeting', 'tweet'],
  ['retweeted', 'retweet'], ['emailed', 'email'], ['e-mailed', 'email'], ['texted', 'text'],
  ['posted', 'post'], ['quipped', 'quip'], ['shot', 'shoot'], ['went', 'go'], ['goes', 'go'],
  ['read', 'read'], ['reads', 'read'], ['began', 'begin'], ['begins', 'begin'],
  ['put', 'put'], ['puts', 'put'], ['spoke', 'speak'], ['swore', 'swear'], ['sang', 'sing'],
]);

/** Lemma of a token as a reporting verb would have it: wink's lemma, corrected for a few forms. */
export function reportingLemma(token: Token): string {
  const known = SURFACE_LEMMAS.get(token.normal);
  if (known) return known;
  if (REPORTING_VERBS.has(token.lemma) || token.normal !== token.lemma) return token.lemma;
  return stripToReportingVerb(token.normal);
}

/** wink leaves a verb it tagged as an adjective or noun unlemmatised ("elaborated", "quips"). */
function stripToReportingVerb(word: string): string {
  for (const [suffix, replacement] of STRIPS) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length) + replacement;
    if (REPORTING_VERBS.has(base)) return base;
  }
  return word;
}

/**
 * Inflectional endings tried, in order, to find a verb's base form. A past tense ends in "-ed"
 * ("vowed", "quoted"): a bare "-d" is no ending ("crowd" is not "crow").
 */
const STRIPS: readonly (readonly [string, string])[] = [
  ['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'],
];

/**
 * True when the token is a verb that reports speech on its own ("said", "tweeted"). Nouns
 * are excluded by part of speech, but wink often tags a reporting verb after a quote as a
 * noun or proper noun ("Smith quipped"), so the frequent forms are accepted whatever the tag.
 */
export function isReportingVerb(token: Token): boolean {
  if (token.type !== 'word') return false;
  const verbTag = token.pos === 'VERB' || token.pos === 'AUX';
  // A word tagged otherwise counts only in an inflected, lower-case form: when it cannot be
  // one, the answer is known without the lemma, which wink computes on every first read.
  if (!verbTag && (startsCapitalised(token.text) || !inflectedEnding(token.normal))) return false;
  const lemma = reportingLemma(token);
  if (!REPORTING_VERBS.has(lemma)) return false;
  if (verbTag) return true;
  // Tagging slips: "says" as a noun, "added" as an adjective. Accept inflected forms only,
  // so the nouns "report", "claim", "text" and "post" are not taken for verbs.
  // A past tense in -ed is no noun ("jeered", "boomed"); -s and -ing forms of a verb that is
  // also a noun ("claims", "reports", "posting") count only for the frequent speech verbs.
  if (token.normal === lemma) return false;
  return token.normal.endsWith('ed') || ((token.normal.endsWith('s') || token.normal.endsWith('ing')) && SURFACE_OK.has(lemma));
}

/** True when the word ends as an inflected verb may that is tagged as a non-verb (-ed, -s, -ing). */
function inflectedEnding(normal: string): boolean {
  return normal.endsWith('ed') || normal.endsWith('s') || normal.endsWith('ing');
}

/**
 * True when the token is an inflected form of a reporting verb ("answers", "noted") whatever
 * its tag: used where grammar already expects a verb, right after a subject.
 */
export function isInflectedReportingVerb(token: Token): boolean {
  // The ending is tested first: it needs no lemma.
  if (token.type !== 'word' || !(token.normal.endsWith('s') || token.normal.endsWith('d')) || startsCapitalised(token.text)) return false;
  const lemma = reportingLemma(token);
  return REPORTING_VERBS.has(lemma) && token.normal !== lemma;
}

/** Reporting verbs whose inflected forms are safe to accept even when tagged as non-verbs. */
const SURFACE_OK = words(`
  say tell add write tweet note explain continue reply respond declare conclude recall insist
  argue warn joke shout ask quip retort state remark observe acknowledge admit
`);

/** Words that, before a quotation, report speech without a verb ("according to Smith"). */
export const ACCORDING_TO = ['according', 'to'] as const;

/** Personal pronouns that can be the subject of a reporting verb, with the gender they carry. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'female' | 'male' | 'plural' | 'self' | 'neuter'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['i', 'self'],
  ['we', 'self'],
  ['it', 'neuter'],
]);

/** Participles that introduce a quotation after a main clause ("..., saying, “...”"). */
export function isParticipleCue(token: Token): boolean {
  return token.normal.endsWith('ing') && isReportingVerb(token);
}

/**
 * "shot back", "went on", "pointed out": a verb and its particle. wink tags some of these
 * verbs as nouns ("Smith shot back"), so an inflected form counts whatever its tag.
 */
export function isParticleCue(doc: NlpDocument, index: number): boolean {
  const t = doc.tokens[index];
  const next = doc.tokens[index + 1];
  // Most words are followed by no particle at all: that needs no lemma to tell.
  const particle = next ? particleOf(next) : '';
  if (!t || !next || !ANY_PARTICLE.has(particle)) return false;
  const lemma = reportingLemma(t);
  const particles = PARTICLE_CUES.get(lemma);
  if (!particles?.has(particle)) return false;
  return t.pos === 'VERB' || (t.normal !== lemma && !startsCapitalised(t.text));
}

/**
 * Lemmas of verbs that characterise or weigh what someone said or thinks ("called it “a
 * disaster”", "cited “sincere efforts”", "dismissed it as “fake news”"). They frame a quoted
 * phrase inside the reporter's sentence as their subject's words, but do not introduce direct
 * speech, so they are kept apart from {@link REPORTING_VERBS}.
 */
export const FRAMING_VERBS = words(`
  call describe dub label brand term nickname characterize characterise portray cite dismiss
  deride denounce condemn decry slam accuse praise tout vow promise pledge argue insist express
  believe think consider deem view regard blame attack assail lambast lambaste question defend
  welcome reject deny dispute disparage ridicule invoke recount decline refuse hail applaud
  commend celebrate envision envisage frame cast liken compare convey
`);

/** Verbs that frame speech only with a particle ("pointed to", "referred to", "spoke of"). */
const FRAMING_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', words('to')],
  ['refer', words('to')],
  ['speak', words('of about')],
  ['talk', words('of about')],
  ['go', words('on')],
]);

/** Every particle of {@link FRAMING_PARTICLES}. */
const ANY_FRAMING_PARTICLE: ReadonlySet<string> = new Set([...FRAMING_PARTICLES.values()].flatMap((set) => [...set]));

/** True when the token is a verb that characterises speech or thought ("labeled", "cited"). */
export function isFramingVerb(token: Token): boolean {
  return token.type === 'word' && FRAMING_VERBS.has(reportingLemma(token));
}

/**
 * The index of the particle that makes the verb at `index` frame speech ("pointed to"),
 * or -1 when it has none.
 */
export function framingParticle(doc: NlpDocument, index: number): number {
  const t = doc.tokens[index];
  const next = doc.tokens[index + 1];
  if (!t || !next || !ANY_FRAMING_PARTICLE.has(next.normal)) return -1;
  return FRAMING_PARTICLES.get(reportingLemma(t))?.has(next.normal) === true ? index + 1 : -1;
}
