import { describe, expect, test } from 'vitest';
import {
  INITIAL_SPY_STATE,
  nextSpyState,
  spyMayReport,
  type SpyEvent,
  type SpyState,
} from '../../src/components/story/scroll-spy-state.ts';

const after = (events: readonly SpyEvent[], from: SpyState = INITIAL_SPY_STATE): SpyState =>
  events.reduce(nextSpyState, from);

describe('scroll spy state', () => {
  test.each<[string, SpyEvent[], boolean]>([
    ['nothing yet: a deep link keeps its section', [], false],
    ['the reader scrolls', ['intent'], true],
    ['a jump is in flight', ['jump'], false],
    ['a jump came to rest, the reader has not scrolled since', ['jump', 'scroll-end'], false],
    ['the reader scrolls after a jump came to rest', ['jump', 'scroll-end', 'intent'], true],
    // The race: a reader (or a click's mousedown) arms the spy while a smooth scroll is on its way.
    ['the reader scrolls during a jump, which is still moving', ['jump', 'intent'], false],
    ['…until the page comes to rest', ['jump', 'intent', 'scroll-end'], true],
    ['a new jump while armed disarms', ['intent', 'jump'], false],
    ['a new jump during a jump, then rest', ['jump', 'intent', 'jump', 'scroll-end'], false],
    ['the end of the reader’s own scroll changes nothing', ['intent', 'scroll-end'], true],
  ])('%s → reports: %s', (_, events, reports) => {
    expect(spyMayReport(after(events))).toBe(reports);
  });

  test('an event that changes nothing returns the same state', () => {
    const armed = after(['intent']);
    expect(nextSpyState(armed, 'intent')).toBe(armed);
    expect(nextSpyState(armed, 'scroll-end')).toBe(armed);
    expect(nextSpyState(INITIAL_SPY_STATE, 'scroll-end')).toBe(INITIAL_SPY_STATE);
  });
});
