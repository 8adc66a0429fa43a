#!/usr/bin/env node
// Measures what each speaker sieve does: analyses an annotated set once with every sieve, then
// once with each sieve switched off, and prints the scorer's quote figures for each run.
//
//   npm run build && node scripts/measure-sieves.mjs ../shared/eval/quotes-dev.jsonl [score.mjs]
//
// The set is JSONL with {id, text, quotes}; the scorer defaults to score.mjs beside the set.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../dist/index.js';
import { SIEVE_NAMES } from '../dist/analysis/quotes/speaker-sieves.js';

const [goldFile, scorer = path.join(path.dirname(goldFile ?? '.'), 'score.mjs')] = process.argv.slice(2);
if (!goldFile) {
  console.error('usage: node scripts/measure-sieves.mjs GOLD.jsonl [score.mjs]');
  process.exit(2);
}
const docs = fs.readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sieves-'));
try {
  for (const off of [null, ...SIEVE_NAMES]) {
    const reports = docs.map((d) => JSON.stringify(analyze(d.text, { source: `${d.id}.txt`, disabledSieves: off ? [off] : [] })));
    const file = path.join(work, 'reports.ndjson');
    fs.writeFileSync(file, `${reports.join('\n')}\n`);
    const q = JSON.parse(execFileSync('node', [scorer, '--gold', goldFile, '--pred', file, '--json'], { encoding: 'utf8' })).quotes;
    console.log(`${(off ? `without ${off}` : 'all sieves').padEnd(28)} speaker accuracy ${q.speakerAccuracy.toFixed(3)}  attributed F1 ${q.attributedF1.toFixed(3)}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
