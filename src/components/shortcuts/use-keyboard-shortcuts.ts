import { useEffect, useRef } from 'react';
import { isTypingTarget } from './is-typing-target.ts';

/** Handlers by `KeyboardEvent.key` (`j`, `[`, `?`, `/`). */
export type ShortcutMap = Partial<Record<string, () => void>>;

/**
 * Binds single-key shortcuts on the document. Quiet while the reader types in a field, while a
 * modifier (Ctrl, Alt, Meta) is held, and inside dialogs.
 */
export function useKeyboardShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
        return;
      if (isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
