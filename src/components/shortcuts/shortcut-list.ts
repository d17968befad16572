/** A shortcut: the `KeyboardEvent.key` that fires it, and what it does. */
export interface Shortcut {
  /** The `KeyboardEvent.key` value bound: `N` is Shift+n. */
  key: string;
  /** What it does, as the help says it. */
  action: string;
  /** The keys as the help writes them, when not just `key`. */
  shown?: string;
}

/**
 * Every keyboard shortcut: the one table both the help dialog lists and `useKeyboardShortcuts` binds
 * from, so a key cannot be bound without being listed. Esc is handled by each dialog and drawer itself.
 * (It loads with `/`: every byte counts against the first-load budget.)
 */
export const SHORTCUTS = {
  nextSection: { key: 'j', action: 'Next section' },
  previousSection: { key: 'k', action: 'Previous section' },
  nextStory: { key: ']', action: 'Next story' },
  previousStory: { key: '[', action: 'Previous story' },
  nextMention: { key: 'n', action: 'Next mention of the filtered entities' },
  previousMention: { key: 'N', action: 'Previous mention of the filtered entities', shown: 'Shift+N' },
  search: { key: '/', action: 'Search stories' },
  help: { key: '?', action: 'Show keyboard shortcuts' },
  close: { key: 'Escape', action: 'Close this dialog, a card or the outline', shown: 'Esc' },
} satisfies Record<string, Shortcut>;

/** A shortcut's name in `SHORTCUTS`. */
export type ShortcutName = keyof typeof SHORTCUTS;

/** The shortcuts in the order the help lists them. */
export const SHORTCUT_LIST: readonly Shortcut[] = Object.values(SHORTCUTS);
