/**
 * Places written around a comma: the region or country after a town ("Austin, Texas",
 * "Windham, New Hampshire") and the region a town before it lies in ("Seattle, Washington's
 * Capitol Hill"). Detectors for the `commaPlace` and `regionOfTown` features (evidence-context.ts).
 */
import { POSSESSIVE_MARK, type Token } from '../../nlp/document.js';
import type { Gazetteer, PlaceRecord } from '../../gazetteer/gazetteer.js';
import { STATE_ABBREVIATIONS, STATE_POSTAL_CODES } from '../lexicon/cue-words.js';

const CAPITALISED_WORD = /^\p{Lu}/u;

/** Longest town's name read before a comma and its region ("Salt Lake City, Utah"). */
const MAX_TOWN_WORDS = 3;

/**
 * The region or country named `name` in which a town written just before the comma at `comma`
 * lies ("Seattle" before ", Washington": the state, not the capital), or undefined.
 */
export function regionOfTownBefore(gazetteer: Gazetteer, tokens: readonly Token[], comma: number, name: string): PlaceRecord | undefined {
  let start = comma;
  while (start > 0 && comma - start < MAX_TOWN_WORDS && CAPITALISED_WORD.test((tokens[start - 1] as Token).text) && (tokens[start] as Token).sameLine) start--;
  // The town is no member of a list itself ("Galați, Iași and Timișoara").
  if (start === comma || tokens[start - 1]?.text === ',') return undefined;
  const town = tokens.slice(start, comma).map((t) => t.text).join(' ');
  const country = gazetteer.places(`${town}, ${name}`)[0]?.country;
  return country === undefined ? undefined : gazetteer.places(name).find((p) => (p.kind === 'region' || p.kind === 'country') && p.country === country);
}

/**
 * The US state a town's comma is followed by in news style or an address ("Naples, Fla.",
 * "Springfield, IL 62701"), by its full name, or undefined.
 */
function stateAt(tokens: readonly Token[], at: number): string | undefined {
  const t = tokens[at];
  if (t === undefined) return undefined;
  const next = tokens[at + 1];
  if (t.text.endsWith('.')) return STATE_ABBREVIATIONS.get(t.text.slice(0, -1));
  if (next?.text === '.' && next.start === t.end) return STATE_ABBREVIATIONS.get(t.text);
  // A postal code ends the address's line or comes before a ZIP code or a mark: "RG Casey, GA
  // Street" names two men.
  const ends = next === undefined || !next.sameLine || next.pos === 'NUM' || next.pos === 'PUNCT';
  return ends ? STATE_POSTAL_CODES.get(t.text) : undefined;
}

/** Longest name of a region or country tried after a comma, in words ("New Hampshire", "Papua New Guinea"). */
const MAX_TERRITORY_WORDS = 3;

/**
 * The name of a region or country written from token `at` on ("Texas", "New Hampshire"), if any,
 * that no capitalised word goes on from ("New York Times" names no state).
 */
export function territoryAt(gazetteer: Gazetteer, tokens: readonly Token[], at: number): string | undefined {
  const state = stateAt(tokens, at);
  if (state !== undefined) return state;
  let found: string | undefined;
  let text = '';
  for (let k = at; k < tokens.length && k - at < MAX_TERRITORY_WORDS; k++) {
    const t = tokens[k] as Token;
    if (k > at && (!t.sameLine || !CAPITALISED_WORD.test(t.text))) break;
    text = k > at ? `${text} ${t.text}` : t.text;
    const next = tokens[k + 1];
    // Not "Verdi, Germany's service workers union", "Chris Keane, South Carolina director for
    // …": a possessive or a noun after the place opens an apposition.
    if (next !== undefined && (POSSESSIVE_MARK.test(next.text) || (next.pos === 'NOUN' && !CAPITALISED_WORD.test(next.text)))) return undefined;
    const goesOn = next !== undefined && next.sameLine && CAPITALISED_WORD.test(next.text);
    if (!goesOn && gazetteer.places(text).some((p) => p.kind !== 'city')) found = text;
  }
  return found;
}
