import { describe, expect, it } from 'vitest';
import { roleAppositionRule } from '../../../../src/core/entities/rules/role-apposition-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('roleAppositionRule', () => {
  it.each<[string, string[]]>([
    ['The Ethiopian foreign minister, Demeke Mekonnen, said', ['Demeke Mekonnen/person']],
    ['The leader of the Fuerza Popular party, Keiko Fujimori, criticized', ['Keiko Fujimori/person']],
    ['the U.S. envoy for the Horn of Africa, Jeffrey Feltman, arrived', ['Jeffrey Feltman/person']],
    ['The agency’s country director, Claude Jibidar, told reporters', ['Claude Jibidar/person']],
    ['his foreign minister, Rashid Meredov.', ['Rashid Meredov/person']],
    // must not fire: a verb between the role and the comma, a known place, one word, an organization, no closing comma
    ['the minister visited Santa Cruz, Lomas Verdes, and Oruro', []],
    ['the president, Addis Ababa, and', []],
    ['the minister, Castillo, said', []],
    ['the spokesman, World Food Programme, said', []],
    ['The foreign minister, Demeke Mekonnen said', []],
  ])('%s', (text, expected) => expect(chunkRule(text, roleAppositionRule)).toEqual(expected));
});
