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
    // a title before the possessive: an office, not a person's name
    ["a detective for the Los Angeles Sheriff's office", []],
  ])('%s', (text, expected) => expect(chunkRule(text, possessiveRoleRule)).toEqual(expected));
});
