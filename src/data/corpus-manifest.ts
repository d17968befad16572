import { indexUrl, searchUrl, version } from 'virtual:corpus-manifest';

/** Where the corpus lives and which version it is; one module so tests can replace it with `vi.mock`. */
export const corpusManifest: {
  readonly indexUrl: string;
  readonly version: string;
  readonly searchUrl: string;
} = { indexUrl, version, searchUrl };
