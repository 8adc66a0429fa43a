// `npm run bench`: dossier's speed on real news first (when ../shared/eval is beside the
// project: whole-process wall times of the CLI for 1, 20, 84 and 840 articles against bare
// wink and compromise, then in-process first pass and steady state), then throughput, scaling,
// memory and start-up on a generated corpus. Not a test: it prints figures from one run on
// this machine. Needs a build (`npm run build`).
//
// Environment: BENCH_ARTICLES (default 2000), BENCH_LARGE (default 20000; 0 skips the
// flat-memory run), BENCH_SKIP_COMPROMISE=1, BENCH_REAL_ONLY=1 (stop after the real news).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realCorpora, REAL_SIZES } from './real-corpus.mjs';
import { commandsFor, timeCommands } from './whole-process.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS_ROOT = join(ROOT, 'bench/.corpus');
const SMALL = Number(process.env.BENCH_ARTICLES ?? 2000);
const LARGE = Number(process.env.BENCH_LARGE ?? 20000);
const node = process.execPath;

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('bench: build first: npx tsc -p tsconfig.json');
  process.exit(2);
}

function corpus(count) {
  const dir = join(CORPUS_ROOT, String(count));
  const mark = join(dir, '.complete');
  if (!existsSync(mark) || readFileSync(mark, 'utf8') !== String(count)) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: generating ${count} articles in ${dir}\n`);
    execFileSync(node, [join(ROOT, 'bench/generate.mjs'), dir, String(count)], { stdio: 'inherit' });
  }
  return dir;
}

function measure(what, dir) {
  const out = execFileSync(node, [join(ROOT, 'bench/measure.mjs'), what, dir], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1));
}

/** Two independent single-thread measurements at once: what 2 cores give with no coordination. */
function measurePair(what, dir) {
  const one = () =>
    new Promise((done, fail) => {
      const child = spawn(node, [join(ROOT, 'bench/measure.mjs'), what, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
      child.on('error', fail);
      child.on('close', () => done(JSON.parse(out.trim().split('\n').at(-1))));
    });
  return Promise.all([one(), one()]);
}

/** Runs the CLI (output to /dev/null); wall time and peak RSS of the whole process. */
function cli(args) {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'dossier-bench-')), 'rss');
  const start = performance.now();
  const result = spawnSync(node, ['--import', join(ROOT, 'bench/rss-probe.mjs'), 'bin/dossier.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_OUT: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`dossier ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const { rssMB, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rssMB, cpuMs };
}

/** Median wall time of `runs` runs of a command, in ms. */
function wall(args, runs = 7) {
  return timeCommands(ROOT, { run: args }, runs).run;
}

const f = (n, digits = 0) => n.toFixed(digits);
const line = (label, value) => console.log(`  ${label.padEnd(52)}${value}`);
const load = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`dossier bench — ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpu}, ${availableParallelism()} cores, ${f(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}, ${process.platform}`);
console.log(`at start: ${load()} (other work on the machine skews the wall times, not the CPU times)`);

const real = realCorpora(ROOT);
if (real) {
  const withCompromise = process.env.BENCH_SKIP_COMPROMISE !== '1';
  console.log('\nreal news, whole process as a user runs it (output to /dev/null), median wall time:');
  console.log('  (articles: the texts of ../shared/eval/quotes-train.jsonl (840) and quotes-dev.jsonl (84, and its first 20 and 1))');
  for (const size of REAL_SIZES) {
    // One article is run as `dossier article.txt`; the others as a folder.
    const target = size === 1 ? join(real[1], '0001.txt') : real[size];
    const runs = size >= 840 ? 3 : size >= 84 ? 5 : 7;
    const t = timeCommands(ROOT, commandsFor(ROOT, target, { compromise: withCompromise }), runs);
    const dossier = t['dossier (default --jobs)'];
    const parts = [
      `--jobs 1 ${f(t['dossier --jobs 1'])} ms`,
      `default ${f(dossier)} ms`,
      `bare wink ${f(t['bare wink'])} ms`,
      ...(withCompromise ? [`compromise ${f(t.compromise)} ms`] : []),
    ];
    console.log(`\n  ${size} article${size === 1 ? ' (cold start)' : 's'}, median of ${runs}: ${parts.join(', ')}`);
    const target1 = size === 1 ? '≤ 1.3×' : size === 840 ? '≤ 1.5×' : '';
    line('    dossier / bare wink', `${f(dossier / t['bare wink'], 2)}×  ${target1 && `(target ${target1})`}`);
    if (withCompromise) line('    compromise / dossier', `${f(t.compromise / dossier, 1)}×  ${size === 840 ? '(target ≥ 8×)' : ''}`);
    if (size > 1) line('    --jobs 1 / default (--jobs 2 here)', `${f(t['dossier --jobs 1'] / dossier, 2)}×  (target ${size === 840 ? '≥ 1.3×' : '≥ 1.0×'})`);
  }
  console.log(`  (${load()})`);
  const rd = measure('dossier', real[840]);
  const rw = measure('wink-dossier-pipes', real[840]);
  console.log('\n  in process, one thread, the 840 texts already in memory:');
  line('    dossier, first pass (V8 compiling as it runs)', `${f(rd.ms)} ms (${f(rd.ms / rw.ms, 2)}× wink's ${f(rw.ms)} ms)`);
  line('    dossier, third pass (steady state)', `${f(rd.warmMs)} ms (${f(rd.warmMs / rw.warmMs, 2)}× wink's ${f(rw.warmMs)} ms)`);
  line('    loading: dossier (wink, gazetteer) / wink', `${f(rd.loadMs)} ms / ${f(rw.loadMs)} ms`);
  if (process.env.BENCH_REAL_ONLY === '1') process.exit(0);
} else {
  console.log('\n(../shared/eval not found: real-news figures skipped; generated articles only)');
}

