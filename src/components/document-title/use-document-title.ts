import { createContext, useContext, useEffect } from 'react';

/** The name every tab title ends with. */
export const APP_NAME = 'Digest Explorer';

/**
 * Where a build-time render (src/app/render-route.tsx) collects the page's title, since effects do not run
 * there; null in the browser.
 */
export const DocumentTitleSink = createContext<((title: string) => void) | null>(null);

/** Sets `document.title` to the given parts joined by " — ", ending with the app's name. */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter((p): p is string => Boolean(p)), APP_NAME].join(' — ');
  useContext(DocumentTitleSink)?.(title);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
