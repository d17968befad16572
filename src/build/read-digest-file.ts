import { readFile } from 'node:fs/promises';
import type { DigestFile } from '../core/build-corpus.ts';
import type { Diagnostic } from '../core/schema.ts';
import { decodeText } from '../core/text/decode-text.ts';

/** A digest read from disk and decoded, or why it could not be. */
export type ReadResult = { ok: true; file: DigestFile } | { ok: false; error: Diagnostic };

/** Reads a file as bytes and decodes it; `source` is how it is named in the corpus and in messages. */
export async function readDigestFile(path: string, source: string = path): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, error: { file: source, line: null, message: readFailure(err), severity: 'error' } };
  }
  const decoded = decodeText(bytes, source);
  if (!decoded.ok) return decoded;
  return { ok: true, file: { source, text: decoded.text, warnings: decoded.warnings } };
}

/** Words for why a path could not be read ("ENOENT" → "no such file"). */
function readFailure(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a digest file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
