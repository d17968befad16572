import type { DigestWorkerRequest, DigestWorkerResponse } from './digest-worker-protocol.ts';

/** Reads a picked or dropped file in a Web Worker (nothing leaves the browser); one worker per file. */
export async function readDigestInWorker(file: File): Promise<DigestWorkerResponse> {
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./digest-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<DigestWorkerResponse>((resolve) => {
      worker.onmessage = (event: MessageEvent<DigestWorkerResponse>) => resolve(event.data);
      worker.onerror = (event) =>
        resolve({ ok: false, error: `${file.name}: ${event.message || 'the reader stopped unexpectedly'}` });
      const request: DigestWorkerRequest = { name: file.name, bytes };
      worker.postMessage(request, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
