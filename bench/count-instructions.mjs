// Instructions, not milliseconds: on a machine shared with other jobs, wall-clock timings of one
// build differ by up to 2x from run to run, too much to tell a change of a few percent. Under
// valgrind's callgrind, with V8 made deterministic (--predictable: no background compiling, GC at
// fixed points), this counts the instructions of `counted` passes over `articles` real articles
// (spread over the set), after `warm` passes that are not counted. With V8's seeds fixed as
// below, runs of one build agree within 0.01% (with random seeds, within about 5%); about 45% of
// a counted pass is still V8 compiling, whose share moves with any change of code, so compare the
// rest too (callgrind_annotate, less the compiler's functions). Compare two builds by their
// "Collected" lines:
//   valgrind --tool=callgrind --instr-atstart=no --smc-check=all-non-file --callgrind-out-file=/dev/null \
//     node --predictable --hash-seed=42 --random-seed=42 bench/count-instructions.mjs [articles=40] [warm=2] [counted=2]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realCorpora } from './real-corpus.mjs';
import { textFiles } from './text-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [articles = 40, warm = 2, counted = 2] = process.argv.slice(2).map(Number);
const dir = realCorpora(ROOT)?.[840] ?? 'bench/.corpus/2000';
const all = textFiles(dir).map((path) => readFileSync(path, 'utf8'));
const step = Math.max(1, Math.floor(all.length / articles));
const texts = all.filter((_, i) => i % step === 0).slice(0, articles);
const { loadResources, analyzeWith } = await import('../dist/index.js');
const { formatJson } = await import('../dist/format/json.js');
const resources = loadResources();
const pass = () => {
  for (const text of texts) formatJson(analyzeWith(resources, text, { source: 'bench' }));
};
for (let p = 0; p < warm; p++) pass();
// callgrind counts only between these two switches.
execFileSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' });
for (let p = 0; p < counted; p++) pass();
execFileSync('callgrind_control', ['-i', 'off', String(process.pid)], { stdio: 'ignore' });
