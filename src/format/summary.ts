/**
 * The corpus summary (`--summary`) as text (tables for a terminal) or as one JSON line. Pure,
 * like the report formatters.
 */
import type { ChalkInstance } from 'chalk';
import type { CorpusSummary, SummaryEntity, SummaryPerson } from '../batch/summary.js';
import { countryName } from './country-name.js';
import { type Cell, renderTable, singleLine } from './layout.js';
import { formatCount } from '../support/count-format.js';

/** Sources listed under "no attributed quote" before "… and N more". */
const MAX_SOURCES_SHOWN = 10;
const DEFAULT_WIDTH = 80;

// Long names are cut (by the table) so that the count columns stay in line; JSON has them whole.
function name(text: string): string {
  return singleLine(text);
}

/** The summary as one JSON line ending in a newline (the last line of `--json --summary`). */
export function formatSummaryJson(summary: CorpusSummary): string {
  return `${JSON.stringify(summary)}\n`;
}

/**
 * The summary as tables laid out for `width` columns (long names cut with "…", details
 * wrapped), ending in a newline. People counted under several names list the others dimmed.
 */
export function formatSummaryText(summary: CorpusSummary, chalk: ChalkInstance, width = DEFAULT_WIDTH): string {
  const maxName = Math.max(16, Math.min(32, Math.floor(width * 0.4)));
  const lines: string[] = [];
  const head = [`${formatCount(summary.articles)} ${summary.articles === 1 ? 'article' : 'articles'}`];
  if (summary.skipped > 0) head.push(`${formatCount(summary.skipped)} skipped`);
  if (summary.ignored > 0) head.push(`${formatCount(summary.ignored)} other ${summary.ignored === 1 ? 'file' : 'files'} not read`);
  lines.push(chalk.bold.underline('Corpus summary'), chalk.dim(head.join(' · ')));

  const entityTable = (title: string, items: readonly SummaryEntity[], detail?: (i: number) => string): void => {
    if (items.length === 0) return;
    const rows: Cell[][] = [
      [{ text: '' }, { text: 'articles', style: chalk.dim, align: 'right' }, { text: 'mentions', style: chalk.dim, align: 'right' }],
      ...items.map((item, i) => [
        { text: name(item.name) },
        { text: formatCount(item.articles), align: 'right' as const },
        { text: formatCount(item.mentions), align: 'right' as const },
        { text: detail?.(i) ?? '', style: chalk.dim },
      ]),
    ];
    lines.push('', chalk.bold(title));
    lines.push(...renderTable(rows, { maxWidths: [maxName], width }));
  };
  const also = (person: SummaryPerson): string => (person.aliases ? `also ${person.aliases.map(singleLine).join(', ')}` : '');
  entityTable('Most mentioned people', summary.people, (i) => also(summary.people[i]!));
  entityTable('Most mentioned places', summary.places, (i) => {
    const place = summary.places[i]!;
    const country = place.country && place.kind !== 'country' ? countryName(place.country) : '';
    return [place.kind === 'place' ? '' : place.kind, country].filter(Boolean).join(' · ');
  });
  entityTable('Most mentioned organizations', summary.organizations);

  if (summary.speakers.length > 0) {
    const rows: Cell[][] = [
      [{ text: '' }, { text: 'quotes', style: chalk.dim, align: 'right' }, { text: 'articles', style: chalk.dim, align: 'right' }],
      ...summary.speakers.map((s) => [
        { text: name(s.name) },
        { text: formatCount(s.quotes), align: 'right' as const },
        { text: formatCount(s.articles), align: 'right' as const },
      ]),
    ];
    lines.push('', chalk.bold('Most quoted'));
    lines.push(...renderTable(rows, { maxWidths: [maxName], width }));
  }

  const { count, sources } = summary.withoutAttributedQuote;
  lines.push('', `${chalk.bold('Articles with no attributed quote')} ${chalk.dim(`(${formatCount(count)})`)}`);
  for (const source of sources.slice(0, MAX_SOURCES_SHOWN)) lines.push(`  ${singleLine(source)}`);
  if (sources.length > MAX_SOURCES_SHOWN) {
    lines.push(chalk.dim(`  … and ${formatCount(sources.length - MAX_SOURCES_SHOWN)} more (all of them with --json)`));
  }
  if (summary.people.length + summary.places.length + summary.organizations.length === 0) {
    lines.push('', chalk.dim('No people, places or organizations found.'));
  }
  return `${lines.join('\n')}\n`;
}
