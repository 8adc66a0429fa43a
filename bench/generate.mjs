// Builds the bench corpus: `count` articles derived from samples/*.txt with people's names and
// cities varied (consistently within an article, so that aliases and pronouns still work),
// 100 files per folder. Runs dossier's own analysis once per sample to know which words are
// names. Usage: node bench/generate.mjs <dir> <count>
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../dist/index.js';
import { CITIES, FIRST_NAMES, SURNAMES } from './vocabulary.mjs';
import { seededRandom } from '../scripts/lib/seeded-random.mjs';

const [dir, countText] = process.argv.slice(2);
const count = Number(countText);
const samplesDir = new URL('../samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, samplesDir), 'utf8');
    const report = analyze(text, { source: name });
    // Name parts: first token → a given name, last token → a surname; particles are kept.
    const people = report.people.map((p) => p.name.split(/\s+/).filter((t) => /^\p{Lu}/u.test(t)));
    const cities = report.places.filter((p) => p.kind === 'city').map((p) => p.name).filter((n) => /^[\p{L} ]+$/u.test(n));
    return { text, people, cities };
  });

// The same corpus on every run and machine.
const random = seededRandom;
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function variant(sample, seed) {
  const rng = random(seed);
  const swaps = new Map();
  for (const parts of sample.people) {
    if (parts.length === 0) continue;
    const last = parts.at(-1);
    if (!swaps.has(last)) swaps.set(last, pick(rng, SURNAMES));
    if (parts.length > 1 && !swaps.has(parts[0])) swaps.set(parts[0], pick(rng, FIRST_NAMES));
  }
  for (const city of sample.cities) if (!swaps.has(city) && rng() < 0.7) swaps.set(city, pick(rng, CITIES));
  let text = sample.text;
  for (const [from, to] of swaps) {
    text = text
      .replace(new RegExp(`(?<![\\p{L}])${escape(from)}(?![\\p{L}])`, 'gu'), to)
      .replace(new RegExp(`(?<![\\p{L}])${escape(from.toUpperCase())}(?![\\p{L}])`, 'gu'), to.toUpperCase());
  }
  // Vary the length too: drop one paragraph (not the headline) now and then.
  const lines = text.split('\n');
  if (lines.length > 6 && rng() < 0.4) lines.splice(2 + Math.floor(rng() * (lines.length - 3)), 1);
  return lines.join('\n');
}

mkdirSync(dir, { recursive: true });
for (let i = 0; i < count; i++) {
  const folder = join(dir, `desk-${String(Math.floor(i / 100)).padStart(3, '0')}`);
  if (i % 100 === 0 && !existsSync(folder)) mkdirSync(folder);
  writeFileSync(join(folder, `article-${String(i).padStart(5, '0')}.txt`), variant(samples[i % samples.length], i + 1));
}
writeFileSync(join(dir, '.complete'), String(count));
