/**
 * Counts written with thousands separators ("1,212"), as summaries and progress lines show
 * them. The formatter is made on first use: ICU's number data costs a cold start ~15 ms that a
 * run printing no count (one article as JSON) should not pay.
 */
let numbers: Intl.NumberFormat | undefined;

/** `n` with thousands separators, in English. */
export function formatCount(n: number): string {
  numbers ??= new Intl.NumberFormat('en-US');
  return numbers.format(n);
}
