import { useEffect } from 'react';

/** The name every tab title ends with. */
export const APP_NAME = 'Digest Explorer';

/** Sets `document.title` to the given parts joined by " — ", ending with the app's name. */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter((p): p is string => Boolean(p)), APP_NAME].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