const small = corpus(SMALL);

const d = measure('dossier', small);
const mb = d.bytes / 2 ** 20;
console.log(`\ncorpus: ${d.articles} articles, ${f(mb, 1)} MB (bench/.corpus/${SMALL})`);
console.log('\nsingle thread, in process (texts already in memory):');
line('dossier', `${f(d.articles / (d.ms / 1000))} articles/s, ${f(mb / (d.ms / 1000), 2)} MB/s (${f(d.ms)} ms)`);
const w = measure('wink', small);
line('bare wink (winkNLP(model), readDoc)', `${f(w.articles / (w.ms / 1000))} articles/s (${f(w.ms)} ms)`);
line('  dossier time / bare wink time', `${f(d.ms / w.ms, 2)}×  (target ≤ 1.5×)`);
line('  the same, third pass over the texts (warm JIT)', `${f(d.warmMs / w.warmMs, 2)}× (${f(d.warmMs)} ms / ${f(w.warmMs)} ms)`);
const wp = measure('wink-dossier-pipes', small);
line('wink with dossier\'s pipe (pos)', `${f(wp.articles / (wp.ms / 1000))} articles/s (${f(wp.ms)} ms)`);
line('  dossier time / that', `${f(d.ms / wp.ms, 2)}×`);
const rb = measure('wink-rollback', small);
// Both passes (cold and warm) went through mark and rollback: 2 × articles reads.
line('  lexicon mark + rollback per document', `${f((1000 * rb.rollbackMs) / rb.reads, 1)} µs (${f((100 * rb.rollbackMs) / rb.allMs, 2)}% of wink's read)`);
if (process.env.BENCH_SKIP_COMPROMISE !== '1') {
  const c = measure('compromise', small);
  line('compromise (people, places, orgs, quotations)', `${f(c.articles / (c.ms / 1000))} articles/s (${f(c.ms)} ms)`);
  line('  compromise time / dossier time', `${f(c.ms / d.ms, 1)}×  (target ≥ 5×)`);
}

const pair = await measurePair('dossier', small);
const pairMs = Math.max(...pair.map((r) => r.ms));
line('two such processes at once, each', `${pair.map((r) => f(r.ms)).join(' ms, ')} ms`);
line('  → what 2 cores give here, no coordination', `${f((2 * d.ms) / pairMs, 2)}× one process's throughput`);

console.log(`\nthe CLI over the folder (dossier --json bench/.corpus/${SMALL} > /dev/null):`);
const rel = `bench/.corpus/${SMALL}`;
// Best of three of each, interleaved, so that a burst of other work does not decide alone.
const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const j1runs = [];
const j2runs = [];
for (let i = 0; i < 3; i++) {
  j1runs.push(cli(['--json', '--jobs', '1', rel]));
  j2runs.push(cli(['--json', '--jobs', '2', rel]));
}
const j1 = best(j1runs);
const j2 = best(j2runs);
const cliLine = (r) => `${f(r.ms)} ms wall, ${f(r.cpuMs)} ms CPU, ${f(d.articles / (r.ms / 1000))} articles/s, peak RSS ${f(r.rssMB)} MB`;
line('--jobs 1 (best of 3)', cliLine(j1));
line('--jobs 2 (best of 3)', cliLine(j2));
line('  speed-up --jobs 2 / --jobs 1 (wall)', `${f(j1.ms / j2.ms, 2)}×  (target ≥ 1.7× on 2 cores)`);
line('  CPU --jobs 2 / --jobs 1 (cost of the threads)', `${f(j2.cpuMs / j1.cpuMs, 2)}×`);
line('  estimate on 2 idle cores (2 × CPU₁ / CPU₂)', `${f((2 * j1.cpuMs) / j2.cpuMs, 2)}×`);
console.log(`  (${load()})`);
const sum = cli(['--summary-only', '--jobs', '2', rel]);
line('--summary-only --jobs 2', `${f(sum.ms)} ms, peak RSS ${f(sum.rssMB)} MB`);

if (LARGE > 0) {
  const large = corpus(LARGE);
  const big = cli(['--json', `bench/.corpus/${LARGE}`]);
  console.log(`\nmemory at scale (default --jobs = ${availableParallelism()}):`);
  line(`${SMALL} articles`, `peak RSS ${f(j2.rssMB)} MB`);
  line(`${LARGE} articles`, `peak RSS ${f(big.rssMB)} MB, ${f(big.ms / 1000, 1)} s, ${f(LARGE / (big.ms / 1000))} articles/s`);
  const big1 = cli(['--json', '--jobs', '1', `bench/.corpus/${LARGE}`]);
  line(`${LARGE} articles, --jobs 1`, `peak RSS ${f(big1.rssMB)} MB (--jobs 1 at ${SMALL}: ${f(j1.rssMB)} MB), ${f(big1.ms / 1000, 1)} s`);
  line(`  speed-up --jobs ${availableParallelism()} / --jobs 1 at ${LARGE} (wall)`, `${f(big1.ms / big.ms, 2)}×`);
  void large;
}

console.log('\ncold start (median of 7 runs, wall time, node start-up included):');
const sample = 'samples/ecb-holds-rates.txt';
const empty = wall(['-e', '']);
const winkLoad = wall([
  '--input-type=module',
  '-e',
  "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; w(m);",
]);
const one = wall(['bin/dossier.js', sample]);
line('node -e ""', `${f(empty)} ms`);
line('node: import wink + load its model', `${f(winkLoad)} ms`);
line(`dossier ${sample}`, `${f(one)} ms`);
line('dossier --help', `${f(wall(['bin/dossier.js', '--help']))} ms`);
