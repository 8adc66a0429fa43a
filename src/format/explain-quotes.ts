/**
 * The text rendering of `explain.quotes` (`--explain`): for each quotation, where its speaker
 * came from, the reporting clause read, the speaker sieve that named the speaker and, for a
 * pronoun, the referents weighed. Pure: report in, lines out.
 */
import type { ChalkInstance } from 'chalk';
import type { QuoteExplanation, Report } from '../report.js';
import { singleLine, truncate } from './layout.js';

const QUOTE_WIDTH = 40;
const CLAUSE_WIDTH = 60;

const SOURCES: Readonly<Record<QuoteExplanation['source'], string>> = {
  clause: 'clause',
  carried: 'carried over from the quotation before',
  label: 'speaker label',
  frame: 'verb framing the phrase',
  none: 'no attribution',
};

/** One line per explained quotation, and a line of candidates when several were weighed. */
function explainOne(report: Report, entry: QuoteExplanation, chalk: ChalkInstance): string[] {
  const quote = report.quotes[entry.quote];
  if (!quote) return [];
  const said = `“${truncate(singleLine(quote.text), QUOTE_WIDTH)}”`;
  const speaker = quote.speaker ? chalk.bold(quote.speaker.name) : chalk.dim('no speaker');
  const how = [SOURCES[entry.source]];
  if (entry.clause) how.push(`${entry.clause.place} «${truncate(singleLine(entry.clause.text), CLAUSE_WIDTH)}»@${entry.clause.start}`);
  if (entry.sieve) how.push(`sieve ${entry.sieve}`);
  if (entry.unresolved) how.push(`left as written: ${entry.unresolved}`);
  const lines = [`  ${said} ${chalk.dim('→')} ${speaker}  ${chalk.dim(how.join(' · '))}`];
  if (entry.candidates && entry.candidates.length > 0) {
    lines.push(chalk.dim(`      weighed: ${entry.candidates.map((c) => `${c.name} ${c.score}`).join(', ')}`));
  }
  return lines;
}

/** The "Speakers explained" section, or no lines when the report carries no explanation. */
export function formatQuoteExplanations(report: Report, chalk: ChalkInstance): string[] {
  const entries = report.explain?.quotes;
  if (!entries || entries.length === 0) return [];
  return ['', chalk.bold(`Speakers explained (${entries.length})`), ...entries.flatMap((e) => explainOne(report, e, chalk))];
}
