/**
 * The part of the WHATWG `TextDecoder` that `decode-text.ts` uses. It exists in Node and in browsers, but the
 * ES2023 lib that keeps src/core pure does not declare it.
 */
declare class TextDecoder {
  constructor(label?: 'utf-8' | 'utf-16le' | 'utf-16be', options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
