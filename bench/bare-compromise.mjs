// compromise doing what dossier does (people, places, organizations, quotations) over every
// .txt file of a folder, as a whole process, printing nothing.
//   node bench/bare-compromise.mjs <folder | file>
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import nlp from 'compromise';
import { textFiles } from './text-files.mjs';

const target = process.argv[2];
const files = statSync(target).isDirectory() ? textFiles(target) : [target];
for (const file of files) {
  const doc = nlp(await readFile(file, 'utf8'));
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
  doc.quotations().out('array');
}
