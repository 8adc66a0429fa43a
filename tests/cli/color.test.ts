import { describe, expect, it } from 'vitest';
import { resolveColorLevel, type ColorInputs } from '../../src/cli/color.js';

type Row = [label: string, inputs: Partial<ColorInputs> & { env?: ColorInputs['env'] }, level: number];

const tty = { isTTY: true, env: { TERM: 'xterm' } };
const pipe = { isTTY: false, env: {} };

const table: Row[] = [
  ['terminal', tty, 1],
  ['terminal advertising 256 colours', { isTTY: true, env: { TERM: 'xterm-256color' } }, 2],
  ['terminal advertising truecolor', { isTTY: true, env: { TERM: 'xterm', COLORTERM: 'truecolor' } }, 3],
  ['terminal with TERM unset', { isTTY: true, env: {} }, 1],
  ['TERM=dumb', { isTTY: true, env: { TERM: 'dumb' } }, 0],
  ['pipe', pipe, 0],
  ['NO_COLOR=1 on a terminal', { isTTY: true, env: { TERM: 'xterm', NO_COLOR: '1' } }, 0],
  ['NO_COLOR with any value', { isTTY: true, env: { TERM: 'xterm', NO_COLOR: 'yes please' } }, 0],
  ['NO_COLOR empty is ignored', { isTTY: true, env: { TERM: 'xterm', NO_COLOR: '' } }, 1],
  ['--no-color on a terminal', { ...tty, flag: false }, 0],
  ['--no-color beats FORCE_COLOR', { isTTY: true, env: { FORCE_COLOR: '3' }, flag: false }, 0],
  ['--color on a pipe', { ...pipe, flag: true }, 1],
  ['--color beats NO_COLOR', { isTTY: false, env: { NO_COLOR: '1' }, flag: true }, 1],
  ['--color keeps the terminal level', { isTTY: false, env: { TERM: 'xterm-256color' }, flag: true }, 2],
  ['--color beats FORCE_COLOR=0', { isTTY: false, env: { FORCE_COLOR: '0' }, flag: true }, 1],
  ['FORCE_COLOR=1 on a pipe', { isTTY: false, env: { FORCE_COLOR: '1' } }, 1],
  ['FORCE_COLOR=2', { isTTY: false, env: { FORCE_COLOR: '2' } }, 2],
  ['FORCE_COLOR=3', { isTTY: false, env: { FORCE_COLOR: '3' } }, 3],
  ['FORCE_COLOR empty', { isTTY: false, env: { FORCE_COLOR: '' } }, 1],
  ['FORCE_COLOR=true', { isTTY: false, env: { FORCE_COLOR: 'true' } }, 1],
  ['FORCE_COLOR=0 on a terminal', { isTTY: true, env: { TERM: 'xterm', FORCE_COLOR: '0' } }, 0],
  ['FORCE_COLOR=false', { isTTY: true, env: { TERM: 'xterm', FORCE_COLOR: 'false' } }, 0],
  ['FORCE_COLOR beats NO_COLOR (as in Node)', { isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, 1],
  ['FORCE_COLOR other value forces on', { isTTY: false, env: { FORCE_COLOR: 'yes' } }, 1],
];

describe('resolveColorLevel', () => {
  it.each(table)('%s → %i', (_label, inputs, level) => {
    const resolved = resolveColorLevel({ flag: undefined, env: {}, isTTY: false, ...inputs });
    expect(resolved).toBe(level);
  });
});
