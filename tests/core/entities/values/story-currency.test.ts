import { describe, expect, it } from 'vitest';
import { annotateCorpus } from '../../../../src/core/entities/annotate-corpus.ts';
import { documentOf } from '../annotate-text.ts';

/** Every money value of a one-story digest: "surface=CUR amount basis". */
const moneyOf = (paragraphs: string[], title?: string): string[] => {
  const corpus = annotateCorpus([documentOf('d', paragraphs, title)]);
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  return (corpus.documents[0]?.stories[0]?.sections[0]?.paragraphs ?? []).flatMap((p) =>
    p.mentions.flatMap((m) => {
      const v = byId.get(m.entityId)?.value;
      return v?.kind === 'money'
        ? [
            `${p.text.slice(m.start, m.end)}=${v.currency} ${v.amount}${v.currencyFrom ? ` ${v.currencyFrom}` : ''}`,
          ]
        : [];
    }),
  );
};

describe('storyCurrency', () => {
  it.each<[string, string[], string[]]>([
    [
      'a Canadian story: its places and demonyms decide',
      [
        'The Toronto festival drew Canadian fans and one team from the US.',
        'The winners took home $ 50,000.',
      ],
      ['$ 50,000=CAD 50000 story'],
    ],
    [
      'another amount of the story writes its dollar',
      ['The council spent A$ 3 million on roads.', 'A further $ 2 million went to schools.'],
      ['A$ 3 million=AUD 3000000', '$ 2 million=AUD 2000000 story'],
    ],
    [
      'a US story: USD from the evidence',
      ['Officials in Chicago and Texas said the plan costs 4 billion dollars.'],
      ['4 billion dollars=USD 4000000000 story'],
    ],
    [
      'pesos in a Colombian story',
      ['In Bogota, the Colombian finance minister sought 50 trillion pesos.'],
      ['50 trillion pesos=COP 50000000000000 story'],
    ],
    [
      'pounds in an Egyptian story, dollars beside them assumed',
      ['Cairo raised 3 billion Egyptian pounds and then 2 billion pounds; investors put in $ 1 billion.'],
      [
        '3 billion Egyptian pounds=EGP 3000000000',
        '2 billion pounds=EGP 2000000000 story',
        '$ 1 billion=USD 1000000000 assumed',
      ],
    ],
    // must not decide: no evidence, or two dollar countries as often
    [
      'no evidence: assumed, and marked so',
      ['The firm raised $ 12 million.'],
      ['$ 12 million=USD 12000000 assumed'],
    ],
    [
      'a tie between Canada and Australia',
      ['Canada and Australia pledged $ 5 million.'],
      ['$ 5 million=USD 5000000 assumed'],
    ],
    [
      'a written currency is never changed',
      ['In Toronto and Ottawa, the US$ 8 million deal closed.'],
      ['US$ 8 million=USD 8000000'],
    ],
  ])('%s', (_label, paragraphs, expected) => expect(moneyOf(paragraphs)).toEqual(expected));
});
