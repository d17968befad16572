import { describe, expect, it } from 'vitest';
import { isLinkListHeader } from '../../../src/core/parse/is-link-list-header.ts';

describe('isLinkListHeader', () => {
  it.each<[string, boolean]>([
    ['Related stories', true],
    ['Most read:', true],
    ['» Read also', true],
    ['More on this story', true],
    ['Lire aussi', true],
    // must not fire: a sentence, a link that is itself the list, page furniture that heads nothing
    ['Related stories appeared in the press', false],
    ['Read also: Ports strike ends after two weeks', false],
    ['Advertisement', false],
    ['Share this article', false],
  ])('%j → %s', (line, expected) => {
    expect(isLinkListHeader(line)).toBe(expected);
  });
});
