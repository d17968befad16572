import { describe, expect, it } from 'vitest';
import { scoreLineRule } from '../../../../src/core/entities/rules/score-line-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('scoreLineRule', () => {
  it.each<[string, string[]]>([
    [
      'Independiente Medellin beat Atletico Nacional 2-0 on Sunday',
      ['Independiente Medellin/organization', 'Atletico Nacional/organization'],
    ],
    ['Gor Mahia drew 1–1 with Tusker in the league', ['Gor Mahia/organization', 'Tusker/organization']],
    ['after a 3-1 win over Flamengo.', ['Flamengo/organization']],
    // a given name first is a club's when the other side is a club ("River" is also a given name)
    ['Atletico Sur beat River Vale 2-1 on Sunday', ['Atletico Sur/organization', 'River Vale/organization']],
    ['River Vale beat Atletico Sur 3-0 at home', ['River Vale/organization', 'Atletico Sur/organization']],
    // must not fire: players on both sides of a frame score
    ['Ronnie Hale beat Judd Marsh 10-7 in the final', []],
    // must not fire: known countries and cities, no score, a score in another sentence, a given name, a year range
    ['Kenya beat Uganda 2-1 in Nairobi', []],
    ['Gor Mahia beat Tusker on penalties', []],
    ['Gor Mahia beat Tusker. It was 2-1 last year', []],
    ['Michael Olunga beat two defenders to make it 2-1', []],
    ['Tsitsipas beat Medvedev 6-3, 7-5 in Rome', []],
    ['Sabalenka lost to Swiatek 4-6 in the final', []],
    ['Figures for 2019-2020 show Tusker lost to rivals', []],
  ])('%s', (text, expected) => expect(chunkRule(text, scoreLineRule)).toEqual(expected));
});
