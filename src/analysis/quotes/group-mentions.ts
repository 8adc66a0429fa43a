/**
 * People named together as one subject ("Sens. Ann Grove and Tom Vickers
 * wrote"): the referents the salience model (discourse-salience.ts) offers "they".
 */
import type { NlpDocument, Token } from '../../nlp/document.js';
import type { AnalysedEntities } from '../types.js';
import type { Referent } from './discourse-salience.js';
import { isSubject } from './subject-position.js';

/**
 * People named together as one subject ("Sens. Ann Grove and Tom Vickers
 * wrote"), keyed by the first token of the first name: a referent for "they".
 */
export function groupMentions(doc: NlpDocument, entities: AnalysedEntities): Map<number, { key: string; referent: Referent; start: number; end: number }> {
  const found = new Map<number, { key: string; referent: Referent; start: number; end: number }>();
  const people = entities.mentions.filter((x) => x.type === 'person' && !x.nested);
  const byStart = new Map(people.map((x) => [x.tokenStart, x]));
  let groupEnd = -1;
  for (const a of people) {
    if (a.tokenStart < groupEnd) continue;
    // Past a bracketed note or an appositive ("Ann Grove, Republican of Ohio, and").
    let j = skipBracket(doc, a.tokenEnd);
    if (doc.tokens[j]?.text === ',') {
      let k = j + 1;
      while (k < j + 10 && k < doc.tokens.length && !/^[,.;:]$/u.test((doc.tokens[k] as Token).text)) k++;
      j = doc.tokens[k]?.text === ',' && doc.tokens[k + 1]?.normal === 'and' ? k + 1 : doc.tokens[j + 1]?.normal === 'and' ? j + 1 : j;
    }
    if (doc.tokens[j]?.normal !== 'and') continue;
    j++;
    // A title of the second name ("and Sen. Tom Vickers") may stand between.
    let b = byStart.get(j);
    for (let t = j; !b && t < j + 3 && /^\p{Lu}/u.test(doc.tokens[t]?.text ?? ''); t++) b = byStart.get(t + 1);
    if (!b || b.entity === a.entity || !isSubject(doc, b.tokenStart, b.tokenEnd)) continue;
    const names = [entities.entities[a.entity]?.name ?? a.text, entities.entities[b.entity]?.name ?? b.text];
    found.set(a.tokenStart, { key: `g${names.join(' and ')}`, referent: { name: names.join(' and '), kind: 'group' }, start: a.tokenStart, end: b.tokenEnd });
    groupEnd = b.tokenEnd;
  }
  return found;
}

/** The token after a bracketed note starting at `i` ("(R-Iowa)"), or `i` when there is none. */
function skipBracket(doc: NlpDocument, i: number): number {
  if (doc.tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < i + 10 && k < doc.tokens.length; k++) if ((doc.tokens[k] as Token).text === ')') return k + 1;
  return i;
}
