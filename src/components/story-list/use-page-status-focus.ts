import { useCallback, useEffect, useRef } from 'react';

/**
 * For a paged list: after the reader follows one of its page links, focus and scroll to its status line
 * ("Stories 51–100 of 4,753"), so reading and tabbing start at the top of the new page. Give `status` to the
 * status element and `onNavigate` to the page links.
 */
export function usePageStatusFocus(page: number) {
  const status = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    status.current?.focus({ preventScroll: true });
    status.current?.scrollIntoView?.({ block: 'start' });
  }, [page]);
  const onNavigate = useCallback(() => {
    moved.current = true;
  }, []);
  return { status, onNavigate };
}
