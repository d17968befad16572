import { describe, expect, it } from 'vitest';
import { possessiveRoleRule } from '../../../../src/core/entities/rules/possessive-role-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('possessiveRoleRule', () => {
  it.each<[string, string[]]>([
    ['Zelensky’s adviser: Russian forces', ['Zelensky/person']],
    ["Goita's government has refused", ['Goita/person']],
    // must not fire: a known place, a demonym, lower case, a word that is no role
    ['Russia’s supply lines', []],
    ['the Kremlin’s spokesman', []],
    ['the world’s eyes', []],
    ['Petrov’s factory', []],
  ])('%s', (text, expected) => expect(chunkRule(text, possessiveRoleRule)).toEqual(expected));
});
