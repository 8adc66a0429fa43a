/** Runs the built binary (dist/) as a child process, for the hostile-input tests. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

import { ROOT } from '../support/assert-built.js';

export { assertBuilt, ROOT } from '../support/assert-built.js';

/** What one run gave. */
export interface BinaryResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runBinary}. */
export interface RunOptions {
  cwd?: string;
  /** Added to the clean environment. */
  env?: Record<string, string>;
  /** Called once with the child as soon as it starts (to signal it). */
  onStart?: (child: ChildProcessWithoutNullStreams) => void;
  /** Called with each chunk of stdout. */
  onStdout?: (chunk: string, child: ChildProcessWithoutNullStreams) => void;
}

/** Runs `node bin/dossier.js …args` with an empty stdin and a clean environment. */
export function runBinary(args: readonly string[], options: RunOptions = {}): Promise<BinaryResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/dossier.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(chunk, child);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end();
    options.onStart?.(child);
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}



/** Every stdout line parsed; throws on a line that is not a JSON object. */
export function ndjson(stdout: string): Record<string, unknown>[] {
  if (stdout === '') return [];
  if (!stdout.endsWith('\n')) throw new Error(`stdout does not end in a newline: …${stdout.slice(-80)}`);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not an object: ${line}`);
      return value as Record<string, unknown>;
    });
}
