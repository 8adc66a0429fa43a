// One measurement in its own process (one wink instance per process, and a clean RSS):
//   node bench/measure.mjs <what> <corpus-dir>
// what: dossier | wink | wink-dossier-pipes | wink-rollback | compromise. Reads every text first (the I/O is
// not what is measured), then times the work on all of them three times: `ms` is the first
// pass (cold: V8 compiles the code as it runs), `warmMs` the third (steady state), and prints
// one JSON line.
import { readFileSync } from 'node:fs';
import { textFiles } from './text-files.mjs';

const [what, dir] = process.argv.slice(2);

const texts = textFiles(dir).map((path) => readFileSync(path, 'utf8'));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

const loadStart = performance.now();
let work;
/** Figures a measurement adds to its line. */
const extra = {};
if (what === 'dossier') {
  // As the CLI runs it (bin/dossier.js).
  (await import('../dist/v8-tuning.js')).tuneV8();
  const { analyze, loadResources } = await import('../dist/index.js');
  loadResources();
  work = (text) => analyze(text, { source: 'bench' });
} else if (what === 'wink' || what === 'wink-dossier-pipes') {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  // Bare wink as its README shows it (every pipe), or with the pipes dossier asks for.
  const nlp = what === 'wink' ? winkNLP(model) : winkNLP(model, ['pos']);
  work = (text) => nlp.readDoc(text);
} else if (what === 'wink-rollback') {
  // wink with dossier's pipe, its lexicon marked before each read and rolled back after it, as
  // dossier does (patches/wink-nlp+2.4.0.patch); the time inside mark and rollback is summed.
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model, ['pos']);
  extra.rollbackMs = 0;
  work = (text) => {
    let t = performance.now();
    const mark = nlp.markLexicon();
    extra.rollbackMs += performance.now() - t;
    nlp.readDoc(text).tokens().out();
    t = performance.now();
    nlp.rollbackLexicon(mark);
    extra.rollbackMs += performance.now() - t;
  };
} else if (what === 'compromise') {
  const nlp = (await import('compromise')).default;
  work = (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'), doc.quotations().out('array')];
  };
} else {
  throw new Error(`unknown measurement ${what}`);
}
const loadMs = performance.now() - loadStart;

const start = performance.now();
for (const text of texts) work(text);
const ms = performance.now() - start;
// The same texts twice more: by the third pass the code is compiled (V8 optimises as it runs),
// so that is the steady pace of a long run, where the first pass includes the warm-up.
for (const text of texts) work(text);
const again = performance.now();
for (const text of texts) work(text);
const warmMs = performance.now() - again;
const allMs = performance.now() - start;
console.log(JSON.stringify({ what, articles: texts.length, bytes, loadMs, ms, warmMs, allMs, reads: 3 * texts.length, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }));
