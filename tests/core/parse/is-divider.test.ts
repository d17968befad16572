import { describe, expect, it } from 'vitest';
import { isDivider } from '../../../src/core/parse/is-divider.ts';

describe('isDivider', () => {
  it.each<[string, boolean]>([
    ['* * *', true],
    ['———', true],
    ['— — —', true],
    ['───────', true],
    ['= = =', true],
    ['• • •', true],
    ['~~~', true],
    ['…', true],
    ['-----', true],
    // must not fire: a symbol or emoji can be a headline, a bare marker is typed text
    ['★', false],
    ['🔥🔥🔥', false],
    ['§', false],
    ['#', false],
    ['###', false],
    ['?!', false],
    ['* * * Breaking', false],
    ['2 – 1', false],
  ])('%j → %s', (line, expected) => {
    expect(isDivider(line)).toBe(expected);
  });
});
