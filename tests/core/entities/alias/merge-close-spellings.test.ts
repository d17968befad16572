import { describe, expect, it } from 'vitest';
import { mergeCloseSpellings } from '../../../../src/core/entities/alias/merge-close-spellings.ts';
import { describeGroups, groupsOf } from './group-of.ts';

describe('mergeCloseSpellings: unknown places and organizations close in spelling merge into the more frequent', () => {
  it.each<[string, Record<string, Record<string, number>>, string[]]>([
    [
      'within two edits',
      { 'place|azovstable': { 'Azov Stable': 1 }, 'place|azovstal': { Azovstal: 2 } },
      ['place: Azovstal×2, Azov Stable×1 (3)'],
    ],
    [
      'one key a prefix of the other',
      { 'organization|vinfast': { VinFast: 3 }, 'organization|vinfastauto': { 'VinFast Auto': 1 } },
      ['organization: VinFast×3, VinFast Auto×1 (4)'],
    ],
    [
      // must not fire: people are never merged by spelling
      'two people',
      { 'person|ivanova': { Ivanova: 1 }, 'person|ivanovska': { Ivanovska: 1 } },
      ['person: Ivanova×1 (1)', 'person: Ivanovska×1 (1)'],
    ],
    [
      // must not fire: a place and an organization of close names
      'different types',
      { 'place|kamanga': { Kamanga: 1 }, 'organization|kamangas': { Kamangas: 1 } },
      ['place: Kamanga×1 (1)', 'organization: Kamangas×1 (1)'],
    ],
    [
      // must not fire: under six letters
      'short names',
      { 'place|bukit': { Bukit: 1 }, 'place|bukik': { Bukik: 1 } },
      ['place: Bukit×1 (1)', 'place: Bukik×1 (1)'],
    ],
    [
      // must not fire: three edits apart
      'far spellings',
      { 'organization|sonatrach': { Sonatrach: 1 }, 'organization|sonelgaz': { Sonelgaz: 1 } },
      ['organization: Sonatrach×1 (1)', 'organization: Sonelgaz×1 (1)'],
    ],
  ])('%s', (_label, spec, expected) => {
    const groups = groupsOf(spec);
    mergeCloseSpellings(groups);
    expect(describeGroups(groups)).toEqual(expected);
  });
});
