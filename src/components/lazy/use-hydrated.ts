import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in the build's render and in the browser's hydration of it, true from the render after: for what
 * only works with JavaScript, so the static page leaves it out and hydration still matches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
