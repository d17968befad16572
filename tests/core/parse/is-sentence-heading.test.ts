import { describe, expect, it } from 'vitest';
import { isSentenceHeading } from '../../../src/core/parse/is-sentence-heading.ts';

describe('isSentenceHeading', () => {
  it.each<[string, boolean]>([
    ['The central bank is in no hurry.', true],
    ['The government is betting on talks.', true],
    ['Farmers are running out of patience.', true],
    // must not fire: one-sentence paragraphs, attribution, numbers, long or several sentences
    ['The search continues.', false],
    ['Analysts expect a rebound.', false],
    ['Turnout was low.', false],
    ['Turnout is 61 percent.', false],
    ['The deal is dead, he said.', false],
    ['The plan is dead, the minister says.', false],
    ['The finance ministry is expected to appeal the ruling next week.', false],
    ['It is over. The talks failed.', false],
    ['the bank is in no hurry.', false],
    ['The central bank is in no hurry', false],
    ['“The bank is in no hurry.”', false],
  ])('%j → %s', (line, expected) => {
    expect(isSentenceHeading(line)).toBe(expected);
  });
});
