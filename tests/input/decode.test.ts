import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DossierError } from '../../src/errors.js';
import { decode, decodeWindows1252 } from '../../src/input/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

function decodeError(input: Uint8Array): DossierError {
  try {
    decode(input, 'story.txt');
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected decode to throw');
}

describe('decode', () => {
  it('reads plain UTF-8, keeping accents and curly quotes', () => {
    const text = '“We will rebuild,” said Mayor José Peña.';
    expect(decode(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Officials said')]));
    expect(result).toEqual({ text: 'Officials said', encoding: 'utf-8' });
  });

  it('keeps CRLF line endings so offsets match the file', () => {
    expect(decode(utf8('Line one.\r\nLine two.\r\n')).text).toBe('Line one.\r\nLine two.\r\n');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM, BOM stripped', (endian) => {
    const text = '“Ça suffit,” dit Zoë.\r\n';
    expect(decode(utf16(text, endian))).toEqual({ text, encoding: `utf-16${endian}` });
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    // “Hello,” said Zoë – in cp1252: 0x93 … 0x94, ë = 0xEB, en dash = 0x96
    const input = bytes(0x93, ...utf8('Hello,'), 0x94, ...utf8(' said Zo'), 0xeb, 0x20, 0x96);
    expect(decode(input)).toEqual({ text: '“Hello,” said Zoë –', encoding: 'windows-1252' });
  });

  it('rejects NUL bytes as binary, naming the file', () => {
    const error = decodeError(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00));
    expect(error.code).toBe('BINARY');
    expect(error.file).toBe('story.txt');
  });

  it('rejects UTF-16 without a BOM (it contains NULs)', () => {
    expect(decodeError(utf16('Hi', 'le').subarray(2)).code).toBe('BINARY');
  });

  it('rejects an odd-length "UTF-16" file', () => {
    expect(decodeError(bytes(0xff, 0xfe, 0x41)).code).toBe('BINARY');
  });

  it('returns empty text for empty input', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('round-trips any NUL-free string through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replaceAll('\u0000', '').replace(/^\uFEFF/, '');
        expect(decode(utf8(text)).text).toBe(text);
      }),
    );
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the WHATWG windows-1252 characters', () => {
    const text = decodeWindows1252(bytes(0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f));
    expect(text).toBe('€…‘’“”–—Ÿ');
  });

  it('keeps the five unassigned bytes as C1 controls, as WHATWG does', () => {
    const text = decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d));
    expect([...text].map((c) => c.codePointAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it('is ISO-8859-1 everywhere else: one character per byte, same code point', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    for (let i = 0; i < 256; i += 1) {
      if (i >= 0x80 && i <= 0x9f) continue;
      expect(text.codePointAt(i)).toBe(i);
    }
  });

  it('respects the view of a larger buffer', () => {
    const buffer = bytes(0x41, 0x93, 0x42, 0x94, 0x43);
    expect(decodeWindows1252(buffer.subarray(1, 4))).toBe('“B”');
  });
});
