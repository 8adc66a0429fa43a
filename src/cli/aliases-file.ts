/** Reads the `--aliases` file for the run. */
import { readFile } from 'node:fs/promises';
import { fromSystemError, isDossierError } from '../errors.js';
import { parseAliases, type AliasTable } from '../names/aliases.js';
import type { Diagnostics } from './diagnostics.js';

/**
 * The parsed `--aliases` file, or null (after a message) when it cannot be read or is not in
 * the documented format: a usage error, before anything is analysed.
 */
export async function readAliasFile(file: string, diagnostics: Diagnostics): Promise<AliasTable | null> {
  try {
    return parseAliases(await readFile(file, 'utf8'), file);
  } catch (error) {
    const reason = isDossierError(error) ? error.message : `cannot read aliases file ${file}: ${fromSystemError(error, file).message}`;
    await diagnostics.usage(`--aliases: ${reason}`);
    return null;
  }
}
