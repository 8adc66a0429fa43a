/**
 * Closed-class marks and words the quotation stages read clauses by: the dashes that set off
 * asides and signatures, and the relative pronouns that open a clause about the phrase before
 * them. One list each, so every stage agrees on what a dash or a relative clause is.
 */

/** Marks that close a quotation, as wink tokenises them, before an inverted attribution (“…,” said Peter Rice). */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', "''", '’', "'", '»']);

/** What joins the members of a list of names: "Sens. Ann Grove, Tom Vickers and Lena Ford", "Health, Education, Labor". */
export const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', '&']);

/** Every mark written as a dash between words: em and en dashes, a horizontal bar, a spaced hyphen, a doubled hyphen. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-', '--']);

/** Dashes that set off an aside after a name ("Clinton — who has called for … — said"), not a hyphen. */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/** Relative pronouns that open a clause about the phrase before them ("Smith, who …", "the plan, which …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/** Relative pronouns that can stand as the speaker of a reporting clause ("…, who said"): they name the phrase before them, or nobody. */
export const SPEAKING_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * Nouns for works with titles ("his book, “Harbor Days.”", "the ad, “Turn the Page,”"): a
 * title-cased quotation set after one with a comma is the work's title, not speech.
 */
export const TITLED_WORK_NOUNS: ReadonlySet<string> = new Set(
  'book memoir autobiography biography novel film movie documentary series show episode song album play poem column essay op-ed ad advertisement video podcast slogan headline motto'.split(' '),
);

/**
 * Words that open a sentence as its subject and rarely a phrase: the personal pronouns (with
 * their contractions) and "there", "nothing", "everyone". Quoted words opening on one of these
 * make a whole sentence of speech ("we worked hard to keep …"), not a phrase the reporter
 * quotes ("a disaster", "the best ever").
 */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'i we you he she it they there nothing everyone everybody nobody i’m we’re you’re he’s she’s it’s they’re that’s there’s i’ve we’ve you’ve they’ve i’ll we’ll you’ll it’ll they’ll i’d we’d they’d'.split(' '),
);
