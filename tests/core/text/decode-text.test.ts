import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/text/decode-text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array): Uint8Array => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1] ?? 0);

describe('decodeText reads', () => {
  it.each<[string, Uint8Array, string]>([
    ['UTF-8', utf8('Zelensky’s adviser\n€ 121m'), 'Zelensky’s adviser\n€ 121m'],
    ['UTF-8 with BOM (BOM dropped)', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv')]), 'Kyiv'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...utf16le('Київ “x”')]), 'Київ “x”'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...swap(utf16le('Київ “x”'))]), 'Київ “x”'],
    ['an empty file', bytes(), ''],
    ['tabs, form feeds and CRLF', utf8('a\tb\r\nc\f'), 'a\tb\r\nc\f'],
  ])('%s', (_, input, text) => {
    const result = decodeText(input, 'd.txt');
    expect(result).toEqual({ ok: true, text, warnings: [] });
  });

  it('Windows-1252 when not UTF-8, naming the first bad line', () => {
    // "caf\xe9" on line 3, "\x93quoted\x94 \x80 5" on line 4
    const input = new Uint8Array([
      ...utf8('ok\r\nok\ncaf'),
      0xe9,
      ...utf8('\n'),
      0x93,
      ...utf8('q'),
      0x94,
      0x20,
      0x80,
    ]);
    const result = decodeText(input, 'old.txt');
    expect(result).toEqual({
      ok: true,
      text: 'ok\r\nok\ncafé\n“q” €',
      warnings: [
        {
          file: 'old.txt',
          line: 3,
          message: 'not valid UTF-8; decoded as Windows-1252',
          severity: 'warning',
        },
      ],
    });
  });

  it('keeps the UTF-8 around a stray legacy byte', () => {
    const result = decodeText(new Uint8Array([...utf8('“a” '), 0xa3, ...utf8('5 €')]), 'mixed.txt');
    expect(result.ok && result.text).toBe('“a” £5 €');
  });

  it('UTF-16LE without a BOM, with a warning', () => {
    const result = decodeText(utf16le('Headline\n\nA paragraph about Kyiv.'), 'u16.txt');
    expect(result.ok && result.text).toBe('Headline\n\nA paragraph about Kyiv.');
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      'no byte-order mark; decoded as UTF-16LE',
    ]);
  });
});

describe('decodeText refuses', () => {
  it.each<[string, Uint8Array, string, number | null]>([
    [
      'PNG',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0),
      'binary data (PNG image), not a text digest',
      null,
    ],
    ['PDF', utf8('%PDF-1.7\n...'), 'binary data (PDF document), not a text digest', null],
    [
      'ZIP',
      bytes(0x50, 0x4b, 0x03, 0x04, 1, 2),
      'binary data (ZIP archive or Office document), not a text digest',
      null,
    ],
    ['GIF', utf8('GIF89a....'), 'binary data (GIF image), not a text digest', null],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'binary data (JPEG image), not a text digest', null],
    ['NUL bytes in UTF-8 text', utf8('line one\nline\0two'), 'binary data (NUL bytes), not a text digest', 2],
    [
      'many control characters',
      utf8('a\x01b\x02c\x03d\x04'),
      'binary data (control characters), not a text digest',
      1,
    ],
    [
      'UTF-32',
      bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0),
      'UTF-32 text is not supported; save the digest as UTF-8',
      null,
    ],
  ])('%s', (_, input, message, line) => {
    expect(decodeText(input, 'x.bin')).toEqual({
      ok: false,
      error: { file: 'x.bin', line, message, severity: 'error' },
    });
  });

  it('not a text with one stray control character (must not fire)', () => {
    const text = `${'A long enough paragraph. '.repeat(20)}\x1a`;
    expect(decodeText(utf8(text), 'eof.txt').ok).toBe(true);
  });
});

/** Characters a text digest has no reason to hold: controls other than \t \n \v \f \r, and a BOM. */
const unusual = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === 0xfeff;
};

describe('decodeText on any input', () => {
  it('never throws, and either reads or refuses with a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeText(bytes, 'any.bin');
        if (result.ok) expect(typeof result.text).toBe('string');
        else expect(result.error.message).not.toBe('');
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('gives back any UTF-8 text without control characters exactly', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 200 })
      .filter((s) => ![...s].some(unusual) && !/^(%PDF-|GIF8|PK|SQLite f)/u.test(s));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf8(s), 'round.txt')).toEqual({ ok: true, text: s, warnings: [] });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
