import { Suspense, type ComponentProps } from 'react';
import { lazyPreloaded } from '../lazy/lazy-preloaded.ts';
import type { ShortcutsDialog as ShortcutsDialogComponent } from './shortcuts-dialog.tsx';

type ShortcutsDialogProps = ComponentProps<typeof ShortcutsDialogComponent>;

// Fetched at start-up rather than on `?`, so the dialog opens on the first key press without a wait.
const { Component: ShortcutsDialog } = lazyPreloaded(
  () => import('./shortcuts-dialog.tsx'),
  (m) => m.ShortcutsDialog,
);

/**
 * The keyboard shortcut help, in its own chunk; its frame, title and a way out stand in meanwhile. The
 * stand-in leaves focus where it was, so the dialog, once here, takes it and gives it back to the opener.
 */
export function LazyShortcutsDialog({ onClose }: ShortcutsDialogProps) {
  return (
    <Suspense
      fallback={
        <div className="dialog-backdrop" onClick={onClose}>
          <div
            role="dialog"
            aria-modal="true"
            aria-label="Keyboard shortcuts"
            aria-busy="true"
            className="dialog"
            onClick={(e) => e.stopPropagation()}
          >
            <h2 className="dialog__title">Keyboard shortcuts</h2>
            <p className="dialog__note">Loading…</p>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      }
    >
      <ShortcutsDialog onClose={onClose} />
    </Suspense>
  );
}
