/**
 * The part of the WHATWG `TextDecoder` that `decode-text.ts` uses. It exists in Node and in browsers, but the
 * ES2023 lib that keeps src/core pure does not declare it. Declared the way lib.dom does (an interface and a
 * constructor variable of the same shape), so the two merge where both are in the program.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  decode(input?: Uint8Array): string;
}

// eslint-disable-next-line no-var -- a global must be `var` to merge with lib.dom's and @types/node's `var TextDecoder`
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
