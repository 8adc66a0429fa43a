/**
 * csv-stringify's synchronous `stringify`, loaded on first use: only CSV and TSV runs need it,
 * and importing it up front cost every other run (a one-article text summary included) some
 * 20 ms of start-up. Loaded through `require` (the package ships a CommonJS build) because the
 * formatters are synchronous.
 */
import { createRequire } from 'node:module';
import type { Input, Options } from 'csv-stringify/sync';

type Stringify = (input: Input, options?: Options) => string;

let stringify: Stringify | undefined;

/** Rows as CSV or TSV text, with csv-stringify's quoting. */
export function stringifyRows(rows: Input, options: Options): string {
  stringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as { stringify: Stringify }).stringify;
  return stringify(rows, options);
}
