/**
 * A report as the rows of one spreadsheet table (`--table`), shared by the CSV and TSV
 * formatters: a header, then one row per quote, person, place, organization or mention, the
 * source file first so that the rows of a whole corpus can be sorted and filtered together.
 */
import type { Mention, Report } from '../report.js';

/** Tables `--table` can choose. */
export const TABLE_NAMES = ['quotes', 'people', 'places', 'organizations', 'mentions'] as const;

/** A table name. */
export type TableName = (typeof TABLE_NAMES)[number];

/** Default for `--table`. */
export const DEFAULT_TABLE: TableName = 'quotes';

/** The header row of each table. */
export const TABLE_HEADERS: Readonly<Record<TableName, readonly string[]>> = {
  quotes: ['source', 'speaker', 'speaker_kind', 'cue', 'kind', 'text', 'start', 'end'],
  people: ['source', 'name', 'aliases', 'titles', 'mentions', 'quotes'],
  places: ['source', 'name', 'aliases', 'kind', 'country', 'lat', 'lon', 'mentions'],
  organizations: ['source', 'name', 'aliases', 'mentions'],
  mentions: ['source', 'type', 'name', 'text', 'start', 'end', 'nested'],
};

/** Several values in one cell: "Putin; President Putin". */
const LIST_SEPARATOR = '; ';

/** The rows of `table` for one report (no header), every cell a string. */
export function tableRows(report: Report, table: TableName): string[][] {
  const { source } = report;
  switch (table) {
    case 'quotes':
      return quoteRows(report);
    case 'people':
      return report.people.map((p) => [
        source,
        p.name,
        p.aliases.join(LIST_SEPARATOR),
        p.titles.join(LIST_SEPARATOR),
        String(p.mentions.length),
        String(p.quoteCount),
      ]);
    case 'places':
      return report.places.map((p) => [
        source,
        p.name,
        p.aliases.join(LIST_SEPARATOR),
        p.kind,
        p.country ?? '',
        p.coordinates ? String(p.coordinates.lat) : '',
        p.coordinates ? String(p.coordinates.lon) : '',
        String(p.mentions.length),
      ]);
    case 'organizations':
      return report.organizations.map((o) => [source, o.name, o.aliases.join(LIST_SEPARATOR), String(o.mentions.length)]);
    case 'mentions':
      return mentionRows(report);
  }
}

/**
 * Quotes in text order. `speaker_kind` says what the speaker is: a `person` of the report, an
 * `organization` ("the ministry said"), a `description` that names no one ("a spokeswoman"), or
 * `unattributed`. `start` and `end` span the whole quote, from its first fragment to its last.
 */
function quoteRows(report: Report): string[][] {
  const people = new Set(report.people.map((p) => p.name));
  const organizations = new Set(report.organizations.map((o) => o.name));
  return report.quotes.map((q) => {
    const speaker = q.speaker?.name ?? '';
    const kind =
      q.speaker === null ? 'unattributed' : people.has(speaker) ? 'person' : organizations.has(speaker) ? 'organization' : 'description';
    const first = q.fragments[0];
    const last = q.fragments.at(-1);
    return [report.source, speaker, kind, q.cue ?? '', q.kind, q.text, first ? String(first.start) : '', last ? String(last.end) : ''];
  });
}

/** Every mention of every entity, in text order (ties: longer first). */
function mentionRows(report: Report): string[][] {
  const rows: { mention: Mention; cells: string[] }[] = [];
  const add = (type: string, name: string, mentions: readonly Mention[]): void => {
    for (const m of mentions) {
      rows.push({ mention: m, cells: [report.source, type, name, m.text, String(m.start), String(m.end), m.nested ? 'true' : ''] });
    }
  };
  for (const p of report.people) add('person', p.name, p.mentions);
  for (const p of report.places) add('place', p.name, p.mentions);
  for (const o of report.organizations) add('organization', o.name, o.mentions);
  rows.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  return rows.map((r) => r.cells);
}
