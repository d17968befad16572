import { describe, expect, it } from 'vitest';
import { mergeLegalSuffix } from '../../../../src/core/entities/alias/merge-legal-suffix.ts';
import { describeGroups, groupsOf } from './group-of.ts';

describe('mergeLegalSuffix: a company without its legal suffix is the same company', () => {
  it.each<[string, Record<string, Record<string, number>>, string[]]>([
    [
      'a legal suffix',
      { 'organization|mmglimited': { 'MMG Limited': 1 }, 'organization|mmg': { MMG: 2 } },
      ['organization: MMG Limited×1, MMG×2 (3)'],
    ],
    [
      'capitals before an organization word',
      { 'organization|ktnnews': { 'KTN News': 1 }, 'organization|ktn': { KTN: 1 } },
      ['organization: KTN News×1, KTN×1 (2)'],
    ],
    [
      // must not fire: an ordinary word before the organization word is no short form ("Daily News" ≠ "Daily")
      'a capitalized word, not capitals, before an organization word',
      { 'organization|dailynews': { 'Daily News': 1 }, 'organization|daily': { Daily: 1 } },
      ['organization: Daily News×1 (1)', 'organization: Daily×1 (1)'],
    ],
    [
      // must not fire: a place of the short name is another entity
      'a place of the short name',
      {
        'organization|kivuholdingsltd': { 'Kivu Holdings Ltd': 1 },
        'place|kivuholdings': { 'Kivu Holdings': 1 },
      },
      ['organization: Kivu Holdings Ltd×1 (1)', 'place: Kivu Holdings×1 (1)'],
    ],
  ])('%s', (_label, spec, expected) => {
    const groups = groupsOf(spec);
    mergeLegalSuffix(groups);
    expect(describeGroups(groups)).toEqual(expected);
  });
});
