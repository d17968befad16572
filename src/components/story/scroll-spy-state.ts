/** History state of a URL update made by the scroll spy: the reader scrolled, so nothing must scroll back. */
export const SCROLL_SPY_STATE = { scrollSpy: true } as const;

/** True when a location's state says the scroll spy wrote it. */
export function isScrollSpyState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'scrollSpy' in state && state.scrollSpy === true;
}

/**
 * What the scroll spy knows about the page's scrolling. It reports the section being read only when the
 * reader moved the page themselves (`armed`) and no jump is still moving it (`jumping`): positions passed
 * on the way to a link's target are not where the reader is, and reporting one would send the URL back.
 */
export interface SpyState {
  /** The reader scrolled (wheel, touch, scrollbar, a scrolling key) since the last jump. */
  readonly armed: boolean;
  /** A jump (link, j/k, deep link) is scrolling the page and has not come to rest yet. */
  readonly jumping: boolean;
}

/**
 * `jump`: the app is about to scroll to a target; `intent`: the reader is scrolling; `scroll-end`: the page
 * came to rest (`scrollend`, or no scroll event for a while where it is not supported).
 */
export type SpyEvent = 'jump' | 'intent' | 'scroll-end';

/** Before anything happened: the reader has not scrolled, nothing is in flight. */
export const INITIAL_SPY_STATE: SpyState = { armed: false, jumping: false };

/** The state after `event`. A jump disarms; the reader's intent during a jump waits for it to end. */
export function nextSpyState(state: SpyState, event: SpyEvent): SpyState {
  switch (event) {
    case 'jump':
      return { armed: false, jumping: true };
    case 'intent':
      return state.armed ? state : { ...state, armed: true };
    case 'scroll-end':
      return state.jumping ? { ...state, jumping: false } : state;
  }
}

/** True when the spy may report the section in view. */
export function spyMayReport(state: SpyState): boolean {
  return state.armed && !state.jumping;
}
