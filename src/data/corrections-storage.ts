/** Where this browser keeps the reader's corrections (a JSON array, oldest first). */
export const CORRECTIONS_KEY = 'digest-explorer:corrections';

/**
 * This origin's localStorage (the corrections and the local-digests hint live there), or null where there is
 * none or it is blocked (a sandboxed frame throws on access).
 */
export function correctionsStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
