import type { Correction } from '../core/corrections/correction.ts';
import { toCorrection } from '../core/corrections/parse-corrections.ts';
import { browserStorage as storage } from './browser-storage.ts';
import { CORRECTIONS_KEY as KEY } from './has-corrections.ts';

const listeners = new Set<() => void>();
let cache: { text: string | null; list: Correction[] } = { text: null, list: [] };

/** The corrections kept in this browser, oldest first; the same array until they change (for useSyncExternalStore). */
export function readCorrections(): Correction[] {
  const text = storage()?.getItem(KEY) ?? null;
  if (text === cache.text) return cache.list;
  let list: Correction[] = [];
  try {
    const data: unknown = text === null ? [] : JSON.parse(text);
    if (Array.isArray(data)) {
      list = data.map(toCorrection).filter((c): c is Correction => typeof c !== 'string');
    }
  } catch {
    list = [];
  }
  cache = { text, list };
  return list;
}

/** Replaces the kept corrections and tells every subscriber. */
export function writeCorrections(corrections: readonly Correction[]): void {
  const store = storage();
  if (!store) return;
  if (corrections.length === 0) store.removeItem(KEY);
  else store.setItem(KEY, JSON.stringify(corrections));
  for (const listener of listeners) listener();
}

/** Calls `listener` when the corrections change, here or in another tab. */
export function subscribeCorrections(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
