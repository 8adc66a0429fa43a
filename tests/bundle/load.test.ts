/**
 * The CLI's bundle loader (src/bundle/load.ts): a code cache is used only with the bundle it was
 * made from, and the built CLI starts with its cache accepted, not silently compiling anew (as
 * it would if the cache were made under other V8 flags than bin/dossier.js sets).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cachedDataFor } from '../../src/bundle/load.js';
import { assertBuilt, ROOT } from '../support/assert-built.js';

const run = promisify(execFile);
const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

describe('cachedDataFor', () => {
  const data = Buffer.from('bytecode');

  it('gives the cache saved with the digest of the bundle being loaded', () => {
    expect(cachedDataFor(Buffer.concat([digest('bundle'), data]), digest('bundle'))).toEqual(data);
  });

  it('gives nothing for a cache of another bundle, or a file too short to hold one', () => {
    expect(cachedDataFor(Buffer.concat([digest('older bundle'), data]), digest('bundle'))).toBeUndefined();
    expect(cachedDataFor(digest('bundle'), digest('bundle'))).toBeUndefined();
    expect(cachedDataFor(Buffer.alloc(0), digest('bundle'))).toBeUndefined();
  });
});

describe('the built CLI', () => {
  it('loads its bundle with the code cache the build saved', async () => {
    assertBuilt('bundle/load.js');
    // What bin/dossier.js does before running the CLI.
    const script = [
      "import { tuneV8 } from './dist/v8-tuning.js';",
      'tuneV8();',
      "const { loadBundle, codeCacheStatus } = await import('./dist/bundle/load.js');",
      'await loadBundle();',
      'console.log(codeCacheStatus());',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    expect(stdout.trim()).toBe(process.features.require_module ? 'accepted' : 'unsupported');
  });

  it('runs the separate modules where Node cannot require ES modules (before 20.19), with the same report', async () => {
    assertBuilt('bundle/load.js');
    const args = ['bin/dossier.js', '--json', 'samples/senate-water-deal.txt'];
    const bundled = await run(process.execPath, args, { cwd: ROOT });
    const separate = await run(process.execPath, ['--no-experimental-require-module', ...args], { cwd: ROOT });
    expect(separate.stdout).toBe(bundled.stdout);
    expect(separate.stderr).toBe('');
  });
});
