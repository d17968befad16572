import type { Mention } from '../schema.ts';

/** A mention with the words around it, for a keyword-in-context line. */
export interface KeywordInContext {
  before: string;
  keyword: string;
  after: string;
  /** Whether text was cut before `before` / after `after` (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Up to `width` characters each side of the mention, cut at a space so no word is halved. */
export function keywordInContext(
  text: string,
  mention: Pick<Mention, 'start' | 'end'>,
  width = 60,
): KeywordInContext {
  let from = Math.max(0, mention.start - width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < mention.start ? space + 1 : mention.start;
  }
  let to = Math.min(text.length, mention.end + width);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > mention.end ? space : mention.end;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: flat(text.slice(from, mention.start)),
    keyword: flat(text.slice(mention.start, mention.end)),
    after: flat(text.slice(mention.end, to)),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}
