/**
 * Character codes of words, read without asking each word for its `charCodeAt`. A token's text
 * may be any of V8's string representations (a lexicon entry, a slice of the article, a
 * lower-cased copy, two-byte when it has a letter beyond Latin-1), each with a map of its own:
 * `word.charCodeAt(i)` in a helper that sees them all is a megamorphic property lookup on every
 * call, in optimised code too. Called through the one function, the read compiles to a string
 * check and a load (measured: the commonest letter-case test a third faster). The same holds
 * for the other methods and the `length` of such words: a loop reads a word's length once.
 */
const charCodeAt = String.prototype.charCodeAt;
const trim = String.prototype.trim;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** `text.charCodeAt(at)`: the UTF-16 code unit at `at`, NaN past the end. */
export function codeAt(text: string, at: number): number {
  return charCodeAt.call(text, at);
}

/** True when `text` is empty or only white space (`!text.trim()`), read the same way. */
export function isBlank(text: string): boolean {
  return trim.call(text) === '';
}

/**
 * True when the word starts with a capital letter (`/^\p{Lu}/u.test(word)`). The name and quote
 * stages ask it of nearly every token: ASCII characters are told by their code, and only a word
 * starting beyond ASCII goes through the regex.
 */
export function startsCapitalised(word: string): boolean {
  const code = codeAt(word, 0);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80) return false;
  return CAPITAL_FIRST.test(word);
}
