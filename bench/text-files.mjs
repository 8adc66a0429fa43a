// The .txt files under a folder, in name order (what dossier reads from a folder).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .txt file under `root`, depth first, sorted by name; dot-files skipped. */
export function textFiles(root) {
  const out = [];
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...textFiles(path));
    else if (entry.name.endsWith('.txt')) out.push(path);
  }
  return out;
}
