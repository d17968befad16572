/**
 * The module the corpus Vite plugin (src/build/corpus-plugin.ts) serves. It carries only where the corpus
 * lives, never the corpus itself, so the first-load JavaScript does not grow with the corpus.
 */
declare module 'virtual:corpus-manifest' {
  /** URL of the `CorpusIndex` JSON, relative to `import.meta.env.BASE_URL` (no leading slash). */
  export const indexUrl: string;
  /** `CorpusIndex.version`: a content hash of the corpus. */
  export const version: string;
  /** URL of the full-text search index's manifest, relative to the base URL; fetched on first search. */
  export const searchUrl: string;
  /** Whether the build wrote slices of the index for pages to load (src/core/bundle/slices/slices-pay.ts). */
  export const slices: boolean;
}
