/** A theme the reader chose; without a choice the page follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark';

const KEY = 'digest-explorer:theme';

/** The theme remembered in localStorage, or null when the reader never chose one. */
export function readStoredTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage disabled (privacy mode): follow the system
  }
}

/** Remembers the theme and applies it as `data-theme` on the root element. */
export function storeTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(KEY, theme);
  } catch {
    // not remembered, still applied
  }
  applyTheme(theme);
}

/** Sets `data-theme` on <html>; the CSS falls back to the media query when it is absent. */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** The theme in effect now: the stored choice, else the system preference. */
export function effectiveTheme(): Theme {
  const stored = readStoredTheme();
  if (stored) return stored;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
