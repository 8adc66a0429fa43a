/**
 * The version `--version` prints, read from package.json at run time: importing it would pull
 * it into the build.
 */
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../support/package-root.js';

/** dossier's version from package.json ("0.0.0" if it cannot be read). */
export function readVersion(): string {
  try {
    const text = readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
