import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/build-corpus.ts';
import { localDocumentId } from '../../src/core/bundle/local-ids.ts';
import { makeLocalBundle } from '../../src/core/bundle/make-local-bundle.ts';
import {
  deleteLocalDigest,
  getLocalStoryBody,
  hasLocalStorage,
  listLocalDigests,
  putLocalDigest,
  type LocalDigest,
} from '../../src/data/local-digest-store.ts';
import { hasLocalDigestsHint } from '../../src/data/local-digests-hint.ts';

const digest = (text: string, name: string, addedAt: number): LocalDigest => {
  const id = localDocumentId(text);
  return { id, name, addedAt, bundle: makeLocalBundle(buildCorpus([{ source: name, text }]), id) };
};

const first = digest('Talks in Kyiv\n\nAnn Lee met officials in Kyiv on Monday.\n', 'first.txt', 2);
const second = digest('Floods in Porto\n\nRain fell on Porto for a week.\n', 'second.txt', 1);

describe('local digest store (IndexedDB)', () => {
  it('is there in this environment', () => {
    expect(hasLocalStorage()).toBe(true);
  });

  it('keeps digests, lists them oldest first and reads a story body back', async () => {
    expect(await listLocalDigests()).toEqual([]);
    await putLocalDigest(first);
    await putLocalDigest(second);
    const listed = await listLocalDigests();
    expect(listed.map((d) => d.name)).toEqual(['second.txt', 'first.txt']);
    expect(listed[1]).toEqual(first);
    const storyId = first.bundle.index.stories[0]?.id ?? '';
    const body = await getLocalStoryBody(first.id, storyId);
    expect(body).toEqual(first.bundle.bodies[0]);
  });

  it('replaces a digest put again under the same id', async () => {
    await putLocalDigest({ ...first, name: 'renamed.txt' });
    expect((await listLocalDigests()).map((d) => d.name)).toEqual(['second.txt', 'renamed.txt']);
  });

  it('answers null for a story or digest it does not keep', async () => {
    expect(await getLocalStoryBody(first.id, 'no-such-story')).toBeNull();
    expect(await getLocalStoryBody('local-000000000000', 'x')).toBeNull();
  });

  it('forgets a removed digest and its bodies', async () => {
    await deleteLocalDigest(first.id);
    expect((await listLocalDigests()).map((d) => d.id)).toEqual([second.id]);
    expect(await getLocalStoryBody(first.id, first.bundle.index.stories[0]?.id ?? '')).toBeNull();
  });

  it('keeps the hint (read without IndexedDB) true to what it holds, and a listing mends a lost hint', async () => {
    expect(hasLocalDigestsHint()).toBe(true); // second.txt is still kept
    localStorage.clear();
    expect(hasLocalDigestsHint()).toBe(false);
    await listLocalDigests();
    expect(hasLocalDigestsHint()).toBe(true);
    await deleteLocalDigest(second.id);
    expect(hasLocalDigestsHint()).toBe(false);
    await putLocalDigest(first);
    expect(hasLocalDigestsHint()).toBe(true);
    await deleteLocalDigest(first.id);
    expect(hasLocalDigestsHint()).toBe(false);
  });
});
