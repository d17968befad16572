/** History state of a URL update made by the scroll spy: the reader scrolled, so nothing must scroll back. */
export const SCROLL_SPY_STATE = { scrollSpy: true } as const;

/** True when a location's state says the scroll spy wrote it. */
export function isScrollSpyState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'scrollSpy' in state && state.scrollSpy === true;
}
