import { describe, expect, it } from 'vitest';
import { camelCaseOrgRule } from '../../../../src/core/entities/rules/camel-case-org-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('camelCaseOrgRule', () => {
  it.each<[string, string[]]>([
    // two capitalized words run together: a brand
    ['services like ScholarHub and PaperGate vary', ['ScholarHub/organization', 'PaperGate/organization']],
    ['BlackRock said it would sell', ['BlackRock/organization']],
    ['a stake in the StreamCo unit', ['StreamCo/organization']],
    ['a deal with OpenAI was signed', ['OpenAI/organization']],
    // must not fire: a fused family-name particle, a plain name, capitals throughout, two words, a short first part
    ['Governor DeSantis said', []],
    ['General MacArthur landed', []],
    ['flights from LaGuardia resumed', []],
    ['Judge McKenzie ruled', []],
    ['Paris said', []],
    ['NATO said', []],
    ['Black Rock said', []],
    ['the iPhone and eBay', []],
  ])('%s', (text, expected) => expect(chunkRule(text, camelCaseOrgRule)).toEqual(expected));
});
