import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { isOccupationWord } from '../../../../src/core/entities/rules/occupation-word.ts';
import { personRule } from '../../../../src/core/entities/rules/person-rule.ts';
import { chunkRule } from '../rule-spans.ts';

/** Whether the text's first word is read as a trade before a given name. */
const opens = (text: string): boolean => {
  const { tokens } = tokenize(text);
  return isOccupationWord(tokens[0], tokens[1]);
};

describe('isOccupationWord', () => {
  it.each<[string, boolean]>([
    ['Mathematician Hermann Weyl said of this testament', true],
    ['Novelist Sarah Hale wrote to him', true],
    ['Photographer Anna Berg took it', true],
    // must not fire: a given name itself, a word before no given name, inside a sentence, a short word
    ['Hunter Biden said nothing', false],
    ['Carter Page said nothing', false],
    ['Baker Street was closed', false],
    ['Officer Krupke arrived', false],
    ['Winter Olympics open', false],
  ])('%s', (text, expected) => expect(opens(text)).toBe(expected));

  it('is cut from the person the rules find', () => {
    expect(chunkRule('Mathematician Hermann Weyl said of this testament', personRule)).toEqual([
      'Hermann Weyl/person',
    ]);
    expect(chunkRule('the mathematician Hermann Weyl said', personRule)).toEqual(['Hermann Weyl/person']);
  });
});
