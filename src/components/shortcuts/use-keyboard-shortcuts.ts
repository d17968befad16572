import { useEffect, useRef } from 'react';
import { isTypingTarget } from './is-typing-target.ts';
import { SHORTCUTS, type ShortcutName } from './shortcut-list.ts';

/** Handlers by shortcut name; the key each is bound to comes from `SHORTCUTS`. */
export type ShortcutMap = Partial<Record<ShortcutName, () => void>>;

/** The handlers re-keyed by `KeyboardEvent.key`. */
function byKey(shortcuts: ShortcutMap): Map<string, () => void> {
  const keyed = new Map<string, () => void>();
  for (const [name, handler] of Object.entries(shortcuts) as [ShortcutName, (() => void) | undefined][])
    if (handler) keyed.set(SHORTCUTS[name].key, handler);
  return keyed;
}

/**
 * Binds single-key shortcuts on the document. Quiet while the reader types in a field, while a
 * modifier (Ctrl, Alt, Meta) is held, and inside dialogs.
 */
export function useKeyboardShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(byKey(shortcuts));
  useEffect(() => {
    latest.current = byKey(shortcuts);
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
        return;
      if (isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const handler = latest.current.get(event.key);
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
