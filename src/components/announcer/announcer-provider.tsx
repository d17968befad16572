import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { AnnouncerContext } from './announcer-context.ts';

/** Provides `useAnnounce` and renders the one polite live region (also shown briefly as a toast). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    // Clear first so the same message twice is announced twice.
    setMessage('');
    window.clearTimeout(timer.current);
    window.setTimeout(() => setMessage(text), 30);
    timer.current = window.setTimeout(() => setMessage(''), 4000);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className={message ? 'toast toast--visible' : 'toast'}>
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}
