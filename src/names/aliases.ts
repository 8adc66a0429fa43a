/**
 * `--aliases FILE`: the names a user gives for one person, applied to every report (and so to
 * the summary). The file is plain text, one person a line, the name to show first:
 *
 *     # comments and blank lines are ignored
 *     Barack Obama = Obama = President Obama
 *     Lady Gaga = Stefani Germanotta
 *
 * Names compare without regard to case, accents or full stops. A name matches a person of a
 * report when it is their name, one of their aliases of two words or more, or a title and
 * such a name ("President Obama" for a person titled "President" and named "Obama"). A one-word
 * alias does not match: "Obama" is also what an article about Michelle Obama calls her.
 */
import { DossierError } from '../errors.js';
import type { Person, Report } from '../report.js';
import { foldName } from './name-parts.js';

/** The parsed file: plain data, so that it can be sent to worker threads. */
export interface AliasTable {
  /** Each group: the name to show first, then the other names of the same person. */
  groups: string[][];
}

/**
 * Parses an aliases file.
 *
 * @param source - the file's name, for messages
 * @throws DossierError('USAGE') naming the line: a line with one name, an empty name, or a name
 *   given for two people
 */
export function parseAliases(text: string, source: string): AliasTable {
  const groups: string[][] = [];
  const owner = new Map<string, { name: string; line: number }>();
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\uFEFF/u, '').replace(/#.*$/u, '').trim();
    if (content === '') return;
    const names = content.split('=').map((n) => n.replace(/\s+/gu, ' ').trim());
    const fail = (reason: string): never => {
      throw new DossierError('USAGE', `${source}, line ${line}: ${reason}`, { file: source });
    };
    if (names.some((n) => n === '')) fail('an empty name (write: Barack Obama = Obama = President Obama)');
    if (names.length < 2) fail(`one name only; give the other names after "=" (${names[0]} = …)`);
    const group: string[] = [];
    for (const name of names) {
      const key = foldName(name);
      const earlier = owner.get(key);
      if (earlier && earlier.name !== names[0]) fail(`"${name}" is already a name of ${earlier.name} (line ${earlier.line})`);
      if (earlier) continue;
      owner.set(key, { name: names[0]!, line });
      group.push(name);
    }
    if (group.length > 1) groups.push(group);
  });
  return { groups };
}

/** Looks names up in an {@link AliasTable}: folded name → the name to show. */
export function aliasLookup(table: AliasTable): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const [canonical, ...others] of table.groups) {
    for (const name of [canonical!, ...others]) lookup.set(foldName(name), canonical!);
  }
  return lookup;
}

/**
 * The report with the user's names applied: a person matched by a group takes the group's
 * first name (the former name becomes an alias), people of one group are merged into one
 * (mentions, titles, aliases and quotes together), and quotes name the speaker the same way.
 * Reports no group touches are returned as they are.
 */
export function applyAliases(report: Report, lookup: ReadonlyMap<string, string>): Report {
  if (lookup.size === 0) return report;
  const renamed = new Map<string, string>();
  for (const person of report.people) {
    const canonical = canonicalOf(person, lookup);
    if (canonical !== undefined && canonical !== person.name) renamed.set(person.name, canonical);
  }
  if (renamed.size === 0) return report;
  const merged = new Map<string, Person>();
  for (const person of report.people) {
    const name = renamed.get(person.name) ?? person.name;
    const into = merged.get(name);
    if (into === undefined) {
      merged.set(name, { ...person, name, aliases: unique([...(name === person.name ? [] : [person.name]), ...person.aliases], name) });
      continue;
    }
    into.aliases = unique([...into.aliases, person.name, ...person.aliases], name);
    into.titles = unique([...into.titles, ...person.titles], '');
    into.mentions = [...into.mentions, ...person.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    into.quoteCount += person.quoteCount;
  }
  // Most mentioned first, ties in the report's order, as the analysis sorts them.
  const people = [...merged.values()].map((p, order) => ({ p, order }));
  people.sort((a, b) => b.p.mentions.length - a.p.mentions.length || a.order - b.order);
  return {
    ...report,
    people: people.map(({ p }) => p),
    quotes: report.quotes.map((q) => {
      const name = q.speaker ? renamed.get(q.speaker.name) : undefined;
      return name === undefined || q.speaker === null ? q : { ...q, speaker: { ...q.speaker, name } };
    }),
  };
}

/**
 * The group name for `person`: by their name first, then an alias of two words or more, then
 * "title name". A one-word alias is not enough: "Obama" is an alias of "Michelle Obama" too.
 */
function canonicalOf(person: Person, lookup: ReadonlyMap<string, string>): string | undefined {
  const forms = [person.name, ...person.aliases.filter((alias) => /\S\s+\S/u.test(alias))];
  for (const form of forms) {
    const hit = lookup.get(foldName(form));
    if (hit !== undefined) return hit;
  }
  for (const title of person.titles) {
    for (const form of forms) {
      const hit = lookup.get(foldName(`${title} ${form}`));
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

/** `names` without repeats (compared folded) and without `except`. */
function unique(names: readonly string[], except: string): string[] {
  const seen = new Set([foldName(except)]);
  return names.filter((n) => {
    const key = foldName(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
