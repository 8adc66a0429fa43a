/**
 * Misspelt surnames: news copy written fast spells a name two ways ("Tyra Halvorsen" once,
 * "Halversen" three paragraphs on). A surname alone that no one of the article bears, one
 * letter away from the surname of exactly one person it names in full, is that person.
 */

/**
 * Shortest surname matched one letter off: shorter names are a letter apart from other real
 * names far too often ("Dunn" and "Dunne", "Lee" and "Leo").
 */
export const MIN_VARIANT_LENGTH = 6;

const LETTERS = /^\p{L}+$/u;

/**
 * True when `x` and `y` differ by one letter added, dropped or changed, or by two neighbouring
 * letters swapped ("McAlvey" and "MacAlvey", "Halvorsen" and "Halvrosen").
 */
export function oneEditApart(x: string, y: string): boolean {
  // In lower case: "McGarrow" and "Mcgarrow" are one spelling, whatever the capitals.
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  // "the Kennedys", "Polaroids": a plural, not a misspelling.
  if (a === `${b}s` || b === `${a}s`) return false;
  // Letters only: "O'Neill" and "O’Neill" differ in the apostrophe a keyboard gives, not in spelling.
  if (!LETTERS.test(a) || !LETTERS.test(b)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter changed, or two swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter added to the shorter word.
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1);
}

/**
 * Of `surnames` (one per person named in full, in the article's order), the one `word` is a
 * misspelling of: same first letter, one edit apart, and the only one so. Undefined otherwise,
 * and for a word too short to tell a misspelling from another name.
 */
export function misspeltSurname(word: string, surnames: readonly string[]): string | undefined {
  if (word.length < MIN_VARIANT_LENGTH) return undefined;
  let found: string | undefined;
  for (const surname of surnames) {
    if (surname.length < MIN_VARIANT_LENGTH || surname[0] !== word[0] || !oneEditApart(surname, word)) continue;
    if (found !== undefined && found !== surname) return undefined;
    found = surname;
  }
  return found;
}
