import type { CorpusBundle } from '../core/bundle/make-corpus-bundle.ts';
import { withQuoteFields } from '../core/quotes/with-quote-fields.ts';
import type { StoryBody } from '../core/schema.ts';
import { setLocalDigestsHint } from './local-digests-hint.ts';

/** A digest read in this browser and kept in its IndexedDB until the reader removes it. */
export interface LocalDigest {
  /** The bundle's document id: `local-<hash>`. */
  id: string;
  /** The file name as picked or dropped. */
  name: string;
  /** When it was added, in ms since the epoch. */
  addedAt: number;
  bundle: CorpusBundle;
}

const DB_NAME = 'digest-explorer';
const DB_VERSION = 1;
const STORE = 'local-digests';

/** Whether this browser (or test environment) has IndexedDB at all; without it nothing is kept. */
export function hasLocalStorage(): boolean {
  return typeof indexedDB !== 'undefined';
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database: let it, and open afresh next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opening;
}

/** Runs one request in a transaction on the store and resolves with its result once the transaction is done. */
async function run<T>(mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = make(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const isLocalDigest = (value: unknown): value is LocalDigest =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  typeof value.id === 'string' &&
  'bundle' in value &&
  typeof value.bundle === 'object' &&
  value.bundle !== null;

/** Every digest kept in this browser, oldest first; none when IndexedDB is missing. */
export async function listLocalDigests(): Promise<LocalDigest[]> {
  if (!hasLocalStorage()) return [];
  const all = await run<unknown[]>('readonly', (store) => store.getAll());
  const digests = all
    .filter(isLocalDigest)
    .map((d) => ({ ...d, bundle: withQuoteFields(d.bundle) }))
    .sort((a, b) => a.addedAt - b.addedAt);
  setLocalDigestsHint(digests.length > 0);
  return digests;
}

/** Keeps a digest (replacing one with the same id). */
export async function putLocalDigest(digest: LocalDigest): Promise<void> {
  await run('readwrite', (store) => store.put(digest));
  setLocalDigestsHint(true);
}

/** Forgets a digest. */
export async function deleteLocalDigest(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
  setLocalDigestsHint((await run<number>('readonly', (store) => store.count())) > 0);
}

/** One story body of a kept digest, or null when the digest or the story is not in this browser. */
export async function getLocalStoryBody(documentId: string, storyId: string): Promise<StoryBody | null> {
  if (!hasLocalStorage()) return null;
  const digest = await run<unknown>('readonly', (store) => store.get(documentId));
  if (!isLocalDigest(digest)) return null;
  return withQuoteFields(digest.bundle).bodies.find((body) => body.id === storyId) ?? null;
}
