import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildCorpus } from '../../src/core/build-corpus.ts';
import { localDocumentId } from '../../src/core/bundle/local-ids.ts';
import { makeLocalBundle } from '../../src/core/bundle/make-local-bundle.ts';
import { corpusIndexQueryOptions } from '../../src/data/corpus-index-query-options.ts';
import { createQueryClient } from '../../src/data/create-query-client.ts';
import { readCorrections, writeCorrections } from '../../src/data/local-corrections.ts';
import { deleteLocalDigest, putLocalDigest } from '../../src/data/local-digest-store.ts';
import { storyQueryOptions } from '../../src/data/story-query-options.ts';
import { azovstal, fixtureBodies, fixtureIndex } from '../app/fixture-corpus.ts';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index-test.json', version: 'test-version' },
}));

const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200 });
const TEXT = 'Talks in Mariupol\n\nVladimir Putin met officials in Mariupol on Monday, the ministry said.\n';
const id = localDocumentId(TEXT);
const bundle = makeLocalBundle(buildCorpus([{ source: 'mine.txt', text: TEXT }]), id);

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/corpus/index-test.json') return json(fixtureIndex);
      const body = fixtureBodies.find((b) => url === `/corpus/story/${b.id}.json`);
      return body ? json(body) : new Response('missing', { status: 404 });
    }),
  );
});
afterEach(async () => {
  vi.unstubAllGlobals();
  writeCorrections([]);
  await deleteLocalDigest(id);
});

describe('the data layer with this browser’s digests and corrections', () => {
  test('with neither, the index is the built one', async () => {
    expect(await createQueryClient().fetchQuery(corpusIndexQueryOptions())).toEqual(fixtureIndex);
  });

  test('a kept digest joins the index; its story body comes from IndexedDB, not the network', async () => {
    await putLocalDigest({ id, name: 'mine.txt', addedAt: 1, bundle });
    const client = createQueryClient();
    const index = await client.fetchQuery(corpusIndexQueryOptions());
    const local = index.stories.find((s) => s.documentId === id);
    expect(local?.chunk).toBe(`local:${id}/${local?.id}`);
    // Putin and Mariupol are the built corpus's entities: named once, counted for both.
    const putin = index.entities.filter((e) => e.id === 'person:vladimir-putin');
    expect(putin).toHaveLength(1);
    expect(putin[0]?.storyCount).toBe(
      (fixtureIndex.entities.find((e) => e.id === 'person:vladimir-putin')?.storyCount ?? 0) + 1,
    );
    const names = local?.paragraphEntities[0]?.map((i) => index.entities[i]?.id);
    expect(names).toEqual(expect.arrayContaining(['person:vladimir-putin', 'place:mariupol']));
    const body = await client.fetchQuery(storyQueryOptions(local!));
    expect(body).toEqual(bundle.bodies[0]);
    expect(vi.mocked(fetch).mock.calls.map(([url]) => String(url))).toEqual(['/corpus/index-test.json']);
  });

  test('a story of a digest this browser does not keep fails to load', async () => {
    const summary = { id: `${id}--x`, chunk: `local:${id}/${id}--x` };
    await expect(
      createQueryClient().fetchQuery({ ...storyQueryOptions(summary), retry: false }),
    ).rejects.toThrow(/not kept in this browser/);
  });

  test('corrections kept in localStorage apply to the index and to story bodies', async () => {
    writeCorrections([
      { kind: 'rename', entityId: 'person:vladimir-putin', name: 'V. Putin' },
      { kind: 'hide', entityId: 'place:mariupol' },
    ]);
    expect(readCorrections()).toHaveLength(2);
    const client = createQueryClient();
    const index = await client.fetchQuery(corpusIndexQueryOptions());
    expect(index.entities.find((e) => e.id === 'person:vladimir-putin')?.name).toBe('V. Putin');
    expect(index.entities.some((e) => e.id === 'place:mariupol')).toBe(false);
    const body = await client.fetchQuery(storyQueryOptions(azovstal));
    const ids = body.story.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => p.mentions.map((m) => m.entityId)),
    );
    expect(ids).not.toContain('place:mariupol');
    expect(ids).toContain('person:vladimir-putin');
  });

  test('malformed stored corrections are ignored, not fatal', () => {
    localStorage.setItem(
      'digest-explorer:corrections',
      '[{"kind":"hide"},{"kind":"hide","entityId":"place:x"}',
    );
    expect(readCorrections()).toEqual([]);
    localStorage.setItem(
      'digest-explorer:corrections',
      '[{"kind":"hide"},{"kind":"hide","entityId":"place:x"}]',
    );
    expect(readCorrections()).toEqual([{ kind: 'hide', entityId: 'place:x' }]);
  });
});
