import { startTransition, useEffect, useState } from 'react';
import { useHydrated } from './use-hydrated.ts';

/**
 * False in the build's render and in the browser's hydration of it; then true, set in a transition so the
 * render it brings is cut into short tasks instead of one long one right after hydration (a phone's main
 * thread stays free for the reader). True from the first render where there is no hydration (a page the
 * app renders itself, or reaches by a link).
 */
export function useAfterHydration(): boolean {
  const hydrated = useHydrated();
  const [shown, setShown] = useState(hydrated);
  useEffect(() => {
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown;
}
