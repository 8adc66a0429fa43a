#!/usr/bin/env node
/**
 * Learns the typing weights (src/analysis/mentions/learned-weights.ts) from the annotated text of
 * ../shared/eval: `npm run train`. Deterministic: the same data and code write the same file,
 * byte for byte (`npm run train -- --check` verifies the committed one).
 *
 * 1. Every candidate name dossier finds in the training parts becomes an example: the features
 *    that fire for it (features.ts) and its gold class, person / place / organization by overlap
 *    with a gold mention of that type, none otherwise (MISC included). Demonyms are left out:
 *    a document rule decides them.
 *    Each training source weighs as much as any other.
 * 2. Two learners, both starting from the hand-set prior (prior-weights.ts): a multi-class
 *    averaged perceptron (fixed learning rate, seeded shuffle per epoch) and a multinomial
 *    logistic regression pulled toward the prior (full-batch, no randomness).
 * 3. The learner and its settings are chosen on the development parts by the whole pipeline's
 *    mean F1 (document rules included); the prior itself is one of the choices. The chosen
 *    settings' candidate accuracy is cross-validated (5 folds) on the training examples.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getWink } from '../dist/nlp/wink.js';
import { tokenize } from '../dist/nlp/tokenize.js';
import { loadGazetteer } from '../dist/gazetteer/gazetteer.js';
import { findCandidates } from '../dist/analysis/mentions/find-candidates.js';
import { detectFeatures } from '../dist/analysis/mentions/evidence.js';
import { CLASS_COUNT, FEATURE_COUNT, featureName } from '../dist/analysis/mentions/features.js';
import { PRIOR_WEIGHTS } from '../dist/analysis/mentions/prior-weights.js';
import { modelFromTable } from '../dist/analysis/mentions/typing-model.js';
import { analyzeWith } from '../dist/analysis/analyze.js';
import { seededRandom } from './lib/seeded-random.mjs';
import { DEV_SETS, ROOT, TRAIN_SETS, loadSet, meanF1, requireEvalData, scoreSet } from './lib/entity-eval.mjs';

const OUT = join(ROOT, 'src', 'analysis', 'mentions', 'learned-weights.ts');
/** Learning rates tried (0: the prior unchanged). */
const RATES = [0, 0.1, 0.25, 0.5, 1];
/** Epochs tried for each rate (checkpoints of one run). */
const EPOCHS = [1, 2, 3, 5, 8];
const SEED = 13;
/** Logistic regression: strengths of the pull toward the prior tried, iterations, step, temperature. */
const STRENGTHS = [0.003, 0.01, 0.03];
const ITERATIONS = 300;
const STEP = 0.05;
const TEMPERATURE = 2;
/** Decimals the weights are written with. */
const DECIMALS = 3;
const NONE = 3;
const GOLD_CLASS = { PERSON: 0, PLACE: 1, ORG: 2 };

const check = process.argv.includes('--check');
requireEvalData();
const wink = getWink();
const gazetteer = loadGazetteer();

/** Examples of a set: {features: Int32Array, label}. */
function examples(docs) {
  const out = [];
  for (const d of docs) {
    const doc = tokenize(wink, d.text);
    for (const c of findCandidates(doc, gazetteer)) {
      const e = detectFeatures(doc, gazetteer, c);
      if (e.demonym) continue;
      out.push({ features: Int32Array.from(e.fired), label: goldClass(d.entities ?? [], c), weight: 1 });
    }
  }
  return out;
}

/** The class of the gold mention overlapping the candidate most; none when there is none. */
function goldClass(entities, c) {
  let best = NONE;
  let most = 0;
  for (const g of entities) {
    const shared = Math.min(g.end, c.end) - Math.max(g.start, c.start);
    if (shared > most) {
      most = shared;
      best = GOLD_CLASS[g.type] ?? NONE;
    }
  }
  return best;
}

