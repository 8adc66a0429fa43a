// Writes the man page and the shell completions into generated/, from the compiled option
// specs (run by `npm run build` after tsc): generated/dossier.1, generated/completions/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bashCompletion, fishCompletion, manPage, zshCompletion } from '../dist/cli/reference-pages.js';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
// The build's date, or SOURCE_DATE_EPOCH's for a reproducible build.
const epoch = process.env.SOURCE_DATE_EPOCH;
const date = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
mkdirSync(new URL('generated/completions/', root), { recursive: true });
writeFileSync(new URL('generated/dossier.1', root), manPage(version, date));
writeFileSync(new URL('generated/completions/dossier.bash', root), bashCompletion());
writeFileSync(new URL('generated/completions/_dossier', root), zshCompletion());
writeFileSync(new URL('generated/completions/dossier.fish', root), fishCompletion());
console.log('cli reference: generated/dossier.1, generated/completions/{dossier.bash,_dossier,dossier.fish}');
