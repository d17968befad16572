import { useEffect, useRef, useState, type ReactNode } from 'react';
import './reader-layout.css';
import { APP_IDS } from './app-ids.ts';

interface ReaderLayoutProps {
  /** The outline (left column; a drawer on narrow screens). */
  outline: ReactNode;
  /** The page's content: the reading column. */
  children: ReactNode;
  /** Right-hand panel (entity filters), when a page has one. */
  aside?: ReactNode;
  /** Accessible name of the right-hand panel. */
  asideLabel?: string;
}

/** Outline left, reading column centre, optional filter panel right; one column on a phone. */
export function ReaderLayout({ outline, children, aside, asideLabel = 'Filters' }: ReaderLayoutProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'drawer' | 'toggle' | null>(null);
  /** Opens or closes the drawer; focus goes into it on open and back to its button on close. */
  const setDrawer = (next: boolean, moveFocus = true) => {
    focusAfter.current = moveFocus ? (next ? 'drawer' : 'toggle') : null;
    setOpen(next);
  };
  useEffect(() => {
    const target = focusAfter.current === 'drawer' ? close.current : focusAfter.current && toggle.current;
    focusAfter.current = null;
    target?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      focusAfter.current = 'toggle';
      setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return (
    <div className={aside ? 'reader reader--with-aside' : 'reader'}>
      <div
        id={APP_IDS.outlinePanel}
        className={open ? 'reader__outline is-open' : 'reader__outline'}
        onClick={(event) => {
          // Following a link closes the drawer on a phone; the page moves focus to where the link went.
          if (event.target instanceof Element && event.target.closest('a')) setDrawer(false, false);
        }}
      >
        <button
          ref={close}
          type="button"
          className="reader__outline-close button"
          onClick={() => setDrawer(false)}
        >
          Close outline
        </button>
        {outline}
      </div>
      {open && <div className="reader__backdrop" onClick={() => setDrawer(false)} />}
      <main id={APP_IDS.main} tabIndex={-1} className="reader__main">
        <button
          ref={toggle}
          type="button"
          className="reader__outline-toggle button"
          aria-expanded={open}
          aria-controls={APP_IDS.outlinePanel}
          onClick={() => setDrawer(!open)}
        >
          Outline
        </button>
        {children}
      </main>
      {aside && (
        <aside className="reader__aside" aria-label={asideLabel}>
          {aside}
        </aside>
      )}
    </div>
  );
}
