import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { roleOfEnd } from '../../../../src/core/entities/rules/role-of-end.ts';

/** The words from where the name starts after a role and its "of (the)", or null when the rule does not fire. */
const after = (text: string): string | null => {
  const doc = tokenize(text);
  const at = roleOfEnd(doc.tokens, 0, doc.tokens.length);
  const start = doc.tokens[at]?.start;
  return at < 0 || start === undefined ? null : text.slice(start);
};

describe('roleOfEnd', () => {
  it.each<[string, string | null]>([
    ['CEO of the Northern Housing Trust', 'Northern Housing Trust'],
    ['Secretary-General of the Arab League', 'Arab League'],
    ['Chief Executive of Kivu Aviation', 'Kivu Aviation'],
    // must not fire: no title first, no "of" after the title, nothing after "of the"
    ['Bank of England', null],
    ['Ministry of Finance', null],
    ['President Joe Biden', null],
    ['Director of the', null],
  ])('%s → %s', (text, expected) => {
    expect(after(text)).toBe(expected);
  });
});
