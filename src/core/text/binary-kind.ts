import { BINARY_SIGNATURES } from './binary-signatures.ts';

/** The name of the binary format `bytes` starts with ("PNG image"), or null when no known signature matches. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { name, magic } of BINARY_SIGNATURES) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}
