import type { Token, TokenizedText } from './candidate.ts';
import { tokenize } from './01-tokenize.ts';

/** The one text of a tokenizer whose tokens are kept, and them. */
interface LastCut {
  doc: LazyText | null;
  tokens: Token[];
}

/** A text that cuts its tokens when asked for them; a class, not an object with a getter (a closure per text). */
class LazyText implements TokenizedText {
  constructor(
    readonly text: string,
    private readonly last: LastCut,
  ) {}

  get tokens(): Token[] {
    if (this.last.doc !== this) {
      this.last.tokens = tokenize(this.text).tokens;
      this.last.doc = this;
    }
    return this.last.tokens;
  }
}

/**
 * A tokenizer whose texts keep only their text: each text's tokens are cut again when asked for, and only the last
 * text asked for keeps them. The tokens of every text of a digest at once were most of the extractor's memory (about
 * 150 bytes a token: a 50 MB digest took 2.7 GB); every later step reads one text's tokens at a time, so they are
 * cut a few times over (a fraction of the time the rules take) instead.
 */
export function lazyTokenizer(): (text: string) => TokenizedText {
  const last: LastCut = { doc: null, tokens: [] };
  return (text) => new LazyText(text, last);
}
