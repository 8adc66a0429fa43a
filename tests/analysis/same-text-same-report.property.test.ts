/**
 * Same text, same report: `analyze(b)` is the same whether or not other documents were analysed
 * before it in the same process. wink-nlp grows a shared lexicon as it reads, and stages keep
 * per-document memos: neither may carry anything from one document to the next. Each document's
 * reference report comes from a fresh process that reads that document only.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../src/index.js';
import { assertBuilt, ROOT } from '../support/assert-built.js';
import { loadSamples } from '../samples/load-samples.js';

/** Short texts whose words wink has not seen, in forms that change its tokenising once known. */
const pieces = [
  'He gave to no campaign except Okafor’s, records show.',
  'Adaeze Okafor’s debate went badly.\n\nBut Okafor’s rivals can slow her.\n\nLindqvist attacked Okafor.',
  '“We are not leaving,” said Thandiwe Mbeki-Ross, the Brenthall mayor. Mbeki-Ross’s deputy agreed.',
  'ZORVATHIAN, Quillibrex (AP) — Plimsquander Corp. said its Vexillant unit “will grow.”',
  'Ms. Okafor, Okafor’s, OKAFOR’S; Okafor’s. Okafor’s!',
];
const documents = [...loadSamples().map((s) => s.text), ...pieces];

/** The report of `text` from a process that has read nothing else. */
async function freshReport(text: string): Promise<Report> {
  const script = `import { analyze } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
    process.stdout.write(JSON.stringify(analyze(${JSON.stringify(text)}, { source: 'doc' })));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as Report;
}

const fresh: Report[] = [];

beforeAll(async () => {
  assertBuilt('index.js');
  // Two at a time: the machine has two cores.
  for (let i = 0; i < documents.length; i += 2) {
    const reports = await Promise.all(documents.slice(i, i + 2).map(freshReport));
    fresh.push(...reports);
  }
}, 120_000);

describe('same text, same report', () => {
  it('analyze(b) after any documents equals the report of a process that read b alone', () => {
    const index = fc.nat({ max: documents.length - 1 });
    fc.assert(
      fc.property(fc.array(index, { maxLength: 3 }), index, (before, b) => {
        for (const a of before) analyze(documents[a] as string, { source: 'a' });
        expect(analyze(documents[b] as string, { source: 'doc' })).toEqual(fresh[b]);
      }),
      { numRuns: 40 },
    );
  });

  it('a name written with a possessive and a comma elsewhere is still split from its possessive', () => {
    analyze(pieces[0] as string);
    const report = analyze(pieces[1] as string, { source: 'doc' });
    expect(report).toEqual(fresh[documents.indexOf(pieces[1] as string)]);
    expect(report.people.find((p) => p.name === 'Adaeze Okafor')?.mentions).toHaveLength(3);
  });
});
