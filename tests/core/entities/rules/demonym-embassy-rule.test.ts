import { describe, expect, it } from 'vitest';
import { demonymEmbassyRule } from '../../../../src/core/entities/rules/demonym-embassy-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('demonymEmbassyRule', () => {
  it.each<[string, string[]]>([
    ['gathered in front of the Russian embassy in Tbilisi', ['Russian embassy/organization']],
    ['the Georgian consulate said', ['Georgian consulate/organization']],
    // must not fire: another noun, a name that is no demonym, a capitalized Embassy (the org-cue rule's)
    ['the Russian army', []],
    ['the Tbilisi embassy', []],
    ['the Russian Embassy', []],
  ])('%s', (text, expected) => expect(chunkRule(text, demonymEmbassyRule)).toEqual(expected));
});
