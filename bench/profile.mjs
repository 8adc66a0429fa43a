// Where the time goes: runs a command under `node --cpu-prof` (worker threads inherit the flag
// and write their own profiles), then prints the functions and the packages/files with the
// most self time, over the main thread and every worker together.
//   node bench/profile.mjs [dossier args...]   (default: --json --jobs 1 bench/.corpus/2000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.length > 2 ? process.argv.slice(2) : ['--json', '--jobs', '1', 'bench/.corpus/2000'];
const dir = mkdtempSync(join(tmpdir(), 'dossier-prof-'));
const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, 'bin/dossier.js', ...args], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);

const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
const byFunction = new Map();
const byPlace = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  // Self time per node from the sample timeline.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, self.get(id) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  for (const node of profile.nodes) {
    // Workers waiting for their next task are idle, not slow.
    if (node.callFrame.functionName === '(idle)') continue;
    const ms = self.get(node.id);
    total += ms;
    tally(node.callFrame, ms);
  }
}

function tally({ functionName, url, lineNumber }, ms) {
  const where = url.replace(`file://${ROOT}`, '').replace(/^.*node_modules\//, 'node_modules/');
  const fn = `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  const place = where.startsWith('node_modules/')
    ? where.split('/').slice(0, where.startsWith('node_modules/@') ? 3 : 2).join('/')
    : where || `(${functionName})`;
  byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
}
const top = (map, n) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
console.log(`dossier ${args.join(' ')}: ${total.toFixed(0)} ms sampled over ${files.length} threads (${dir})`);
console.log('\nby file or package (self time):');
console.log(top(byPlace, 15).join('\n'));
console.log('\nby function (self time):');
console.log(top(byFunction, 20).join('\n'));
