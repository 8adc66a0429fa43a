/**
 * Bytes → text. News text arrives as UTF-8 (with or without a BOM), as UTF-16 from Windows
 * tools, or as windows-1252 from older newsroom systems; the curly quotes (0x93/0x94) and
 * accented names of the last must survive, because quote detection and names depend on them.
 */
import { DossierError } from '../errors.js';

/** Encodings {@link decode} recognises. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  /** The text without a byte-order mark; line endings untouched (offsets must match the file). */
  text: string;
  encoding: TextEncoding;
}

// `fatal: true` makes invalid UTF-8 throw instead of becoming U+FFFD, which is how we notice
// a windows-1252 file. `ignoreBOM: true` keeps the BOM in the output; we strip it ourselves so
// that the behaviour does not depend on the decoder's defaults.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// windows-1252 differs from ISO-8859-1 only in 0x80–0x9F, where it has the typographic
// characters news text needs (“ ” ‘ ’ – — … €). We map that range ourselves: Node's own
// TextDecoder('windows-1252') decodes it as ISO-8859-1 since 20.18.3/22.13.0 (nodejs/node#60888,
// #56542). Table from the WHATWG index; its five unassigned bytes stay C1 controls, as there.
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes windows-1252 bytes; every byte maps to one character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes a document's bytes.
 *
 * - UTF-16 LE/BE is recognised only by its BOM (without one it contains NULs → BINARY).
 * - UTF-8 with or without BOM; the BOM is stripped.
 * - Bytes that are not valid UTF-8 are read as windows-1252.
 * - A NUL byte anywhere else means binary data → `DossierError('BINARY')`.
 *
 * @param bytes - the whole document
 * @param file - the source, attached to any error
 */
export function decode(bytes: Uint8Array, file?: string): DecodedText {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', file);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', file);
  }
  if (bytes.includes(0)) {
    throw new DossierError('BINARY', 'binary file (contains NUL bytes)', { file });
  }
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file?: string): DecodedText {
  // An odd byte count cannot be UTF-16: more likely binary data that happens to start FF FE.
  if (bytes.length % 2 !== 0) {
    throw new DossierError('BINARY', `binary file (odd length for ${encoding.toUpperCase()})`, {
      file,
    });
  }
  try {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    const text = decoder.decode(bytes.subarray(2));
    if (text.includes('\u0000')) {
      throw new DossierError('BINARY', 'binary file (contains NUL characters)', { file });
    }
    return { text, encoding };
  } catch (error) {
    if (error instanceof DossierError) throw error;
    // Unpaired surrogates: not text we can trust.
    throw new DossierError('BINARY', `binary file (invalid ${encoding.toUpperCase()})`, {
      file,
      cause: error,
    });
  }
}
