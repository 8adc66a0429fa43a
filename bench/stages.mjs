// Where dossier's own time goes, stage by stage, in one process: runs analyzeWith
// (src/analysis/analyze.ts) over every text of a folder, STAGES_PASSES passes (default 5), timing
// each stage through its onStage hook, and prints the milliseconds of each stage in the first
// pass and in the steady state: the least each stage took in any pass from the third on, which
// filters out most of what other processes on a shared machine add.
// wink's own read (readDoc and copying its outputs out) is told apart from the rest of tokenize
// by timing the span between the lexicon mark and its rollback.
//   node bench/stages.mjs [folder]   (default: the 840 real articles, bench/.corpus/real/840)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realCorpora } from './real-corpus.mjs';
import { textFiles } from './text-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? realCorpora(ROOT)?.[840] ?? 'bench/.corpus/2000';
const texts = textFiles(dir).map((path) => readFileSync(path, 'utf8'));
const passes = Math.max(3, Number(process.env.STAGES_PASSES ?? 5));

// As the CLI runs (bin/dossier.js), unless STAGES_V8_DEFAULTS=1.
if (process.env.STAGES_V8_DEFAULTS !== '1') (await import('../dist/v8-tuning.js')).tuneV8();
const { ANALYSIS_STAGES, loadResources, analyzeWith } = await import('../dist/index.js');
const { formatJson } = await import('../dist/format/json.js');

const resources = loadResources();
const realWink = resources.wink;
// The same engine, its lexicon mark and rollback timed: what lies between them is wink's read.
let winkMs = 0;
let markAt = 0;
const wink = Object.create(realWink);
wink.markLexicon = () => {
  markAt = performance.now();
  return realWink.markLexicon();
};
wink.rollbackLexicon = (mark) => {
  winkMs += performance.now() - markAt;
  return realWink.rollbackLexicon(mark);
};

const timed = { ...resources, wink };

// wink's read, the rest of tokenize, then every other stage of analyzeWith, then formatJson.
const STAGES = ['tokenize (wink read)', 'tokenize (the rest)', ...ANALYSIS_STAGES.slice(1), 'formatJson'];

function pass() {
  const ms = new Float64Array(STAGES.length);
  winkMs = 0;
  let t = 0;
  let stage = 1;
  const onStage = () => {
    const now = performance.now();
    ms[stage++] += now - t;
    t = now;
  };
  const options = { source: 'bench', onStage };
  for (const text of texts) {
    stage = 1;
    t = performance.now();
    const report = analyzeWith(timed, text, options);
    formatJson(report);
    onStage();
  }
  ms[1] -= winkMs;
  ms[0] = winkMs;
  return ms;
}

const results = [];
for (let p = 0; p < passes; p++) results.push(pass());
const first = results[0];
const last = new Float64Array(STAGES.length).map((_, i) => Math.min(...results.slice(2).map((r) => r[i])));
const sum = (a) => a.reduce((s, x) => s + x, 0);
console.log(`${texts.length} texts from ${dir}; pass 1 and the least of passes 3-${passes} (ms, share of the pass, share of dossier's own time)`);
const ownLast = sum(last) - last[0];
STAGES.forEach((name, i) => {
  const own = i === 0 ? '' : `${((last[i] / ownLast) * 100).toFixed(1).padStart(5)}%`;
  console.log(`${name.padEnd(24)} ${first[i].toFixed(0).padStart(7)} ${last[i].toFixed(0).padStart(7)} ${((last[i] / sum(last)) * 100).toFixed(1).padStart(5)}% ${own}`);
});
console.log(`each pass: ${results.map((r) => sum(r).toFixed(0)).join(' ')} ms`);
console.log(`${'total'.padEnd(24)} ${sum(first).toFixed(0).padStart(7)} ${sum(last).toFixed(0).padStart(7)}   dossier's own (not wink): ${(sum(first) - first[0]).toFixed(0)} / ${ownLast.toFixed(0)}`);
