// Real news for the benchmark: the texts of the annotated quotation sets in ../shared/eval
// (beside the project; not part of it, and absent on a fresh clone), written out as one file
// per article, as a user's folder would hold them. Returns undefined when the data is absent;
// the benchmark then falls back to its generated corpus.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder sizes the benchmark times: one article, a small folder, a day's desk, a corpus. */
export const REAL_SIZES = [1, 20, 84, 840];

/**
 * Writes bench/.corpus/real/<size>/ for each of {@link REAL_SIZES} (once; kept between runs)
 * and returns `{ size: dir }`. 840 are the texts of quotes-train.jsonl; 84 those of
 * quotes-dev.jsonl; 20 and 1 the first of quotes-dev.
 */
export function realCorpora(root) {
  const evalDir = join(root, '../shared/eval');
  const train = join(evalDir, 'quotes-train.jsonl');
  const dev = join(evalDir, 'quotes-dev.jsonl');
  if (!existsSync(train) || !existsSync(dev)) return undefined;
  const texts = (file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line).text);
  const devTexts = texts(dev);
  const sets = { 1: devTexts.slice(0, 1), 20: devTexts.slice(0, 20), 84: devTexts, 840: texts(train) };
  const dirs = {};
  for (const size of REAL_SIZES) {
    const dir = join(root, 'bench/.corpus/real', String(size));
    const mark = join(dir, '.complete');
    const list = sets[size];
    if (list.length !== size) throw new Error(`bench: expected ${size} real articles, found ${list.length}`);
    if (!existsSync(mark)) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      list.forEach((text, i) => writeFileSync(join(dir, `${String(i + 1).padStart(4, '0')}.txt`), text));
      writeFileSync(mark, String(size));
    }
    dirs[size] = dir;
  }
  return dirs;
}
