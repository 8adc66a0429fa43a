/**
 * Lists share a type: in "referendums in Crimea, Donetsk, Lugansk, Zaporozhye, and Kherson" the
 * names the gazetteer does not know are places like the ones around them.
 */
import type { NlpDocument } from '../../nlp/document.js';
import type { EntityType } from '../types.js';
import type { TypedCandidate } from './classify-candidates.js';

const SEPARATORS = new Set([',', 'and', 'or', '&']);

/** Groups of candidates written as one list ("A, B and C"). */
function lists(doc: NlpDocument, typed: TypedCandidate[]): TypedCandidate[][] {
  const groups: TypedCandidate[][] = [];
  let current: TypedCandidate[] = [];
  for (const c of typed) {
    const previous = current[current.length - 1];
    const between = previous ? doc.tokens.slice(previous.tokenEnd, c.titleStart ?? c.tokenStart) : [];
    const joined = previous !== undefined && between.length > 0 && between.length <= 2 && between.every((t) => SEPARATORS.has(t.normal));
    if (!joined) {
      if (current.length > 1) groups.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

/**
 * Gives untyped members of a list of three or more the type most of the list has, when at least
 * two members agree on it.
 */
export function typeListMembers(doc: NlpDocument, typed: TypedCandidate[]): void {
  for (const group of lists(doc, typed)) {
    if (group.length < 3) continue;
    const counts = new Map<EntityType, number>();
    for (const c of group) if (c.type) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    const [type, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!type || !count || count < 2 || count * 2 < group.length) continue;
    for (const c of group) {
      if (c.type || c.evidence.demonym) continue;
      c.type = type;
      c.evidence.rule = 'list-members';
    }
  }
}
