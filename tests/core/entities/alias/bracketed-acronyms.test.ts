import { describe, expect, it } from 'vitest';
import { bracketedAcronyms } from '../../../../src/core/entities/alias/bracketed-acronyms.ts';
import { textsOf } from './texts-of.ts';

describe('bracketedAcronyms: capitals in brackets after a name', () => {
  it.each<[string, string[], string[]]>([
    [
      'round brackets',
      ['talks with the National Liberation Army (ELN) resumed.'],
      ['National Liberation Army/ELN'],
    ],
    ['square brackets', ["Commanders of the Korean People's Army [KPA] said."], ["Korean People's Army/KPA"]],
    // must not fire
    ['a lower-case word in brackets', ['the National Liberation Army (rebels) said.'], []],
    ['one capital', ['the National Liberation Army (A) said.'], []],
    ['mismatched brackets', ['the National Liberation Army (ELN] said.'], []],
    ['a value before the brackets', ['on 5 May (UTC) they met.'], []],
  ])('%s', (_label, paragraphs, expected) => {
    const texts = textsOf(paragraphs);
    expect(bracketedAcronyms(texts).map((b) => `${b.candidate.name}/${b.abbr}`)).toEqual(expected);
  });
});
