/**
 * One person per corpus: which of the names the articles give are the same person. Each
 * article's report already joins the forms it uses ("Obama" after "Barack Obama"); across
 * articles, a name is joined to another only where nothing else in the corpus could be meant:
 *
 * - a name with a middle name or initial and the same name without it, or with the initial
 *   written out ("Donald J. Trump", "Donald Trump", "Donald John Trump"), when no other full
 *   name of the corpus fits ("George Bush" stays apart beside "George W. Bush" and
 *   "George H. W. Bush");
 * - a surname alone ("Obama") and the one person of the corpus with that surname (not when
 *   "Michelle Obama" is there too, nor when the corpus uses the word as a given name: "Paul"
 *   beside "Rand Paul" and "Paul Ryan").
 *
 * Two different full names are never joined: not two given names, not two different middle
 * names, not a father and his son ("Jr.").
 */
import { isInitial, nameParts, type NameParts } from './name-parts.js';

/** A name of the corpus and how prominent it is (to choose the name to show). */
export interface CorpusName {
  name: string;
  articles: number;
  mentions: number;
}

/** A person of the corpus: the name to show and the other names joined to it. */
export interface NameGroup {
  name: string;
  others: string[];
}

interface Entry extends CorpusName {
  parts: NameParts;
}

/**
 * Groups the corpus's names by person. Every name is in exactly one group; a group of one is a
 * name joined to nothing. The name shown is the full name used in most articles (then most
 * mentions, then the longest).
 */
export function mergeNames(names: readonly CorpusName[]): NameGroup[] {
  const entries: Entry[] = names.map((n) => ({ ...n, parts: nameParts(n.name) }));
  const parent = new Map<Entry, Entry>();
  const find = (e: Entry): Entry => {
    let root = e;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  const join = (a: Entry, b: Entry): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };

  // Full names by given name, surname and suffix: only these can be one person.
  const full = entries.filter((e) => e.parts.given !== '');
  for (const group of groupBy(full, (e) => `${e.parts.given}|${e.parts.surname}|${e.parts.suffix}`).values()) {
    joinMiddleForms(group, join);
  }
  // Surnames alone: with the one person of that surname, if there is exactly one. A word the
  // corpus also uses as a given name ("Donald", "Paul") may not be a surname at all.
  const people = groupBy(full, (e) => e.parts.surname);
  const givenNames = new Set(full.map((e) => e.parts.given));
  for (const alone of entries.filter((e) => e.parts.given === '' && !givenNames.has(e.parts.surname))) {
    const candidates = people.get(alone.parts.surname);
    if (!candidates) continue;
    const roots = new Set(candidates.map(find));
    if (roots.size === 1) join(candidates[0]!, alone);
  }

  const groups = groupBy(entries, (e) => find(e));
  return [...groups.values()].map((members) => {
    const shown = [...members].sort(
      (a, b) =>
        Number(b.parts.given !== '') - Number(a.parts.given !== '') ||
        b.articles - a.articles ||
        b.mentions - a.mentions ||
        b.name.length - a.name.length ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )[0]!;
    return { name: shown.name, others: members.filter((m) => m !== shown).map((m) => m.name) };
  });
}

/**
 * Within the names of one given name and surname: forms whose middles agree are one person; a
 * form without middles joins the others when they are all one person.
 */
function joinMiddleForms(group: readonly Entry[], join: (a: Entry, b: Entry) => void): void {
  const withMiddle = group.filter((e) => e.parts.middles.length > 0);
  const bare = group.filter((e) => e.parts.middles.length === 0);
  for (let i = 1; i < bare.length; i++) join(bare[0]!, bare[i]!);
  // Written-out middles are people of their own; initials join the one that fits, if only one.
  const spelled = withMiddle.filter((e) => !e.parts.middles.some(isInitial));
  const clusters: Entry[][] = [];
  for (const e of spelled) {
    const same = clusters.find((c) => c[0]!.parts.middles.join(' ') === e.parts.middles.join(' '));
    if (same) same.push(e);
    else clusters.push([e]);
  }
  for (const e of withMiddle.filter((x) => x.parts.middles.some(isInitial))) {
    const fitting = clusters.filter((c) => middlesAgree(c[0]!.parts.middles, e.parts.middles));
    if (fitting.length === 1) fitting[0]!.push(e);
    // Initials that fit no one ("Donald J. Trump" with no "Donald John Trump") are a person too.
    else if (fitting.length === 0) clusters.push([e]);
  }
  for (const c of clusters) for (const e of c.slice(1)) join(c[0]!, e);
  if (clusters.length === 1 && bare.length > 0) join(bare[0]!, clusters[0]![0]!);
}

/** Same middles, each the same word or an initial of the other's. */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x === y || (isInitial(x) && y.startsWith(x)) || (isInitial(y) && x.startsWith(y));
  });
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
