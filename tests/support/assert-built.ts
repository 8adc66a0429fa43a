/**
 * Tests that run the built binary check first that dist/ is current: otherwise they would
 * quietly test yesterday's code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Newest modification time under `dir`, in ms. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** Throws, with the fix, when `dist/<file>` is missing or older than any file in src/. */
export function assertBuilt(file = 'cli.js'): void {
  const built = join(ROOT, 'dist', file);
  if (!existsSync(built)) throw new Error(`dist/${file} is missing: run \`npx tsc -p tsconfig.json\` first.`);
  if (newest(join(ROOT, 'src')) > statSync(built).mtimeMs) {
    throw new Error('dist/ is older than src/: run `npx tsc -p tsconfig.json` so the tests run current code.');
  }
}
