import type { Token, TokenizedText } from './candidate.ts';
import { tokenize } from './01-tokenize.ts';

/**
 * A tokenizer whose texts keep only their text: each text's tokens are cut again when asked for, and only the last
 * text asked for keeps them. The tokens of every text of a digest at once were most of the extractor's memory (about
 * 150 bytes a token: a 50 MB digest took 2.7 GB); every later step reads one text's tokens at a time, so they are
 * cut a few times over (a fraction of the time the rules take) instead.
 */
export function lazyTokenizer(): (text: string) => TokenizedText {
  let last: TokenizedText | null = null;
  let lastTokens: Token[] = [];
  return (text) => {
    const doc: TokenizedText = {
      text,
      get tokens(): Token[] {
        if (last !== doc) {
          lastTokens = tokenize(text).tokens;
          last = doc;
        }
        return lastTokens;
      },
    };
    return doc;
  };
}
