import { describe, expect, it } from 'vitest';
import { companyVerbRule } from '../../../../src/core/entities/rules/company-verb-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('companyVerbRule', () => {
  it.each<[string, string[]]>([
    // a verb with "its" after an unknown name
    ['Tavrik said its output would rise', ['Tavrik/organization']],
    ['on Monday Velmora cut its forecast', ['Velmora/organization']],
    ['Grupo Senda announced its exit', ['Grupo Senda/organization']],
    // a company's results
    ['Kolberg posted a record net profit', ['Kolberg/organization']],
    ['Tellan reported quarterly revenue of $5m', ['Tellan/organization']],
    // must not fire: a person's pronoun, a given name first, a known place, a title, no "its", a result noun too far
    ['Tavrik said his output would rise', []],
    ['Maria Lopez said its price fell', []],
    ['Russia said its troops left', []],
    ['President Tavrik said its budget grew', []],
    ['Tavrik said output would rise', []],
    ['Tavrik reported that the first big profit', []],
  ])('%s', (text, expected) => expect(chunkRule(text, companyVerbRule)).toEqual(expected));
});
