/**
 * Deciding whether (and how richly) to colour the text output. We resolve this ourselves
 * instead of trusting chalk's import-time detection: that detection looks at the real
 * process.stdout (not the stream we are given) and ignores NO_COLOR.
 */

/** chalk's colour levels: none, 16 colours, 256 colours, truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** What {@link resolveColorLevel} decides from. */
export interface ColorInputs {
  /** `--color` → true, `--no-color` → false, neither → undefined. */
  flag: boolean | undefined;
  /** Environment variables (NO_COLOR, FORCE_COLOR, TERM, COLORTERM). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the output stream is a terminal. */
  isTTY: boolean;
}

/**
 * The colour level for the output, first rule that applies:
 *
 * 1. `--no-color` → 0; `--color` → on (level from the terminal, at least 1).
 * 2. `FORCE_COLOR`: `0`/`false` → 0; `1`, `2`, `3` → that level; empty, `true` or any other
 *    value → on. (It beats NO_COLOR, as in Node itself: it is the more specific request.)
 * 3. `NO_COLOR` set and non-empty → 0 (https://no-color.org).
 * 4. Output not a terminal, or `TERM=dumb` → 0.
 * 5. Otherwise on, at the level the terminal advertises.
 */
export function resolveColorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, terminalLevel(env)) as ColorLevel;

  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    const value = force.trim().toLowerCase();
    if (value === '0' || value === 'false') return 0;
    if (value === '1' || value === '2' || value === '3') return Number(value) as ColorLevel;
    return Math.max(1, terminalLevel(env)) as ColorLevel;
  }

  if (env['NO_COLOR']) return 0;
  if (!isTTY || env['TERM'] === 'dumb') return 0;
  return Math.max(1, terminalLevel(env)) as ColorLevel;
}

/** The level a terminal advertises through COLORTERM and TERM (0 when it says nothing). */
function terminalLevel(env: Readonly<Record<string, string | undefined>>): ColorLevel {
  const colorterm = env['COLORTERM']?.toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (/-256(colou?r)?$/i.test(env['TERM'] ?? '')) return 2;
  return env['TERM'] && env['TERM'] !== 'dumb' ? 1 : 0;
}
