import { describe, expect, it } from 'vitest';
import { ERROR_SEVERITY, ExitCode, exitCodeFor, type RunOutcome } from '../../src/cli/exit-code.js';
import type { ErrorCode } from '../../src/errors.js';

const table: [label: string, outcome: RunOutcome, exit: number][] = [
  ['all analysed', { analysed: 3, skipped: [], fatal: null }, 0],
  ['one analysed', { analysed: 1, skipped: [], fatal: null }, 0],
  ['some skipped', { analysed: 2, skipped: ['NOT_FOUND'], fatal: null }, 1],
  ['some skipped, several reasons', { analysed: 1, skipped: ['BINARY', 'TOO_LARGE', 'INTERNAL'], fatal: null }, 1],
  ['every input skipped', { analysed: 0, skipped: ['NOT_FOUND'], fatal: null }, 2],
  ['nothing at all', { analysed: 0, skipped: [], fatal: null }, 2],
  ['usage error', { analysed: 0, skipped: [], fatal: 'USAGE' }, 2],
  ['no input found', { analysed: 0, skipped: [], fatal: 'NO_INPUT' }, 2],
  ['output failed mid-run', { analysed: 4, skipped: [], fatal: 'OUTPUT' }, 2],
  ['internal error outside any input', { analysed: 0, skipped: [], fatal: 'INTERNAL' }, 2],
  ['interrupted after some reports', { analysed: 3, skipped: [], fatal: null, interrupted: true }, 130],
  ['interrupted before any report', { analysed: 0, skipped: ['BINARY'], fatal: null, interrupted: true }, 130],
  ['fatal error, then interrupted', { analysed: 1, skipped: [], fatal: 'OUTPUT', interrupted: true }, 2],
];

describe('exitCodeFor', () => {
  it.each(table)('%s → %i', (_label, outcome, exit) => {
    expect(exitCodeFor(outcome)).toBe(exit);
  });
});

describe('ERROR_SEVERITY', () => {
  it('makes only whole-run problems fatal', () => {
    const fatal = (Object.keys(ERROR_SEVERITY) as ErrorCode[]).filter((c) => ERROR_SEVERITY[c] === 'fatal');
    expect(fatal.sort()).toEqual(['NO_INPUT', 'OUTPUT', 'USAGE']);
  });

  it('a skip-severity error alone still exits 2, beside a success it exits 1', () => {
    for (const [code, severity] of Object.entries(ERROR_SEVERITY) as [ErrorCode, string][]) {
      if (severity !== 'skip') continue;
      expect(exitCodeFor({ analysed: 0, skipped: [code], fatal: null })).toBe(ExitCode.FATAL);
      expect(exitCodeFor({ analysed: 1, skipped: [code], fatal: null })).toBe(ExitCode.SOME_FAILED);
    }
  });
});

describe('exitCodeFor with --shard', () => {
  it('exits 0 for an empty slice, unless something in it was skipped or fatal', () => {
    expect(exitCodeFor({ analysed: 0, skipped: [], fatal: null, emptyShard: true })).toBe(0);
    expect(exitCodeFor({ analysed: 0, skipped: ['NOT_FOUND'], fatal: null, emptyShard: true })).toBe(2);
    expect(exitCodeFor({ analysed: 0, skipped: [], fatal: 'USAGE', emptyShard: true })).toBe(2);
  });
});
