// The baseline the speed targets are measured against, as a user would run it: a process that
// loads wink with the pipe dossier uses (part of speech), reads every .txt file of a folder,
// has wink read each one and takes its tokens out, and prints nothing.
//   node bench/bare-wink.mjs <folder | file>
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { textFiles } from './text-files.mjs';

const nlp = winkNLP(model, ['pos']);
const target = process.argv[2];
const files = statSync(target).isDirectory() ? textFiles(target) : [target];
for (const file of files) nlp.readDoc(await readFile(file, 'utf8')).tokens().out();
