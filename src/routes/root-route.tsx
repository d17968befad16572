import { useState } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { AnnouncerProvider } from '../components/announcer/announcer-provider.tsx';
import { AppHeader } from '../components/layout/app-header.tsx';
import { ShortcutsDialog } from '../components/shortcuts/shortcuts-dialog.tsx';
import { useKeyboardShortcuts } from '../components/shortcuts/use-keyboard-shortcuts.ts';
import { APP_IDS } from '../components/layout/app-ids.ts';

/** The app shell around every page: header, live region, shortcut help, scroll restoration. */
export function RootRoute() {
  const [helpOpen, setHelpOpen] = useState(false);
  useKeyboardShortcuts({
    '?': () => setHelpOpen(true),
    '/': () => {
      const input = document.getElementById(APP_IDS.search);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    },
  });
  return (
    <AnnouncerProvider>
      <AppHeader onShowShortcuts={() => setHelpOpen(true)} />
      <Outlet />
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      <ScrollRestoration />
    </AnnouncerProvider>
  );
}
