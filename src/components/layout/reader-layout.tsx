import { useEffect, useState, type ReactNode } from 'react';
import './reader-layout.css';

interface ReaderLayoutProps {
  /** The outline (left column; a disclosure on narrow screens). */
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
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return (
    <div className={aside ? 'reader reader--with-aside' : 'reader'}>
      <button
        type="button"
        className="reader__outline-toggle button"
        aria-expanded={open}
        aria-controls="outline-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide outline' : 'Outline'}
      </button>
      <div
        id="outline-panel"
        className={open ? 'reader__outline is-open' : 'reader__outline'}
        onClick={(event) => {
          // Following a link closes the drawer on a phone.
          if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
        }}
      >
        {outline}
      </div>
      <main id="main" tabIndex={-1} className="reader__main">
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
