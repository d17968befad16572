import { useState } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { AnnouncerProvider } from '../components/announcer/announcer-provider.tsx';
import { AppHeader } from '../components/layout/app-header.tsx';
import { focusHeaderSearch } from '../components/search/lazy-header-search.tsx';
import { LazyShortcutsDialog } from '../components/shortcuts/lazy-shortcuts-dialog.tsx';
import { useKeyboardShortcuts } from '../components/shortcuts/use-keyboard-shortcuts.ts';

/** The app shell around every page: header, live region, shortcut help, scroll restoration. */
export function RootRoute() {
  const [helpOpen, setHelpOpen] = useState(false);
  useKeyboardShortcuts({
    help: () => setHelpOpen(true),
    // Loads the box first if its code has not arrived yet.
    search: focusHeaderSearch,
  });
  return (
    <AnnouncerProvider>
      <AppHeader onShowShortcuts={() => setHelpOpen(true)} />
      <Outlet />
      {helpOpen && <LazyShortcutsDialog onClose={() => setHelpOpen(false)} />}
      <ScrollRestoration />
    </AnnouncerProvider>
  );
}
