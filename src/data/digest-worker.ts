/// <reference lib="webworker" />
// The digest worker: decodes, parses and annotates one dropped file off the main thread. It brings the parser and
// the gazetteers (~1.4 MB) with it, so they load only when a reader adds a digest of their own.
import { buildCorpus } from '../core/build-corpus.ts';
import { localDocumentId } from '../core/bundle/local-ids.ts';
import { makeLocalBundle } from '../core/bundle/make-local-bundle.ts';
import type { Diagnostic } from '../core/schema.ts';
import { decodeText } from '../core/text/decode-text.ts';
import type { DigestWorkerRequest, DigestWorkerResponse } from './digest-worker-protocol.ts';

/** `FILE:LINE: reason`, or `FILE: reason` for a problem with the whole file. */
const format = (d: Diagnostic) => `${d.file}${d.line === null ? '' : `:${d.line}`}: ${d.message}`;

/** Reads one digest into a bundle namespaced `local-<hash>`. */
function read({ name, bytes }: DigestWorkerRequest): DigestWorkerResponse {
  const decoded = decodeText(new Uint8Array(bytes), name);
  if (!decoded.ok) return { ok: false, error: format(decoded.error) };
  const corpus = buildCorpus([{ source: name, text: decoded.text, warnings: decoded.warnings }]);
  const document = corpus.documents[0];
  if (!document || document.stories.length === 0) {
    return { ok: false, error: `${name}: no stories found (a digest has headlines followed by paragraphs)` };
  }
  const documentId = localDocumentId(decoded.text);
  return {
    ok: true,
    documentId,
    bundle: makeLocalBundle(corpus, documentId),
    warnings: document.warnings.map(format),
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<DigestWorkerRequest>) => {
  let response: DigestWorkerResponse;
  try {
    response = read(event.data);
  } catch (error) {
    response = {
      ok: false,
      error: `${event.data.name}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  scope.postMessage(response);
};
