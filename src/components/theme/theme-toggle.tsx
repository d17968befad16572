import { useState, useSyncExternalStore } from 'react';
import { effectiveTheme, storeTheme, type Theme } from './theme-storage.ts';

/** Switches between light and dark and remembers the choice. */
export function ThemeToggle() {
  // The build-time render (and hydration of it) assumes light; a dark reader's button updates right after.
  const initial = useSyncExternalStore(noSubscription, effectiveTheme, lightTheme);
  const [chosen, setTheme] = useState<Theme | null>(null);
  const theme = chosen ?? initial;
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        storeTheme(next);
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '◐'}</span>
    </button>
  );
}

const noSubscription = () => () => {};
const lightTheme = (): Theme => 'light';
