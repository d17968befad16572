import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize-text.ts';

describe('normalizeText', () => {
  it.each<[string, string, string]>([
    ['strips a BOM', '\ufeffHeadline', 'Headline'],
    ['CRLF, CR and LF each one break', 'a\r\nb\rc\nd\r\n\r\ne', 'a\nb\nc\nd\n\ne'],
    ['composes to NFC', 'Cafe\u0301', 'Café'],
    [
      'no-break and odd spaces become plain',
      '€\u00a0121m\u2009x\u202fy\u3000z\u205fw\u2002v',
      '€ 121m x y z w v',
    ],
    ['drops zero-width space, inner BOM and NUL', 'Ky\u200biv\ufeff\0!', 'Kyiv!'],
    ['composes across a removed zero-width space', 'e\u200b\u0301', 'é'],
    [
      'keeps curly quotes, currency, dashes and tabs',
      '“Terrorist act” — £ 107m\t‘x’',
      '“Terrorist act” — £ 107m\t‘x’',
    ],
    ['keeps zero-width joiners (Persian, emoji)', 'می\u200cخواهم', 'می\u200cخواهم'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps the number of lines', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\r\n', '\u00a0', '\u200b', 'é') }),
        (s) => {
          const editorLines = s.split(/\r\n|\r|\n/).length;
          expect(normalizeText(s).split('\n').length).toBe(editorLines);
        },
      ),
    );
  });

  it('is idempotent', () => {
    const odd = fc.constantFrom(
      '\r',
      '\n',
      '\u00a0',
      '\u2000',
      '\u200b',
      '\ufeff',
      '\0',
      '\u0301',
      'e',
      'A',
      '\u1100',
      '\u1161',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: odd })), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
