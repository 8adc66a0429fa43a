/**
 * Country codes → English names ("DE" → "Germany"); Node ships the full ICU data. The names
 * object is made on first use: making it loads ICU's display-name data (some 10 ms), which a
 * JSON run never needs.
 */
let regionNames: Intl.DisplayNames | undefined;

/** The English name of an ISO 3166-1 alpha-2 code, or the code itself when it names no region. */
export function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}
