/**
 * Glob patterns given as paths (`'news/**\/*.txt'`): dossier expands them itself, so that a
 * quoted pattern works the same in every shell and is not limited by the shell's argument
 * length. Matching is picomatch's (bash-like: `*`, `**`, `?`, `[…]`, `{a,b}`); the folder walk
 * is ours, so the order and the hidden-file rule are those of a folder walk.
 */
import picomatch from 'picomatch';

/** A pattern split into the folder to walk and a matcher for paths below it. */
export interface CompiledGlob {
  /** The literal leading folders ('' for the current folder): where the walk starts. */
  base: string;
  /** True when `relative` (a path below `base`, `/`-separated) matches the pattern. */
  matches: (relative: string) => boolean;
  /** How many levels below `base` a match can lie (Infinity with `**`). */
  maxDepth: number;
}

/**
 * Compiles `pattern` when it is a glob (has `*`, `?`, `[…]` or `{…}` outside its literal
 * folders); undefined for a plain path.
 */
export function compileGlob(pattern: string): CompiledGlob | undefined {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob || scan.negated) return undefined;
  // Hidden files and folders are skipped as in folder walks; `dot` would only matter for
  // patterns that spell a dot out, and the walk does not enter hidden folders anyway.
  const matcher = picomatch(scan.glob, { dot: false });
  const levels = scan.glob.split('/').length;
  return {
    base: scan.base,
    matches: (relative) => matcher(relative),
    maxDepth: scan.glob.includes('**') ? Infinity : levels,
  };
}
