/**
 * Reads the annotated entity sets of ../shared/eval (when present) and scores dossier's people,
 * places and organizations on them in process, matching mentions as the reference scorer
 * (../shared/eval/score.mjs) does: each gold mention one-to-one with the first overlapping
 * predicted mention of its type. Used by scripts/train-weights.mjs and scripts/ablate.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The evaluation data beside the project, when checked out. */
export const EVAL_DIR = join(ROOT, '..', 'shared', 'eval');

/** Training parts (gold for learning), development parts (for choosing), test parts (for reporting). */
export const TRAIN_SETS = ['ner-train', 'ner-more/uner-ewt-train', 'ner-more/gum-othergenres-train', 'ner-more/crossner-politics-train'];
export const DEV_SETS = ['ner-dev', 'ner-more/uner-ewt-dev', 'ner-more/crossner-politics-dev', 'ner-more/gum-othergenres-dev'];
export const TEST_SETS = ['ner-more/uner-ewt-test', 'ner-more/crossner-politics-test', 'ner-more/wikigold'];

/** The three scored types: gold label and report field. */
export const TYPES = [['PERSON', 'people'], ['PLACE', 'places'], ['ORG', 'organizations']];

/** Exits with a message when the evaluation data is not there. */
export function requireEvalData() {
  if (!existsSync(join(EVAL_DIR, 'ner-dev.jsonl'))) {
    console.error(`no evaluation data at ${EVAL_DIR}: check out ../shared/eval beside the project`);
    process.exit(2);
  }
}

/** The documents of a set (a name such as `ner-more/wikigold`). */
export function loadSet(name) {
  return readFileSync(join(EVAL_DIR, `${name}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Adds one document's counts (tp, fp, fn per type) to `counts`. */
export function countDocument(gold, report, counts) {
  for (const [type, field] of TYPES) {
    const c = (counts[type] ??= { tp: 0, fp: 0, fn: 0 });
    const g = (gold.entities ?? []).filter((e) => e.type === type);
    const p = (report[field] ?? []).flatMap((e) => e.mentions ?? []);
    const used = new Set();
    for (const gm of g) {
      const hit = p.findIndex((pm, i) => !used.has(i) && overlap(gm, pm) > 0);
      if (hit >= 0) {
        used.add(hit);
        c.tp++;
      } else c.fn++;
    }
    c.fp += p.length - used.size;
  }
  return counts;
}

/** Precision, recall and F1 from counts. */
export function prf({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores `analyze(text)` over the documents of a set: {PERSON: {tp, fp, fn, p, r, f1}, …}. */
export function scoreSet(docs, analyze) {
  const counts = {};
  for (const d of docs) countDocument(d, analyze(d.text), counts);
  return Object.fromEntries(TYPES.map(([type]) => [type, { ...counts[type], ...prf(counts[type]) }]));
}

/** The mean F1 over types of a set's scores. */
export function meanF1(scores) {
  return TYPES.reduce((sum, [type]) => sum + scores[type].f1, 0) / TYPES.length;
}
