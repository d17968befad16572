import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../../src/core/text/binary-kind.ts';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('binaryKind', () => {
  it.each<[string, number[], string | null]>([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'PNG image'],
    ['PDF', ascii('%PDF-1.4'), 'PDF document'],
    ['DOCX (a ZIP)', [0x50, 0x4b, 0x03, 0x04, 0x14], 'ZIP archive or Office document'],
    ['GIF', ascii('GIF87a'), 'GIF image'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xdb], 'JPEG image'],
    ['gzip', [0x1f, 0x8b, 0x08], 'gzip archive'],
    // must not fire: text that merely starts like a signature, or is too short to hold it
    ['a digest about PDFs', ascii('PDF files leaked'), null],
    ['"PK" as initials', ascii('PK Subban scores'), null],
    ['GIF in a headline', ascii('GIFs banned'), null],
    ['truncated PNG signature', [0x89, 0x50, 0x4e], null],
    ['empty', [], null],
  ])('%s', (_, bytes, expected) => {
    expect(binaryKind(new Uint8Array(bytes))).toBe(expected);
  });
});
