import type { CorpusBundle } from '../core/bundle/make-corpus-bundle.ts';

/** What the page sends the digest worker: a file's name and bytes (transferred, not copied). */
export interface DigestWorkerRequest {
  name: string;
  bytes: ArrayBuffer;
}

/** What the worker answers: the namespaced bundle, or why the file was refused (`FILE:LINE: reason`). */
export type DigestWorkerResponse =
  { ok: true; documentId: string; bundle: CorpusBundle; warnings: string[] } | { ok: false; error: string };
