/**
 * Definite descriptions of organizations as speakers ("the union wrote", "the paper
 * reported", "the committee said"): the organization of the article the description refers
 * back to. An organization whose name holds the description's noun is meant ("the committee"
 * → "Harbor Safety Committee"); a news outlet for the nouns of published text ("the paper",
 * "the article", "the daily"); a union for "the union". The last such organization named
 * before the description, in the reporter's words, within reach; none, and the description
 * stays as written.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention } from '../types.js';
import { nominalAdverb } from './noun-phrase.js';
import { lastMentionBefore, type TokenRange } from './quote-context.js';

/** How far back (in characters) the description looks for the organization. */
const REACH = 2500;

/** Nouns for what a news outlet publishes, or for the outlet itself. */
const OUTLET_NOUNS = new Set(['paper', 'newspaper', 'daily', 'article', 'piece', 'editorial', 'magazine', 'outlet', 'network', 'broadcaster', 'tabloid', 'publication', 'website', 'site']);
/** Words of outlets' names. */
const OUTLET_NAME = /\b(Times|Post|Journal|News|Tribune|Herald|Guardian|Daily|Magazine|Gazette|Review|Press|Reuters|Bloomberg|Politico|Telegraph|Chronicle|Globe|Star|Sun|Observer|Economist|Atlantic|Ledger|Courier|Inquirer|Register|Dispatch|Bulletin|Examiner|Sentinel|Record|Standard|Mirror|Express|Independent|Monitor|Weekly|Radio|Television|CNN|BBC|NBC|CBS|ABC|MSNBC|Fox|NPR)\b/u;
/** Nouns for what an organization issues, through which it speaks. */
const DOCUMENT_NOUNS = new Set(['report', 'statement', 'study', 'survey', 'analysis', 'memo', 'letter', 'filing', 'release', 'editorial', 'ad', 'advertisement', 'website', 'complaint', 'lawsuit', 'ruling', 'announcement']);
/** Words of unions' names. */
const UNION_NAME = /\b(Union|Association|Federation|Brotherhood|Guild|Workers|Teamsters|Congress)\b/u;
/** Nouns that name an organization generically; they are matched against the organization's name. */
const ORGANIZATION_NOUNS = new Set([
  'union', 'company', 'firm', 'group', 'committee', 'council', 'agency', 'department', 'ministry', 'commission',
  'bank', 'fund', 'campaign', 'party', 'board', 'court', 'office', 'foundation', 'institute', 'association',
  'administration', 'government', 'team', 'club', 'league', 'organization', 'organisation', 'university', 'center', 'centre',
  ...OUTLET_NOUNS,
]);

function fits(entity: Entity, noun: string): boolean {
  if (OUTLET_NOUNS.has(noun)) return OUTLET_NAME.test(entity.name) || entity.aliases.some((a) => OUTLET_NAME.test(a));
  if (noun === 'union' && UNION_NAME.test(entity.name)) return true;
  const word = new RegExp(`\\b${noun}\\b`, 'iu');
  return word.test(entity.name);
}

/**
 * The organization a "the …" description refers to, or undefined. `quoted` are the document's
 * quotations: a name a speaker says is not what the reporter refers back to.
 */
export function describedOrganization(doc: NlpDocument, entities: AnalysedEntities, range: TokenRange, quoted: readonly Span[]): Entity | undefined {
  const first = doc.tokens[range.start] as Token;
  if (first.normal !== 'the') return undefined;
  const head = doc.tokens[range.end - 1] as Token;
  // "the Harbor Authority report stated", "the White House statement said": the organization speaks
  // through its document.
  if (DOCUMENT_NOUNS.has(head.normal)) {
    const m = entities.mentions.find((x) => x.tokenStart === range.start + 1 && x.tokenEnd === range.end - 1 && x.type === 'organization');
    if (m) return entities.entities[m.entity];
  }
  if (range.end - range.start > 3) return undefined;
  const noun = head.normal;
  if ((head.pos !== 'NOUN' && !nominalAdverb(doc, range.end - 1)) || !ORGANIZATION_NOUNS.has(noun)) return undefined;
  for (let k = lastMentionBefore(entities, first.start); k >= 0; k--) {
    const m = entities.mentions[k] as EntityMention;
    if (first.start - m.end > REACH) break;
    if (m.type !== 'organization' || quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const entity = entities.entities[m.entity];
    if (entity && fits(entity, noun)) return entity;
  }
  return undefined;
}
