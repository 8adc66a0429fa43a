/**
 * The text rendering of `explain.entities` (`dossier --explain`): for each candidate name, the
 * type given, the scores, each feature that fired with its non-zero weights, and the document
 * rule that decided. Pure: explanations in, string out.
 */
import type { ChalkInstance } from 'chalk';
import type { EntityExplanation, FiredFeature } from '../report.js';
import { singleLine } from './layout.js';

const CLASSES = ['person', 'place', 'organization', 'none'] as const;

const signed = (x: number): string => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');
const number = (x: number): string => (x < 0 ? `−${-x}` : String(x));

/** "person +8", "person −1.5, organization +1.5": a feature's weights that are not zero. */
function weightsOf(f: FiredFeature): string {
  const parts = CLASSES.filter((k) => f.weights[k] !== 0).map((k) => `${k} ${signed(f.weights[k])}`);
  return parts.length ? parts.join(', ') : 'no weight';
}

/** Renders the explanations as lines under a heading, ending in a newline; empty when there are none. */
export function formatEntityExplanations(explanations: readonly EntityExplanation[], chalk: ChalkInstance): string {
  if (explanations.length === 0) return '';
  const lines = [chalk.bold(`Why these names (${explanations.length})`)];
  for (const e of explanations) {
    const verdict = e.type ?? 'not reported';
    const scores = CLASSES.map((k) => `${k} ${number(e.scores[k])}`).join(', ');
    lines.push(`  ${chalk.bold(singleLine(e.mention.text))} ${chalk.dim(`@${e.mention.start}`)}  → ${verdict}  ${chalk.dim(`(${scores})`)}`);
    for (const f of e.features) lines.push(`      ${f.name} ${chalk.dim(`(${weightsOf(f)})`)}`);
    if (e.rule) lines.push(`      ${chalk.cyan(`rule: ${e.rule}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
