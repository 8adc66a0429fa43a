/**
 * Definite descriptions of organizations as speakers ("the union wrote", "the paper
 * reported", "the committee said"): the organization of the article the description refers
 * back to. An organization whose name holds the description's noun is meant ("the committee"
 * → "Harbor Safety Committee"); a news outlet for the nouns of published text ("the paper",
 * "the article", "the daily"); a union for "the union"; a firm for "the company", whatever its
 * name ("Varnel Motors"), when no word of that name makes it a public body or an outlet. The last such organization named
 * before the description, in the reporter's words, within reach; none, and the description
 * stays as written.
 */
import type { NlpDocument, Span, Token } from '../../nlp/document.js';
import type { AnalysedEntities, Entity, EntityMention } from '../types.js';
import { nominalAdverb } from './noun-phrase.js';
import { lastMentionBefore, type TokenRange } from './quote-context.js';

/** How far back (in characters) the description looks for the organization. */
const REACH = 2500;
/** How far back "the company" looks for the firm, which must be the last body named. */
const COMPANY_REACH = 800;

/** Nouns for what a news outlet publishes, or for the outlet itself. */
const OUTLET_NOUNS = new Set(['paper', 'newspaper', 'daily', 'article', 'piece', 'editorial', 'magazine', 'outlet', 'network', 'broadcaster', 'tabloid', 'publication', 'website', 'site']);
/** Words of outlets' names. */
const OUTLET_NAME = /\b(Times|Post|Journal|News|Tribune|Herald|Guardian|Daily|Magazine|Gazette|Review|Press|Reuters|Bloomberg|Politico|Telegraph|Chronicle|Globe|Star|Sun|Observer|Economist|Atlantic|Ledger|Courier|Inquirer|Register|Dispatch|Bulletin|Examiner|Sentinel|Record|Standard|Mirror|Express|Independent|Monitor|Weekly|Radio|Television|CNN|BBC|NBC|CBS|ABC|MSNBC|Fox|NPR)\b/u;
/** Nouns for what an organization issues, through which it speaks. */
const DOCUMENT_NOUNS = new Set(['report', 'statement', 'study', 'survey', 'analysis', 'memo', 'letter', 'filing', 'release', 'editorial', 'ad', 'advertisement', 'website', 'complaint', 'lawsuit', 'ruling', 'announcement']);
/** Words of unions' names. */
const UNION_NAME = /\b(Union|Association|Federation|Brotherhood|Guild|Workers|Teamsters|Congress)\b/u;
/** Nouns for a firm, which need not appear in its name ("the company" for Varnel Motors). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'carmaker', 'automaker', 'retailer', 'insurer', 'lender', 'airline', 'manufacturer', 'chain']);
/** Nouns that name an organization generically; they are matched against the organization's name. */
const ORGANIZATION_NOUNS = new Set([
  'union', 'company', 'firm', 'group', 'committee', 'council', 'agency', 'department', 'ministry', 'commission',
  'bank', 'fund', 'campaign', 'party', 'board', 'court', 'office', 'foundation', 'institute', 'association',
  'administration', 'government', 'team', 'club', 'league', 'organization', 'organisation', 'university', 'center', 'centre',
  ...OUTLET_NOUNS,
  ...COMPANY_NOUNS,
]);

/**
 * Head words of bodies that are no company: "the company" does not refer back to the agency, the
 * committee or the party named before it.
 */
const NOT_A_COMPANY = /\b(Administration|Agency|Authority|Department|Ministry|Commission|Committee|Council|Court|Office|Bureau|Service|Senate|House|Congress|Parliament|Assembly|Government|University|College|School|Institute|Foundation|Association|Union|Federation|Party|League|Police|Army|Navy|Force|Church)\b/u;

function fits(entity: Entity, noun: string): boolean {
  if (OUTLET_NOUNS.has(noun)) return OUTLET_NAME.test(entity.name) || entity.aliases.some((a) => OUTLET_NAME.test(a));
  if (noun === 'union' && UNION_NAME.test(entity.name)) return true;
  // "Varnel Motors said … “Safety is our first priority,” the company said": the firm named
  // before, whatever its name holds, if no word of it makes it a public body or an outlet.
  if (COMPANY_NOUNS.has(noun)) return !NOT_A_COMPANY.test(entity.name) && !OUTLET_NAME.test(entity.name) && !/^\p{Lu}{2,6}$/u.test(entity.name);
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
  // A firm's generic noun refers back only to the body named last, and not far back: its name
  // does not say it is the one meant.
  const generic = COMPANY_NOUNS.has(noun);
  for (let k = lastMentionBefore(entities, first.start); k >= 0; k--) {
    const m = entities.mentions[k] as EntityMention;
    if (first.start - m.end > (generic ? COMPANY_REACH : REACH)) break;
    if (m.type !== 'organization' || quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const entity = entities.entities[m.entity];
    if (entity && fits(entity, noun)) return entity;
    if (generic) return undefined;
  }
  return undefined;
}