/** The class the weights give: the best type unless `none` scores higher (ties go to the type). */
function predict(w, features) {
  const s = [0, 0, 0, 0];
  for (const f of features) for (let k = 0; k < CLASS_COUNT; k++) s[k] += w[f * CLASS_COUNT + k];
  let pred = NONE;
  let best = s[NONE] - 1e-9;
  for (let k = 0; k < NONE; k++) if (s[k] > best) [pred, best] = [k, s[k]];
  return pred;
}


function priorWeights() {
  const w = new Float64Array(FEATURE_COUNT * CLASS_COUNT);
  for (let f = 0; f < FEATURE_COUNT; f++) PRIOR_WEIGHTS[featureName(f)].forEach((x, k) => (w[f * CLASS_COUNT + k] = x));
  return w;
}

/**
 * Averaged perceptron from the prior: the averaged weights after each epoch in `checkpoints`.
 * An update at step t adds d to the weight and (t - 1)·d to `u`; the average over T steps is then
 * w − u/T.
 */
function train(data, rate, checkpoints) {
  const w = priorWeights();
  const u = new Float64Array(w.length);
  const next = seededRandom(SEED);
  const order = data.map((_, i) => i);
  const snapshots = new Map();
  let t = 0;
  for (let epoch = 1; epoch <= Math.max(...checkpoints); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      t++;
      const { features, label } = data[i];
      const pred = predict(w, features);
      if (pred === label || rate === 0) continue;
      const step = rate * data[i].weight;
      for (const f of features) {
        w[f * CLASS_COUNT + label] += step;
        u[f * CLASS_COUNT + label] += (t - 1) * step;
        w[f * CLASS_COUNT + pred] -= step;
        u[f * CLASS_COUNT + pred] -= (t - 1) * step;
      }
    }
    if (checkpoints.includes(epoch)) snapshots.set(epoch, round(w.map((x, i) => x - u[i] / t)));
  }
  return snapshots;
}

/**
 * Multinomial logistic regression over the scores divided by a temperature (the prior's scale:
 * a lead of TEMPERATURE points is e:1 odds), with an L2 penalty pulling the weights toward the
 * prior, by full-batch gradient descent with Adam steps from the prior: no randomness at all.
 */
