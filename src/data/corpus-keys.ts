import { corpusManifest } from './corpus-manifest.ts';

/** Query keys for the corpus, from general to specific; the version makes a rebuilt corpus a new cache entry. */
export const corpusKeys = {
  all: () => ['corpus', corpusManifest.version] as const,
  index: () => [...corpusKeys.all(), 'index'] as const,
  story: (storyId: string) => [...corpusKeys.all(), 'story', storyId] as const,
  /** A page's slice of the index (`['home', 2]`, `['story', id]`, `['facets']`). */
  slice: (...parts: (string | number)[]) => [...corpusKeys.all(), 'slice', ...parts] as const,
};
