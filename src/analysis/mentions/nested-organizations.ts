/**
 * Stage: organizations named at the head of an event's or award's name. "2018 FIFA World Cup",
 * "a BAFTA Award", "UNESCO World Heritage Site": the event is not an entity dossier reports, but
 * the body that runs it is, and a reader counting organizations expects FIFA, BAFTA and UNESCO.
 * Each becomes a mention of its own, marked as nested, as places inside names are
 * (nested-places.ts).
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { joinedWithoutSpace, type NlpDocument, type Token } from '../../nlp/document.js';
import { typedCandidate, type TypedCandidate } from './classify-candidates.js';
import { newEvidence } from './evidence-record.js';
import { isAcronym } from './letter-case.js';

const ROMAN_NUMERAL = /^[IVXLC]+$/;

/**
 * The organizations opening the names of events, awards and other untyped names of several
 * words, as extra candidates typed `organization` and marked `nested`: an acronym that is not a
 * word, a place or a currency ("US Open" is a place's), or a name on the list of organizations.
 */
export function nestedOrganizations(doc: NlpDocument, gazetteer: Gazetteer, typed: readonly TypedCandidate[]): TypedCandidate[] {
  const found: TypedCandidate[] = [];
  for (const c of typed) {
    if (c.type !== undefined || c.inCapsLine || c.tokenEnd - c.tokenStart < 2) continue;
    const first = doc.tokens[c.tokenStart] as Token;
    // "FULL TEXT", "FOR AFGHAN WOMEN": words of a line in capitals are not acronyms.
    const restInCapitals = !/\p{Ll}/u.test(doc.text.slice(first.end, c.end));
    const acronym =
      isAcronym(first.text) && !restInCapitals && !ROMAN_NUMERAL.test(first.text) && !gazetteer.commonWord(first.text) && !gazetteer.currency(first.text) && gazetteer.places(first.text).length === 0;
    if (!acronym && !gazetteer.organization(first.text)) continue;
    // "Anglo-Welsh Cup": the first half of a compound is no body's name, though an acronym
    // still is ("CNN-ORC poll", "AFL-CIO").
    const hyphen = doc.tokens[c.tokenStart + 1];
    if (!isAcronym(first.text) && hyphen?.text === '-' && joinedWithoutSpace(first, hyphen)) continue;
    const evidence = newEvidence(0, 0, 1);
    evidence.rule = 'opens-event-name';
    const candidate = { start: first.start, end: first.end, text: first.text, tokenStart: c.tokenStart, tokenEnd: c.tokenStart + 1, inCapsLine: false, nested: true };
    found.push(typedCandidate(candidate, evidence, 'organization'));
  }
  return found;
}
