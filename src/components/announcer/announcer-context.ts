import { createContext, useContext } from 'react';

/** Says a short message to screen readers through the app's polite live region. */
export type Announce = (message: string) => void;

export const AnnouncerContext = createContext<Announce>(() => {});

/** The function that announces a message politely (e.g. "Link copied"). */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
