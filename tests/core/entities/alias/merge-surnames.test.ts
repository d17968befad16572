import { describe, expect, it } from 'vitest';
import { mergeSurnames } from '../../../../src/core/entities/alias/merge-surnames.ts';
import { describeGroups, groupsOf } from './group-of.ts';

describe('mergeSurnames: a lone surname joins the one full name ending with it', () => {
  it.each<[string, Record<string, Record<string, number>>, string[]]>([
    [
      'one owner',
      { 'person|vladimirputin': { 'Vladimir Putin': 1 }, 'person|putin': { Putin: 2 } },
      ['person: Vladimir Putin×1, Putin×2 (3)'],
    ],
    [
      'the surname without its particle',
      { 'person|abdelfattahalburhan': { 'Abdel Fattah al-Burhan': 1 }, 'person|burhan': { Burhan: 1 } },
      ['person: Abdel Fattah al-Burhan×1, Burhan×1 (2)'],
    ],
    [
      'a family name written first',
      { 'person|a': { 'Tsai Ing-wen': 1 }, 'person|b': { Tsai: 1 } },
      ['person: Tsai Ing-wen×1, Tsai×1 (2)'],
    ],
    [
      // must not fire: two people share the family name
      'two owners of a family name written first',
      { 'person|a': { 'Lee Cheuk-yan': 1 }, 'person|b': { 'Lee Wing-tat': 1 }, 'person|c': { Lee: 1 } },
      ['person: Lee Cheuk-yan×1 (1)', 'person: Lee Wing-tat×1 (1)', 'person: Lee×1 (1)'],
    ],
    [
      // must not fire: two people share the surname
      'two owners',
      {
        'person|sergeiivanov': { 'Sergei Ivanov': 1 },
        'person|igorivanov': { 'Igor Ivanov': 1 },
        'person|ivanov': { Ivanov: 1 },
      },
      ['person: Sergei Ivanov×1 (1)', 'person: Igor Ivanov×1 (1)', 'person: Ivanov×1 (1)'],
    ],
    [
      // must not fire: a place bearing the surname is not a person group
      'a place of that name',
      { 'person|marcoorlando': { 'Marco Orlando': 1 }, 'place|orlando': { Orlando: 1 } },
      ['person: Marco Orlando×1 (1)', 'place: Orlando×1 (1)'],
    ],
  ])('%s', (_label, spec, expected) => {
    const groups = groupsOf(spec);
    mergeSurnames(groups);
    expect(describeGroups(groups)).toEqual(expected);
  });

  it('returns each surname key with its owners', () => {
    const owners = mergeSurnames(
      groupsOf({ 'person|sergeiivanov': { 'Sergei Ivanov': 1 }, 'person|igorivanov': { 'Igor Ivanov': 1 } }),
    );
    expect(owners.get('ivanov')).toHaveLength(2);
    expect(owners.get('putin')).toBeUndefined();
  });
});
