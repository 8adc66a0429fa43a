/**
 * Names cited as authors in scholarly text: "Ostrava et al., 2011", "(Varnick 1978; …)",
 * "Tolle (1990) measured…", and every name of a citation's list of authors. A name so cited is a
 * person's (the feature `authorCitation`).
 */
import type { Token } from '../../nlp/document.js';
import { startsCapitalised } from '../../support/code-unit.js';

/** A year as scholarly citations give it ("1964", "2013"). */
const CITED_YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
/** What closes or continues a citation after its year. */
const CITATION_END = new Set([')', ';']);

/** Most authors read past in one citation's list ("Tolle, Varnick, Ostrava, & Brimley-Hart, 2010"). */
const MAX_CITED_AUTHORS = 8;
/** What joins the authors of one citation. */
const AUTHOR_JOINERS = new Set([',', '&', 'and']);

/** True when a citation's year (or its "et al.") follows right at token `k`. */
function citationAt(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k];
  const next = tokens[k + 1];
  if (!at || !next) return false;
  if (at.normal === 'et') return next.normal === 'al' || next.normal === 'al.';
  if (CITED_YEAR.test(at.text)) return CITATION_END.has(next.text);
  // "(Kessin & Tolle, 2014;": the year after a comma, as APA writes it.
  if (at.text === ',') return CITED_YEAR.test(next.text) && CITATION_END.has(tokens[k + 2]?.text ?? '');
  return at.text === '(' && CITED_YEAR.test(next.text) && tokens[k + 2]?.text === ')';
}

/** The token after the author's name that opens at `k` (a capitalised word, hyphenated or with initials), or `k`. */
function pastAuthorName(tokens: readonly Token[], k: number): number {
  if (!startsCapitalised(tokens[k]?.text ?? '')) return k;
  let j = k + 1;
  // "Brimley-Hart", "Ostrava-Kent": hyphens written against both halves.
  while (tokens[j]?.text === '-' && startsCapitalised(tokens[j + 1]?.text ?? '') && (tokens[j] as Token).start === (tokens[j - 1] as Token).end) j += 2;
  return j;
}

/**
 * "Ostrava et al., 2011", "(Varnick 1978; …)", "Tolle (1990) measured…": a name cited with
 * "et al." or a year in brackets is an author's; so is every name of the list of authors before
 * the year ("(Tolle, Varnick, & Brimley-Hart, 2010)", "Kessin and Varnick (2003)"), and of a list
 * cited by number ("Kessin & Varnick [7]"; `pairedName`: the name itself joins two with "&").
 */
export function authorCitation(tokens: readonly Token[], end: number, pairedName = false): boolean {
  let k = end;
  for (let authors = 0; authors <= MAX_CITED_AUTHORS; authors++) {
    if (citationAt(tokens, k)) return true;
    if ((authors > 0 || pairedName) && tokens[k]?.text === '[' && /^\d+$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ']') return true;
    let j = k;
    while (j - k < 2 && AUTHOR_JOINERS.has(tokens[j]?.normal ?? '')) j++;
    const next = j > k ? pastAuthorName(tokens, j) : j;
    if (next === j) return false;
    k = next;
  }
  return false;
}
