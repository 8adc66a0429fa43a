/**
 * What the corpus-wide name rules need to know about a person's name: a folded form for
 * comparison, and its parts (given name, middle names or initials, surname, suffix).
 */

/**
 * A name folded for comparison: lower case, accents, invisible characters (zero-width spaces, soft
 * hyphens) and full stops dropped, curly apostrophes straight, one space between words ("José
 * Díaz" and "Jose Diaz"; "J." and "J").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .replace(/[’‘]/gu, "'")
    .replace(/\./gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The parts of a folded name. */
export interface NameParts {
  /** The given name; '' when the name is a surname alone ("Obama", "de Gaulle"). */
  given: string;
  /** Middle names or initials, in order ("j" for "J."). */
  middles: string[];
  /** The surname with its particles ("de gaulle", "van der berg"). */
  surname: string;
  /** A generational suffix ("jr", "iii"): part of who the person is. */
  suffix: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Particles that belong to the surname when written in lower case (de Gaulle, van der Berg).
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten']);

/** Splits `name` (as written) into {@link NameParts} of its folded form. */
export function nameParts(name: string): NameParts {
  const written = name.replace(/,/gu, ' ').split(/\s+/u).filter(Boolean);
  const words = foldName(name.replace(/,/gu, ' ')).split(' ').filter(Boolean);
  let end = words.length;
  let suffix = '';
  if (end > 2 && SUFFIXES.has(words[end - 1]!)) suffix = words[--end]!;
  let surnameStart = end - 1;
  // A lower-case particle before the surname joins it; "De" opening a sentence-cased name too.
  while (surnameStart > 0 && PARTICLES.has(words[surnameStart - 1]!) && (surnameStart > 1 || isLower(written[0]))) surnameStart--;
  const surname = words.slice(Math.max(0, surnameStart), end).join(' ');
  if (surnameStart <= 0) return { given: '', middles: [], surname, suffix };
  return { given: words[0]!, middles: words.slice(1, surnameStart), surname, suffix };
}

function isLower(word: string | undefined): boolean {
  return word !== undefined && /^\p{Ll}/u.test(word);
}

/** True for an initial ("j" of "J."). */
export function isInitial(part: string): boolean {
  return [...part].length === 1;
}