function logistic(data, strength, iterations) {
  const prior = priorWeights();
  const w = prior.slice();
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const total = data.reduce((n, x) => n + x.weight, 0);
  const s = new Float64Array(CLASS_COUNT);
  for (let it = 1; it <= iterations; it++) {
    const grad = new Float64Array(w.length);
    for (const { features, label, weight } of data) {
      s.fill(0);
      for (const f of features) for (let k = 0; k < CLASS_COUNT; k++) s[k] += w[f * CLASS_COUNT + k] / TEMPERATURE;
      const top = Math.max(...s);
      let z = 0;
      for (let k = 0; k < CLASS_COUNT; k++) z += Math.exp(s[k] - top);
      for (let k = 0; k < CLASS_COUNT; k++) {
        const g = (weight * (Math.exp(s[k] - top) / z - (k === label ? 1 : 0))) / TEMPERATURE / total;
        for (const f of features) grad[f * CLASS_COUNT + k] += g;
      }
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] + strength * (w[i] - prior[i]);
      m[i] = 0.9 * m[i] + 0.1 * g;
      v[i] = 0.999 * v[i] + 0.001 * g * g;
      w[i] -= (STEP * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return round(w);
}

const round = (w) => w.map((x) => Number(x.toFixed(DECIMALS)) + 0);

function table(w) {
  const rows = {};
  for (let f = 0; f < FEATURE_COUNT; f++) rows[featureName(f)] = Array.from(w.subarray(f * CLASS_COUNT, (f + 1) * CLASS_COUNT));
  return rows;
}

function accuracy(w, data) {
  return data.filter((x) => predict(w, x.features) === x.label).length / data.length;
}

const trainDocs = TRAIN_SETS.map((name) => loadSet(name));
// Each source counts as much as any other, however long: one annotation convention (and one
// kind of text) must not drown the others.
const perSource = trainDocs.map((docs) => examples(docs));
const data = perSource.flatMap((xs) => {
  const total = perSource.reduce((n, s) => n + s.length, 0);
  for (const x of xs) x.weight = total / perSource.length / xs.length;
  return xs;
});
const devDocs = DEV_SETS.map((name) => [name, loadSet(name)]);
const classCounts = [0, 0, 0, 0];
for (const x of data) classCounts[x.label]++;
const log = (line) => console.error(line);
log(`examples: ${data.length} candidates of ${trainDocs.reduce((n, d) => n + d.length, 0)} documents (person ${classCounts[0]}, place ${classCounts[1]}, organization ${classCounts[2]}, none ${classCounts[3]})`);

function devScores(w) {
  const resources = { wink, gazetteer, model: modelFromTable(table(w)) };
  return devDocs.map(([name, docs]) => [name, scoreSet(docs, (text) => analyzeWith(resources, text))]);
}

function describe(s) {
  return s.method === 'logistic' ? `logistic regression, L2 pull to the prior ${s.strength}, ${ITERATIONS} iterations` : s.rate === 0 ? 'the prior unchanged' : `averaged perceptron, learning rate ${s.rate}, ${s.epochs} epoch(s), seed ${SEED}`;
}

let best;
function consider(settings, w) {
  const scores = devScores(w);
  const mean = scores.reduce((s, [, x]) => s + meanF1(x), 0) / scores.length;
  log(`${describe(settings)}: train accuracy ${accuracy(w, data).toFixed(3)}, dev mean F1 ${mean.toFixed(4)}  ${scores.map(([n, x]) => `${n.replace('ner-more/', '')} ${['PERSON', 'PLACE', 'ORG'].map((t) => x[t].f1.toFixed(3)).join('/')}`).join('  ')}`);
  if (!best || mean > best.mean + 1e-9) best = { ...settings, w, mean, scores };
}
for (const rate of RATES) {
  const snapshots = rate === 0 ? new Map([[0, priorWeights()]]) : train(data, rate, EPOCHS);
  for (const [epochs, w] of snapshots) consider({ method: 'perceptron', rate, epochs }, w);
}
for (const strength of STRENGTHS) consider({ method: 'logistic', strength }, logistic(data, strength, ITERATIONS));

/** Candidate-level accuracy of the chosen settings by 5-fold cross-validation over the training examples. */
function crossValidate(folds) {
  let right = 0;
  for (let k = 0; k < folds; k++) {
    const held = data.filter((_, i) => i % folds === k);
    const rest = data.filter((_, i) => i % folds !== k);
    const w = best.method === 'logistic' ? logistic(rest, best.strength, ITERATIONS) : best.rate === 0 ? priorWeights() : train(rest, best.rate, [best.epochs]).get(best.epochs);
    right += held.filter((x) => predict(w, x.features) === x.label).length;
  }
  return right / data.length;
}
const cv = crossValidate(5);
log(`chosen: ${describe(best)}, dev mean F1 ${best.mean.toFixed(4)}; 5-fold cross-validated candidate accuracy ${cv.toFixed(3)} (prior ${accuracy(priorWeights(), data).toFixed(3)})`);

const rows = table(best.w);
const text = `/**
 * Generated by \`npm run train\` (scripts/train-weights.mjs): do not edit by hand.
 * Chosen on the development parts: ${describe(best)}, from the hand-set prior (prior-weights.ts),
 * on ${data.length} candidates of ${TRAIN_SETS.join(', ')}; chosen on ${DEV_SETS.join(', ')}.
 * Columns: person, place, organization, none.
 */
export const LEARNED_WEIGHTS: Readonly<Record<string, readonly number[]>> = {
${Object.entries(rows).map(([name, row]) => `  ${name}: [${row.join(', ')}],`).join('\n')}
};
`;
if (check) {
  const same = readFileSync(OUT, 'utf8') === text;
  log(same ? 'learned-weights.ts is what training writes' : 'learned-weights.ts differs from what training writes');
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
log(`wrote ${OUT}`);
