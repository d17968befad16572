import type { KeyboardEvent } from 'react';

/** Enter or Space on a focused SVG node acts like a click (SVG groups are not native buttons). */
export function onActivateKey(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action();
  };
}
