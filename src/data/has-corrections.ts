import { browserStorage } from './browser-storage.ts';

/** Where this browser keeps the reader's corrections (a JSON array, oldest first). */
export const CORRECTIONS_KEY = 'digest-explorer:corrections';

/**
 * Whether the reader has stored corrections, without reading them: the corrections code (parsing and
 * applying) then loads only for a reader who has made one. Writing none removes the key
 * (local-corrections.ts), so a kept key means there is at least one, or something unreadable, which the
 * code that reads it drops.
 */
export function hasCorrections(): boolean {
  return (browserStorage()?.getItem(CORRECTIONS_KEY) ?? null) !== null;
}
