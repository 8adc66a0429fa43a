/**
 * Character codes of words, read without asking each word for its `charCodeAt`. A token's text
 * may be any of V8's string representations (a lexicon entry, a slice of the article, a
 * lower-cased copy, two-byte when it has a letter beyond Latin-1), each with a map of its own:
 * `word.charCodeAt(i)` in a helper that sees them all is a megamorphic property lookup on every
 * call, in optimised code too. Called through the one function, the read compiles to a string
 * check and a load (measured: the commonest letter-case test a third faster).
 */
const charCodeAt = String.prototype.charCodeAt;

/** `text.charCodeAt(at)`: the UTF-16 code unit at `at`, NaN past the end. */
export function codeAt(text: string, at: number): number {
  return charCodeAt.call(text, at);
}
