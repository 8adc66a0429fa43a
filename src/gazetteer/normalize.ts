/**
 * How written names become index keys. scripts/build-gazetteer.mjs holds a copy of `nameKey`,
 * `foldKey` and `givenNameKey` (it runs before tsc and cannot import this file);
 * tests/gazetteer/normalize.test.ts checks that both copies agree.
 */

/** A name {@link nameKey} leaves as it is. */
const PLAIN_KEY = /^[A-Za-z0-9'&-]+(?: [A-Za-z0-9'&-]+)*$/;
/** A key {@link foldKey} leaves as it is. */
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * Lookup key of a written name: NFC, curly apostrophes and dash variants made plain, dots
 * removed ("U.S." → "US", "St. Louis" → "St Louis"), whitespace collapsed. Case is kept:
 * "Nice" the city and "nice" the adjective must stay apart.
 */
export function nameKey(text: string): string {
  // Most names are already keys: plain ASCII words, single spaces, nothing to remove.
  if (PLAIN_KEY.test(text)) return text;
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BB\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters that Unicode decomposition leaves alone but English text writes in ASCII. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'Oe', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
  ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};

/** ASCII-ish form of a key, case kept: "Zürich" → "Zurich", "Chișinău" → "Chisinau". */
export function foldKey(key: string): string {
  if (ASCII_ONLY.test(key)) return key;
  return key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆøØœŒłŁđĐıþÞðÐ]/g, (c) => FOLDED_LETTERS[c] ?? c)
    .normalize('NFC');
}

/** Key of a given name: folded and lower-cased, because the name lists disagree on casing. */
export function givenNameKey(word: string): string {
  return foldKey(nameKey(word)).toLowerCase();
}

/**
 * Title-case form of an all-capitals name of at least four letters ("MOSCOW" → "Moscow",
 * "NEW YORK" → "New York"), for datelines and headlines; undefined for anything else, so
 * "US" or "UK" are never reinterpreted.
 */
export function unshout(key: string): string | undefined {
  if (/\p{Ll}/u.test(key) || (key.match(/\p{L}/gu)?.length ?? 0) < 4) return undefined;
  return titleCaseKey(key);
}

/** Each word of the key capitalised and the rest in lower case: "NEW YORK" → "New York". */
export function titleCaseKey(key: string): string {
  return key.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
