/** A shortcut: the `KeyboardEvent.key` that fires it, how the help writes it, and what it does. */
export interface Shortcut {
  /** The `KeyboardEvent.key` value bound: `N` is Shift+n. */
  key: string;
  /** The keys as the help shows them. */
  keys: readonly string[];
  /** What it does, as the help says it. */
  action: string;
}

/**
 * Every keyboard shortcut: the one table both the help dialog lists and `useKeyboardShortcuts` binds
 * from, so a key cannot be bound without being listed. Esc is handled by each dialog and drawer itself.
 */
export const SHORTCUTS = {
  nextSection: { key: 'j', keys: ['j'], action: 'Next section' },
  previousSection: { key: 'k', keys: ['k'], action: 'Previous section' },
  nextStory: { key: ']', keys: [']'], action: 'Next story' },
  previousStory: { key: '[', keys: ['['], action: 'Previous story' },
  nextMention: { key: 'n', keys: ['n'], action: 'Next mention of the filtered entities' },
  previousMention: { key: 'N', keys: ['Shift', 'N'], action: 'Previous mention of the filtered entities' },
  search: { key: '/', keys: ['/'], action: 'Search stories' },
  help: { key: '?', keys: ['?'], action: 'Show keyboard shortcuts' },
  close: { key: 'Escape', keys: ['Esc'], action: 'Close this dialog, a card or the outline' },
} as const satisfies Record<string, Shortcut>;

/** A shortcut's name in `SHORTCUTS`. */
export type ShortcutName = keyof typeof SHORTCUTS;

/** The shortcuts in the order the help lists them. */
export const SHORTCUT_LIST: readonly Shortcut[] = Object.values(SHORTCUTS);
