import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { appositionNounKind } from '../../../../src/core/entities/rules/apposition-noun-kind.ts';
import { personRule } from '../../../../src/core/entities/rules/person-rule.ts';
import { chunkRule } from '../rule-spans.ts';

/** The kind of the apposition after the text's first comma. */
const kindAfterComma = (text: string): string | null => {
  const { tokens } = tokenize(text);
  return appositionNounKind(tokens, tokens.findIndex((t) => t.text === ',') + 1);
};

describe('appositionNounKind', () => {
  it.each<[string, string | null]>([
    ['copies of Harbor Today, a helpful weekly publication, are free', 'organization'],
    ['Kolberg, the country’s largest producer, said', 'organization'],
    ['Port Elma, a quiet town near the coast, voted', 'place'],
    ['Vell, a small fishing village, flooded', 'place'],
    // must not fire: a role, a noun that is no kind of thing, a name inside the apposition, no comma before the end
    ['Mara Quist, a former minister, said', null],
    ['Mara Quist, a keen reader of history, said', null],
    ['Mara Quist, a Quaker publication editor, said', null],
    ['Mara Quist, who runs the publication and more of the same here', null],
  ])('%s', (text, expected) => expect(kindAfterComma(text)).toBe(expected));

  it('keeps a person from an apposition that names an organization or a place', () => {
    expect(chunkRule('copies of Harbor Today, a helpful weekly publication, are free', personRule)).toEqual(
      [],
    );
    expect(chunkRule('Port Elma, a quiet town near the coast, voted', personRule)).toEqual([]);
    expect(chunkRule('Mara Quist, a former minister, said', personRule)).toEqual(['Mara Quist/person']);
  });
});
