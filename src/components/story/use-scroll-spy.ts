import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { currentSection } from './current-section.ts';

const INTENT_EVENTS = ['wheel', 'touchmove', 'mousedown'] as const;
/** Keys that scroll the page; j/k and other shortcuts jump, and the jump disarms the spy itself. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

/**
 * Watches which section is being read (IntersectionObserver) and reports it to `onChange`. Reports only
 * after the reader scrolls themselves: after a jump to a section the spy is disarmed (call the returned
 * function), so a short section scrolled to at the end of a page is not replaced by its neighbour.
 */
export function useScrollSpy(
  sectionIds: readonly string[],
  onChange: (sectionId: string) => void,
): () => void {
  const armed = useRef(false);
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
        const id = armed.current ? currentSection(elements) : null;
        if (id) latest.current(id);
      });
    };
    const arm = () => {
      armed.current = true;
    };
    const armOnScrollKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) arm();
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
    return () => {
      window.removeEventListener('keydown', armOnScrollKey);
      cancelAnimationFrame(frame);
      band.disconnect();
      end.disconnect();
      INTENT_EVENTS.forEach((type) => window.removeEventListener(type, arm));
    };
  }, [key]);
  return useCallback(() => {
    armed.current = false;
  }, []);
}
