import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { matchValues } from '../../../src/core/entities/04-values.ts';

describe('matchValues', () => {
  // must not fire: a number in an amount of money is not a quantity, though "273 million worth" is longer
  it.each<[string, string[]]>([
    ['€ 273 million worth of arms', ['money € 273 million']],
    ['released on US$ 20,000 bail', ['money US$ 20,000']],
    ['£ 5m each for 40 tanks', ['money £ 5m', 'quantity 40 tanks']],
  ])('%s', (text, expected) =>
    expect(matchValues(tokenize(text)).map((c) => `${c.type} ${c.name}`)).toEqual(expected),
  );
});
