/** Every keyboard shortcut, as the help dialog lists it. */
export const SHORTCUT_LIST: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['j'], action: 'Next section' },
  { keys: ['k'], action: 'Previous section' },
  { keys: [']'], action: 'Next story' },
  { keys: ['['], action: 'Previous story' },
  { keys: ['/'], action: 'Search stories' },
  { keys: ['?'], action: 'Show keyboard shortcuts' },
  { keys: ['Esc'], action: 'Close this dialog or the outline' },
];
