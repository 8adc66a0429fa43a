#!/usr/bin/env node
/**
 * What each piece of typing earns: `npm run ablate` switches off one feature (its row of weights
 * set to zero) or one document rule at a time and prints the change in F1 per type on each
 * evaluation set of ../shared/eval. Negative: the piece helps (F1 falls without it).
 *
 *   npm run ablate                 development parts
 *   npm run ablate -- --test       test parts
 *   npm run ablate -- --all        both
 *   npm run ablate -- --json       one JSON object per piece instead of the table
 *   npm run ablate -- --only a,b   only the features and rules named
 */
import { getWink } from '../dist/nlp/wink.js';
import { loadGazetteer } from '../dist/gazetteer/gazetteer.js';
import { CLASS_COUNT, FEATURE_COUNT, featureName } from '../dist/analysis/mentions/features.js';
import { DEFAULT_MODEL } from '../dist/analysis/mentions/typing-model.js';
import { DOCUMENT_RULE_NAMES } from '../dist/analysis/mentions/document-rules.js';
import { analyzeWith } from '../dist/analysis/analyze.js';
import { DEV_SETS, TEST_SETS, TYPES, loadSet, requireEvalData, scoreSet } from './lib/entity-eval.mjs';

const args = process.argv.slice(2);
requireEvalData();
const setNames = args.includes('--all') ? [...DEV_SETS, ...TEST_SETS] : args.includes('--test') ? TEST_SETS : DEV_SETS;
const sets = setNames.map((name) => [name, loadSet(name)]);
const wink = getWink();
const gazetteer = loadGazetteer();

/** F1 per set and type under a model. */
function f1s(model) {
  const resources = { wink, gazetteer, model };
  return sets.map(([, docs]) => {
    const scores = scoreSet(docs, (text) => analyzeWith(resources, text));
    return TYPES.map(([type]) => scores[type].f1);
  });
}

/** The model with one feature's row zeroed, or one rule switched off. */
function without(kind, name, id) {
  if (kind === 'rule') return { weights: DEFAULT_MODEL.weights, disabledRules: new Set([name]) };
  const weights = DEFAULT_MODEL.weights.slice();
  weights.fill(0, id * CLASS_COUNT, (id + 1) * CLASS_COUNT);
  return { weights, disabledRules: new Set() };
}

const base = f1s(DEFAULT_MODEL);
const pieces = [
  ...Array.from({ length: FEATURE_COUNT }, (_, id) => ['feature', featureName(id), id]).filter(([, name]) => name !== 'bias'),
  ...DOCUMENT_RULE_NAMES.map((name) => ['rule', name, -1]),
];
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
if (only) pieces.splice(0, pieces.length, ...pieces.filter(([, name]) => only.has(name)));
const rows = [];
for (const [kind, name, id] of pieces) {
  const scores = f1s(without(kind, name, id));
  const delta = scores.map((set, s) => set.map((f1, t) => f1 - base[s][t]));
  const mean = delta.flat().reduce((a, b) => a + b, 0) / delta.flat().length;
  rows.push({ kind, name, mean, delta });
  if (args.includes('--json')) console.log(JSON.stringify({ kind, name, mean, delta: Object.fromEntries(setNames.map((n, s) => [n, Object.fromEntries(TYPES.map(([t], k) => [t, delta[s][k]]))])) }));
  else process.stderr.write('.');
}
if (!args.includes('--json')) {
  process.stderr.write('\n');
  const fmt = (x) => (x === 0 ? '     0' : (x > 0 ? '+' : '') + x.toFixed(3)).padStart(6);
  console.log(`F1 with everything on (person / place / organization):`);
  setNames.forEach((n, s) => console.log(`  ${n.padEnd(32)} ${base[s].map((x) => x.toFixed(3)).join(' / ')}`));
  console.log(`\nChange in F1 when switched off, most useful first (mean over sets and types; then per set: person place organization)`);
  console.log(`${''.padEnd(36)} ${'mean'.padStart(6)}  ${setNames.map((n) => n.replace('ner-more/', '').slice(0, 20).padEnd(20)).join(' ')}`);
  for (const r of rows.sort((a, b) => a.mean - b.mean)) {
    console.log(`${`${r.kind} ${r.name}`.padEnd(36)} ${fmt(r.mean)}  ${r.delta.map((d) => d.map(fmt).join('')).join(' ')}`);
  }
}
