import { describe, expect, it } from 'vitest';
import { retypeSurnames } from '../../../../src/core/entities/alias/retype-surnames.ts';
import { candidatesOf, textsOf } from './texts-of.ts';

describe('retypeSurnames: a lone surname of a person named in full is that person', () => {
  it.each<[string, string[], string[]]>([
    [
      'a town of the same name',
      ['Marco Orlando, 19, was arrested.', 'Orlando contacted former members.'],
      ['Marco Orlando/person/lexicon:given-name', 'Orlando/person/alias:person-surname'],
    ],
    [
      // must not fire: a country keeps its reading
      'a country',
      ['King Abdullah of Jordan met Michael Jordan.'],
      ['Jordan/place/gazetteer:country', 'Michael Jordan/person/lexicon:given-name'],
    ],
    [
      // must not fire: no person of that surname
      'no person bears it',
      ['Marco Orlando was arrested.', 'He was born in Tulsa.'],
      ['Marco Orlando/person/lexicon:given-name', 'Tulsa/place/gazetteer:city'],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    const texts = textsOf(paragraphs);
    const retyped = retypeSurnames(texts).map((candidates, i) => ({ doc: texts[i]!.doc, candidates }));
    expect(candidatesOf(retyped)).toEqual(expected);
  });
});
