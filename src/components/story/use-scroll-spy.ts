import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { currentSection } from './current-section.ts';
import { INITIAL_SPY_STATE, nextSpyState, spyMayReport, type SpyEvent } from './scroll-spy-state.ts';

const INTENT_EVENTS = ['wheel', 'touchmove', 'mousedown'] as const;
/** Keys that scroll the page; j/k and other shortcuts jump, and the jump disarms the spy itself. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);
/** A press on these is a click (a link, a button), not a grab of the scrollbar. */
const CONTROLS = 'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"]';
/**
 * Without `scrollend` (or when a jump did not move the page, so none comes) the page is taken to be at
 * rest once no scroll event came for this long.
 */
const QUIET_MS = 150;

/**
 * Watches which section is being read (IntersectionObserver) and reports it to `onChange`. Reports only
 * after the reader scrolls themselves, and not while a jump is still scrolling: call the returned function
 * before scrolling to a section, so neither a smooth scroll's way there nor a short section at the end of
 * the page (replaced by its neighbour) sends the URL elsewhere.
 */
export function useScrollSpy(
  sectionIds: readonly string[],
  onChange: (sectionId: string) => void,
): () => void {
  const state = useRef(INITIAL_SPY_STATE);
  // Set while the spy is watching: what a jump does to the page's rest timer.
  const onJump = useRef<() => void>(() => {});
  const latest = useRef(onChange);
  // A layout effect, so a callback never runs with the previous render's idea of the current section.
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  const key = sectionIds.join('\n');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const elements = key
      .split('\n')
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length < 2) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const id = spyMayReport(state.current) ? currentSection(elements) : null;
        if (id) latest.current(id);
      });
    };
    const send = (event: SpyEvent) => {
      state.current = nextSpyState(state.current, event);
    };
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const rest = () => {
      clearTimeout(quiet);
      send('scroll-end');
      update(); // the observers may have fired on the way; the section at rest is what counts
    };
    const restSoon = () => {
      clearTimeout(quiet);
      quiet = setTimeout(rest, QUIET_MS);
    };
    const hasScrollEnd = 'onscrollend' in window;
    const onScroll = () => {
      // With scrollend, the timer only ends a jump that did not move the page: any scroll event cancels it.
      if (hasScrollEnd) clearTimeout(quiet);
      else restSoon();
    };
    onJump.current = restSoon;
    const arm = (event: Event) => {
      if (event.type === 'mousedown' && event.target instanceof Element && event.target.closest(CONTROLS)) {
        return;
      }
      send('intent');
    };
    const armOnScrollKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) arm(event);
    };
    // Fires when a section crosses the reading line 30 % down the viewport…
    const band = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    // …or when the last section comes into view at the bottom of the page.
    const end = new IntersectionObserver(update, { threshold: [0, 0.25, 0.5, 0.75, 1] });
    elements.forEach((el) => band.observe(el));
    const last = elements[elements.length - 1];
    if (last) end.observe(last);
    INTENT_EVENTS.forEach((type) => window.addEventListener(type, arm, { passive: true }));
    window.addEventListener('keydown', armOnScrollKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    if (hasScrollEnd) window.addEventListener('scrollend', rest);
    if (state.current.jumping) restSoon();
    return () => {
      onJump.current = () => {};
      clearTimeout(quiet);
      window.removeEventListener('scrollend', rest);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', armOnScrollKey);
      cancelAnimationFrame(frame);
      band.disconnect();
      end.disconnect();
      INTENT_EVENTS.forEach((type) => window.removeEventListener(type, arm));
    };
  }, [key]);
  return useCallback(() => {
    state.current = nextSpyState(state.current, 'jump');
    onJump.current();
  }, []);
}
