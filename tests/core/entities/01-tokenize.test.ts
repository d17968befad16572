import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { foldKey } from '../../../src/core/entities/alias/fold-key.ts';

const show = (text: string): string =>
  tokenize(text)
    .tokens.map((t) => `${t.text}${t.sentenceStart ? '^' : ''}`)
    .join(' ');

describe('tokenize', () => {
  it.each([
    // possessive split off so the name's span excludes it
    ['Zelensky’s adviser', 'Zelensky^ ’s adviser'],
    ["Russia's supply lines", "Russia^ 's supply lines"],
    // hyphens are tokens: "New York-based" can yield "New York"
    ['New York-based', 'New^ York - based'],
    // abbreviations with dots stay whole; "lt.col." does not end a sentence
    ['the U.S. Embassy', 'the^ U.S. Embassy'],
    ['said lt.col. Alexander Azarov', 'said^ lt . col . Alexander Azarov'],
    // a sentence end or a colon starts a sentence, a comma does not
    ['News: While the. Then, Berlin', 'News^ : While^ the . Then^ , Berlin'],
    // numbers keep separators
    // a leading symbol is not a word: no sentence start is marked after it
    ['€ 22.5 million and 2,000 fighters', '€ 22.5 million and 2,000 fighters'],
    // must not split: an apostrophe inside a name
    ["O'Brien", "O'Brien^"],
  ])('%s → %s', (text, expected) => expect(show(text)).toBe(expected));

  it('keeps offsets into the text and straight-quoted lower-case keys', () => {
    const { tokens } = tokenize('Ségou’s mayor');
    expect(tokens.map((t) => [t.start, t.end, t.key])).toEqual([
      [0, 5, 'segou'],
      [5, 7, "'s"],
      [8, 13, 'mayor'],
    ]);
  });

  it('marks capitals: EU and U.S. are all capitals, Us is not', () => {
    const caps = tokenize('EU U.S. Us eu').tokens.map((t) => t.allCaps);
    expect(caps).toEqual([true, true, false, false]);
  });

  // later steps look a word up by its key instead of folding its text again (story-currency's demonym votes)
  it('gives every word the key foldKey gives its text', () => {
    const text =
      "Ségou’s İzmir Łódź ØRSTED Straße, the U.S. Kyiv’s “Canadian” Œuvre naïve São-Paulo 2,000 Workers' x";
    for (const t of tokenize(text).tokens.filter((t) => t.kind === 'word'))
      expect(t.key).toBe(foldKey(t.text));
  });
});
