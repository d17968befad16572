import { indexUrl, searchUrl, slices, version } from 'virtual:corpus-manifest';

/** Where the corpus lives and which version it is; one module so tests can replace it with `vi.mock`. */
export const corpusManifest: {
  readonly indexUrl: string;
  readonly version: string;
  readonly searchUrl: string;
  /** Whether pages may load slices of the index; absent (tests) means no. */
  readonly slices?: boolean;
} = { indexUrl, version, searchUrl, slices };
