/**
 * A small recogniser of dates, times and durations ("Tuesday", "last week", "March 3, 2015",
 * "3 p.m.", "two years ago"). Stages need to know that a capitalised month or day word is not a
 * name, and that "last week" in "Smith last week said" stands between a subject and its verb;
 * wink's general entity recogniser answered this, but cost a third of wink's time for the few
 * entity types read.
 */

/** What a temporal expression names: a point in time, a time of day, or a stretch of time. */
export type TemporalKind = 'DATE' | 'TIME' | 'DURATION';

/** What the recogniser reads of a token. */
export interface TemporalToken {
  /** The token as written. */
  text: string;
  /** Lower-cased form. */
  normal: string;
  /** wink's token type (`word`, `number`, `time`, `decade`, `ordinal`, ...). */
  type: string;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Month names and their abbreviations; only capitalised ones are months ("march" is a verb). */
const MONTHS = words(
  'january february march april june july august september october november december ' +
    'jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec',
);
/** Words before "May" or "March of" that make it the month ("in May", not "Theresa May"). */
const BEFORE_MAY = words('in since until till by early late mid last next this of through from to before after during');
/** Words after "March" that make it a march ("March of Dimes", "March on Washington"). */
const MARCH_AS_NOUN = words('of on for against to');
const DAYS = words(
  'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
    'mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.',
);
const TODAY_WORDS = new Map<string, TemporalKind>([['today', 'DATE'], ['tomorrow', 'DATE'], ['yesterday', 'DATE'], ['tonight', 'TIME']]);
const DAY_PARTS = words('morning afternoon evening night midnight noon midday overnight');
/** Day abbreviations without a full stop: days only in a range ("Mon-Fri"), else "Sun", "Wed". */
const SHORT_DAYS = words('mon tue tues wed thu thur thurs fri sat sun');
const RANGE_DASHES = words('- – — to');
/** Seasons always read as seasons; "spring" and "fall" only after "last", "this", ... */
const SEASONS = words('summer winter autumn');
const AMBIGUOUS_SEASONS = words('spring fall');
const HOLIDAYS = words('christmas');
const UNITS = words('seconds minute minutes hour hours day days week weeks weekend weekends month months year years decade decades century centuries fortnight');
/** Units of less than a day: "three minutes later" is a time, "three days later" a date. */
const SHORT_UNITS = words('seconds minute minutes hour hours');
/** Words that make a point in time of what follows ("last week", "this morning"). */
const MODIFIERS = words('last next this past coming previous following same that early late mid recent');
const QUANTITIES = words(
  'a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
    'nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred few several couple many some',
);
/** Words after a stretch of time that make it a point in time ("two years ago"). */
const RELATIVE = words('ago later earlier');
/** Like {@link RELATIVE} when nothing follows ("two hours before."), else prepositions ("a week after Trump"). */
const RELATIVE_AT_END = words('before after');
/** Words opening a stretch of time from a point ("since 2013", "from 1998 to 2004"). */
const SPAN_OPENERS = words('since until till from between');
/** Parts of a period before "of" ("end of the year", "first half of next year"). */
const PERIOD_PARTS = words('end beginning start middle rest half');
const MERIDIEMS = words('a.m. p.m. am pm a.m p.m');
const TIME_ZONES = words('est edt cst cdt mst mdt pst pdt et ct pt gmt utc bst cet');
const ERAS = words('bc ad b.c. a.d. bce ce');

const YEAR = /^(1[0-9]|20)\d\d$/;
const DAY_NUMBER = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;
const CLOCK = /^([01]?\d|2[0-3])(:[0-5]\d)?$/;
const NUMERAL_DATE = /^(\d{4}-\d\d-\d\d|\d\d?\/\d\d?\/\d{2,4})$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
/** One token for a count and a unit: "two-hour", "99-minute", "21st-century", "mid-January". */
const JOINED_DURATION = /^(\d+|[a-z]+)-(second|minute|hour|day|week|month|year|decade)s?$/;
const JOINED_DATE = /^(\d+(st|nd|rd|th)-century|mid-(january|february|march|april|may|june|july|august|september|october|november|december|\d{4}s?|['’]?\d0s)|year-end)$/;
const CAPITALISED = /^\p{Lu}/u;
/** Token types that may hold a number, a clock time or a decade. */
const NUMERIC_TYPES = words('number time decade ordinal');
/**
 * Every word that can open an expression. Most tokens are none of these, nor numbers, nor
 * joined with a hyphen, and are passed over after one lookup.
 */
const OPENERS: ReadonlySet<string> = new Set(
  [MONTHS, DAYS, SHORT_DAYS, DAY_PARTS, SEASONS, AMBIGUOUS_SEASONS, HOLIDAYS, UNITS, MODIFIERS, QUANTITIES, TODAY_WORDS.keys()].flatMap((list) => [...list]).concat('may'),
);

/** Months' short forms without a full stop ("Jan", "Sept"). */
const SHORT_MONTHS = words('jan feb mar apr jun jul aug sep sept oct nov dec');
/** Particles of Dutch and German surnames, in lower case ("van der Berg", "von Trapp", "ter Stegen"). */
const SURNAME_PARTICLES = words('van von der den de ter ten');

/** True when token `i` is a surname's particle, perhaps of two words, before a capitalised word. */
function particleBeforeName(tokens: readonly TemporalToken[], i: number): boolean {
  let k = i;
  while (k < i + 2 && SURNAME_PARTICLES.has(tokens[k]?.text ?? '')) k++;
  return k > i && CAPITALISED.test(tokens[k]?.text ?? '');
}

function isMonth(tokens: readonly TemporalToken[], i: number): boolean {
  const t = tokens[i] as TemporalToken;
  if (!CAPITALISED.test(t.text)) return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  // "March of Dimes", "March on Washington", "March for Our Lives": a march, unless a date is
  // around it ("in March of 2015", "by March of next year").
  if (t.normal === 'march' && next !== undefined && MARCH_AS_NOUN.has(next.normal)) {
    const after = tokens[i + 2];
    return (after !== undefined && (after.type === 'number' || MODIFIERS.has(after.normal))) || (before !== undefined && BEFORE_MAY.has(before.normal));
  }
  // "Jan Hatzius", "Jan Brewer", "Jan van der Berg": a month's short form without its stop,
  // before a capitalised word or a surname's particle, is a given name; dates write "Jan. 5",
  // "Jan 2015".
  if (MONTHS.has(t.normal)) return !(SHORT_MONTHS.has(t.normal) && next !== undefined && next.type === 'word' && (particleBeforeName(tokens, i + 1) || (CAPITALISED.test(next.text) && !MONTHS.has(next.normal) && !DAYS.has(next.normal))));
  if (t.normal !== 'may') return false;
  return (next !== undefined && (DAY_NUMBER.test(next.normal) || YEAR.test(next.normal))) || (before !== undefined && BEFORE_MAY.has(before.normal));
}

/**
 * Day names; an abbreviation only with its full stop and capital ("Sun.", not "sun" or "Sun"),
 * or in a range of days ("Mon-Fri").
 */
function isDay(tokens: readonly TemporalToken[], i: number): boolean {
  const t = tokens[i] as TemporalToken;
  if (DAYS.has(t.normal)) return !t.normal.endsWith('.') || CAPITALISED.test(t.text);
  if (!SHORT_DAYS.has(t.normal) || !CAPITALISED.test(t.text)) return false;
  const inRange = (dash: number, other: number): boolean => RANGE_DASHES.has(tokens[dash]?.normal ?? '') && SHORT_DAYS.has(tokens[other]?.normal ?? '');
  return inRange(i + 1, i + 2) || inRange(i - 1, i - 2);
}

/** A named point in time on its own: a month, a day, a season, "today". */
function pointAt(tokens: readonly TemporalToken[], i: number): TemporalKind | undefined {
  const t = tokens[i] as TemporalToken;
  const n = t.normal;
  if (isMonth(tokens, i) || isDay(tokens, i) || SEASONS.has(n) || HOLIDAYS.has(n)) return 'DATE';
  if (DAY_PARTS.has(n)) return 'TIME';
  return TODAY_WORDS.get(n);
}

/**
 * Marks the temporal expressions among `tokens`: one entry a token, `undefined` for tokens
 * outside any. Reads each token's words only, so it runs on any tokenisation.
 */
export function findTemporal(tokens: readonly TemporalToken[]): (TemporalKind | undefined)[] {
  const kinds = new Array<TemporalKind | undefined>(tokens.length).fill(undefined);
  const mark = (from: number, to: number, kind: TemporalKind): number => {
    for (let k = from; k < to; k++) kinds[k] = kind;
    return to;
  };
  const normalAt = (k: number): string => tokens[k]?.normal ?? '';
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as TemporalToken;
    const n = t.normal;
    const type = t.type;
    if (type === 'punctuation' || (type === 'word' ? !OPENERS.has(n) && !n.includes('-') : !NUMERIC_TYPES.has(type))) {
      i++;
      continue;
    }
    // "3 p.m.", "10:30 a.m. EST", "9PM".
    if (t.type === 'time' || (CLOCK.test(n) && MERIDIEMS.has(normalAt(i + 1)))) {
      let end = t.type === 'time' ? i + 1 : i + 2;
      if (TIME_ZONES.has(normalAt(end))) end++;
      i = mark(i, end, 'TIME');
      continue;
    }
    // "March 3, 2015", "March 2015", "3 March", "Dec. 9".
    const dayFirst = DAY_NUMBER.test(n) && tokens[i + 1] !== undefined && isMonth(tokens, i + 1);
    if (dayFirst || isMonth(tokens, i)) {
      let end = dayFirst ? i + 2 : i + 1;
      if (!dayFirst && DAY_NUMBER.test(normalAt(end))) end++;
      if (normalAt(end) === ',' && YEAR.test(normalAt(end + 1))) end += 2;
      else if (YEAR.test(normalAt(end))) end++;
      i = mark(i, end, 'DATE');
      continue;
    }
    // "last week", "this morning", "early 2015", "coming weeks", "last fall".
    if (MODIFIERS.has(n) && i + 1 < tokens.length) {
      const next = normalAt(i + 1);
      const point = pointAt(tokens, i + 1) ?? (AMBIGUOUS_SEASONS.has(next) || YEAR.test(next) || tokens[i + 1]?.type === 'decade' ? 'DATE' : undefined);
      const unit = UNITS.has(next) ? (next.endsWith('s') ? 'DURATION' : 'DATE') : undefined;
      const kind = point ?? unit;
      if (kind) {
        i = mark(i, i + 2, kind);
        continue;
      }
    }
    // "two years", "a few minutes later", "couple of days", "two years ago".
    if (QUANTITIES.has(n) || t.type === 'number') {
      let k = i + 1;
      while (k < i + 3 && (QUANTITIES.has(normalAt(k)) || normalAt(k) === 'of')) k++;
      if (UNITS.has(normalAt(k))) {
        const unit = normalAt(k);
        const after = normalAt(k + 1);
        const relative = RELATIVE.has(after) || (RELATIVE_AT_END.has(after) && tokens[k + 2]?.type !== 'word');
        if (relative) i = mark(i, k + 2, normalAt(k + 1) !== 'ago' && SHORT_UNITS.has(unit) ? 'TIME' : 'DATE');
        else i = mark(i, k + 1, 'DURATION');
        continue;
      }
    }
    // "Spring 2015", "fall 2016".
    if ((SEASONS.has(n) || AMBIGUOUS_SEASONS.has(n)) && YEAR.test(normalAt(i + 1))) {
      i = mark(i, i + 2, 'DATE');
      continue;
    }
    // "21st century".
    if ((t.type === 'ordinal' || ORDINAL.test(n)) && (normalAt(i + 1) === 'century' || normalAt(i + 1) === 'centuries')) {
      i = mark(i, ERAS.has(normalAt(i + 2)) ? i + 3 : i + 2, 'DATE');
      continue;
    }
    // "2015", "300 BC", "1990s", "2015-03-04".
    if (t.type === 'number' && ERAS.has(normalAt(i + 1))) {
      i = mark(i, i + 2, 'DATE');
      continue;
    }
    if ((t.type === 'number' && (YEAR.test(n) || NUMERAL_DATE.test(n))) || t.type === 'decade' || JOINED_DATE.test(n)) {
      i = mark(i, i + 1, 'DATE');
      continue;
    }
    // A unit on its own is a duration ("for years"); "century" only with a number or ordinal
    // ("21st century"): alone it is more often a word of a name ("Century Gardens").
    const unit = (UNITS.has(n) && n !== 'century' && n !== 'centuries') || JOINED_DURATION.test(n);
    const kind = pointAt(tokens, i) ?? (unit ? 'DURATION' : undefined);
    if (kind) kinds[i] = kind;
    i++;
  }
  widenSpans(tokens, kinds);
  return kinds;
}

/** Start and end (exclusive) of the marked span holding token `i`. */
function spanAround(kinds: readonly (TemporalKind | undefined)[], i: number): [number, number] {
  let start = i;
  let end = i + 1;
  while (start > 0 && kinds[start - 1] !== undefined) start--;
  while (end < kinds.length && kinds[end] !== undefined) end++;
  return [start, end];
}

/**
 * Second pass over the marked spans: "since 2013", "from 1998 to 2004" are stretches of time, not
 * points; "the end of the year", "the first half of next year" are points.
 */
function widenSpans(tokens: readonly TemporalToken[], kinds: (TemporalKind | undefined)[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (kinds[i] === undefined || kinds[i - 1] !== undefined) continue;
    const [start, end] = spanAround(kinds, i);
    const before = (tokens[start - 1] as TemporalToken).normal;
    if (SPAN_OPENERS.has(before)) {
      let to = end;
      // "from 1998 to 2004", "between 2000 and 2012": the second point belongs to the stretch.
      const joiner = tokens[end]?.normal;
      if ((joiner === 'to' || joiner === 'and' || joiner === 'until' || joiner === 'through') && kinds[end + 1] !== undefined) to = spanAround(kinds, end + 1)[1];
      for (let k = start - 1; k < to; k++) kinds[k] = 'DURATION';
      i = to;
      continue;
    }
    // "end of the year": back over "the"/"this"/"next" and "of" to the part of the period.
    let k = start - 1;
    if (before === 'the' && kinds[start] === 'DURATION') k--;
    if (tokens[k]?.normal !== 'of' || !PERIOD_PARTS.has(tokens[k - 1]?.normal ?? '')) continue;
    let from = k - 1;
    if (tokens[from]?.normal === 'half' && /^(first|second)$/.test(tokens[from - 1]?.normal ?? '')) from--;
    for (let m = from; m < end; m++) kinds[m] = 'DATE';
    i = end;
  }
}
