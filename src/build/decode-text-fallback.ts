import type { Diagnostic } from '../core/schema.ts';

/** Result of turning a file's bytes into text. */
export type DecodeResult =
  { ok: true; text: string; warnings: Diagnostic[] } | { ok: false; error: Diagnostic };

// Magic numbers of files people drop in a folder by mistake: "\x89PNG", "%PDF", "PK\x03\x04", gzip, JPEG.
const MAGIC: readonly [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
];

/**
 * TRANSITIONAL local fallback until src/core/text/decode-text.ts lands with the same signature: UTF-8
 * (BOM or not), UTF-16 with a BOM, otherwise Windows-1252 with a warning; refuses binary files.
 */
export function decodeTextFallback(bytes: Uint8Array, file: string): DecodeResult {
  const refuse = (message: string, line: number | null = null): DecodeResult => ({
    ok: false,
    error: { file, line, message, severity: 'error' },
  });
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return refuse(`binary file (${kind}), not a text digest`);
  }
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), warnings: [] };
    } catch {
      return refuse(`not valid ${utf16.toUpperCase()} despite its byte-order mark`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return refuse('binary file (contains NUL bytes), not a text digest', lineAt(bytes, nul));
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: [
        {
          file,
          line: lineAt(bytes, bad),
          message: 'not valid UTF-8; read as Windows-1252 (Latin-1)',
          severity: 'warning',
        },
      ],
    };
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (a stray continuation byte or a cut sequence). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
