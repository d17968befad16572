import type { Diagnostic } from '../schema.ts';
import { binaryKind } from './binary-kind.ts';
import { lineAtOffset } from './line-at-offset.ts';
import { utf8SequenceLength } from './utf8-sequence-length.ts';
import { windows1252Char } from './windows-1252.ts';

/** What `decodeText` makes of a file's bytes: its text with caveats, or the reason it was refused. */
export type DecodeResult =
  { ok: true; text: string; warnings: Diagnostic[] } | { ok: false; error: Diagnostic };

/** How many leading bytes the UTF-16-without-BOM guess looks at. */
const SNIFF_BYTES = 4096;

/** Decodes a digest file's bytes: UTF-8 (BOM or not), UTF-16 with BOM; refuses binary; falls back to Windows-1252. */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  const refuse = (reason: string, line: number | null = null): DecodeResult => ({
    ok: false,
    error: { file, line, message: reason, severity: 'error' },
  });
  const kind = binaryKind(bytes);
  if (kind) return refuse(`binary data (${kind}), not a text digest`);
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('UTF-32 text is not supported; save the digest as UTF-8');
  }
  const warnings: Diagnostic[] = [];
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    const guess = utf16WithoutBom(bytes);
    if (guess) {
      text = new TextDecoder(guess).decode(bytes);
      warnings.push(
        warning(file, `no byte-order mark; decoded as ${guess === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}`),
      );
    } else {
      const nul = bytes.indexOf(0);
      if (nul >= 0) return refuse('binary data (NUL bytes), not a text digest', lineAtOffset(bytes, nul));
      const decoded = decodeUtf8OrWindows1252(bytes);
      text = decoded.text;
      if (decoded.firstBadByte >= 0) {
        const line = lineAtOffset(bytes, decoded.firstBadByte);
        warnings.push({ ...warning(file, 'not valid UTF-8; decoded as Windows-1252'), line });
      }
    }
  }
  const control = controlCharacters(text);
  if (control.count > Math.max(2, text.length / 100)) {
    return refuse(
      'binary data (control characters), not a text digest',
      lineAtOffset(textUnits(text), control.first),
    );
  }
  return { ok: true, text, warnings };
}

function warning(file: string, message: string): Diagnostic {
  return { file, line: null, message, severity: 'warning' };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Guesses BOM-less UTF-16 from where the NUL bytes are: ASCII letters in UTF-16LE are "T\0h\0e\0", so nearly every
 * odd byte is 0 and almost no even one is. Binary files have NULs scattered at both.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * Decodes UTF-8; where a byte is not part of a well-formed sequence, reads that byte as Windows-1252. A pure
 * Windows-1252 file ("caf\xe9") reads as it was written, and a UTF-8 file with one stray legacy byte keeps its
 * curly quotes instead of turning into mojibake.
 */
function decodeUtf8OrWindows1252(bytes: Uint8Array): { text: string; firstBadByte: number } {
  const utf8 = new TextDecoder('utf-8');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), firstBadByte: -1 };
  } catch {
    // not well-formed: fall through to the byte-by-byte reading below
  }
  const parts: string[] = [];
  let firstBadByte = -1;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (firstBadByte < 0) firstBadByte = i;
    if (runStart < i) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(windows1252Char(bytes[i] ?? 0));
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), firstBadByte };
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function controlCharacters(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { count, first };
}

/** The text's UTF-16 code units, for `lineAtOffset`. */
function textUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
