import { describe, expect, it } from 'vitest';
import { isQuestionHeadline } from '../../../src/core/parse/is-question-headline.ts';

describe('isQuestionHeadline', () => {
  it.each<[string, boolean]>([
    ['Is the swimming pool closing for good? The council postpones its decision.', true],
    ['Will the ceasefire hold? Both sides accept the monitors.', true],
    // must not fire: a comma or colon, reported speech, a statement first, one sentence, too long
    ['Reader question of the week: why do ferries sink? Write to us, and we will answer.', false],
    ['Is the deal dead? The minister says it is not.', false],
    ['The council met on Tuesday. Is the pool closing?', false],
    ['The council postpones its decision.', false],
    [
      'Is the swimming pool in the northern district of the city closing for good? The council of the city postpones its final decision again.',
      false,
    ],
    ['Is it over? Not yet, the mayor believes.', false],
  ])('%s → %s', (line, expected) => {
    expect(isQuestionHeadline(line)).toBe(expected);
  });
});
