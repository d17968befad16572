import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { nameChunks } from '../../../src/core/entities/rules/name-chunks.ts';
import { truecaseHeadline } from '../../../src/core/entities/truecase-headline.ts';

/** The runs of capitals of a headline read with its body's case. */
const runs = (headline: string, body: string): string[] => {
  const doc = truecaseHeadline(tokenize(headline), [tokenize(body)]);
  return nameChunks(doc).map((ch) => {
    const a = doc.tokens[ch.first];
    const b = doc.tokens[ch.last - 1];
    return a && b ? headline.slice(a.start, b.end) : '';
  });
};

describe('truecaseHeadline', () => {
  it.each<[string, string, string[]]>([
    // words the body writes in lower case, and function words, lose their capital
    [
      'Protesters Clash With Police As Ivan Petrov Says He Will Stay',
      'Protesters began to clash with police as Ivan Petrov, who says he will stay, spoke.',
      ['Protesters', 'Ivan Petrov'],
    ],
    // must not change: a name the body writes capitalized, a word the body never writes ("Draws"), a headline in
    // sentence case
    [
      'Fan Expo Canada Draws Crowds In Toronto',
      'The Fan Expo Canada drew crowds to Toronto.',
      ['Fan Expo Canada Draws', 'Toronto'],
    ],
    ['Police clash with protesters in Minsk', 'The police said.', ['Police', 'Minsk']],
  ])('%s', (headline, body, expected) => expect(runs(headline, body)).toEqual(expected));
});
