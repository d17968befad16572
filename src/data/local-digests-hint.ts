import { browserStorage } from './browser-storage.ts';

/** Set in localStorage while this browser keeps digests of its own in IndexedDB. */
const KEY = 'digest-explorer:has-local-digests';

/**
 * Whether this browser keeps digests of its own, read without IndexedDB: a page of a reader who keeps none
 * (most) then neither opens the database nor loads its code. The store keeps the hint true to what it holds
 * (local-digest-store.ts), and sets it again whenever it lists them (as "Your digests" does).
 */
export function hasLocalDigestsHint(): boolean {
  return browserStorage()?.getItem(KEY) === '1';
}

/** Records whether the store holds any digest. */
export function setLocalDigestsHint(has: boolean): void {
  try {
    if (has) browserStorage()?.setItem(KEY, '1');
    else browserStorage()?.removeItem(KEY);
  } catch {
    // storage full or blocked: the pages then take the built corpus alone, as without IndexedDB
  }
}
