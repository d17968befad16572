/**
 * This origin's localStorage (the reader's corrections and the local-digests hint live there), or null where
 * there is none or it is blocked (a sandboxed frame throws on access).
 */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
