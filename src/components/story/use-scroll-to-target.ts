import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { prefersReducedMotion } from './prefers-reduced-motion.ts';
import { isScrollSpyState } from './scroll-spy-state.ts';

/**
 * Scrolls to the element the URL names (a paragraph from the hash, else a section) once it is rendered:
 * instantly on arrival, smoothly within a story (unless the reader prefers reduced motion). After an
 * in-app link, focus moves there (or to the h1) so keyboard and screen-reader users land where they went.
 * Skips URL updates made by the scroll spy; back/forward within a story is scroll restoration's job.
 */
export function useScrollToTarget(targetId: string | null, beforeScroll: () => void): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const handled = useRef<string | null>(null);
  // Disarm in the commit itself, before any observer callback could report the old position as the
  // section being read and send the URL back there.
  useLayoutEffect(() => {
    if (!isScrollSpyState(location.state)) beforeScroll();
  }, [location.key, location.state, beforeScroll]);
  // Scroll in a passive effect: it runs after the router's scroll restoration (a layout effect), which
  // would otherwise reset the page to the top after a link from another page.
  useEffect(() => {
    const isFirst = handled.current === null;
    if (handled.current === location.key) return; // StrictMode runs effects twice
    handled.current = location.key;
    if (isScrollSpyState(location.state)) return;
    const isLinked = navigationType !== 'POP';
    const target = targetId ? document.getElementById(targetId) : null;
    if (!isFirst && !isLinked) {
      // Back/forward: scroll restoration puts the page back; if it had nothing saved, go to the target.
      const frame = requestAnimationFrame(() => {
        if (target && !inViewport(target)) target.scrollIntoView?.({ block: 'start' });
      });
      return () => cancelAnimationFrame(frame);
    }
    if (target) {
      beforeScroll();
      const smooth = !isFirst && !prefersReducedMotion();
      target.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
    if (isLinked) {
      const heading = target?.querySelector<HTMLElement>(':scope > .section__head > h2');
      const focusable = heading ?? target ?? document.querySelector<HTMLElement>('main h1');
      focusable?.focus({ preventScroll: true });
    }
  }, [location.key, location.state, navigationType, targetId, beforeScroll]);
}

function inViewport(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}
