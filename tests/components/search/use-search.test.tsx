import 'fake-indexeddb/auto';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { useSearch } from '../../../src/components/search/use-search.ts';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { localDocumentId } from '../../../src/core/bundle/local-ids.ts';
import { makeLocalBundle } from '../../../src/core/bundle/make-local-bundle.ts';
import { mergeCorpusIndexes } from '../../../src/core/bundle/merge-corpus-indexes.ts';
import { corpusIndexQueryOptions } from '../../../src/data/corpus-index-query-options.ts';
import { corpusKeys } from '../../../src/data/corpus-keys.ts';
import { createQueryClient } from '../../../src/data/create-query-client.ts';
import { deleteLocalDigest, putLocalDigest } from '../../../src/data/local-digest-store.ts';
import { searchIndexKey } from '../../../src/data/search/search-index-query-options.ts';
import { azovstal, fixtureBodies, fixtureIndex } from '../../app/fixture-corpus.ts';
import { builtSearchFiles } from '../../core/search/built-search-files.ts';

// The manifest is mutable here so each test can point at an index URL of its own: the search client (one per
// page, as in the app) keeps a loaded index per URL.
const manifest = vi.hoisted(() => ({
  indexUrl: 'corpus/index.json',
  version: 'v',
  searchUrl: '',
  slices: false,
}));
vi.mock('../../../src/data/corpus-manifest.ts', () => ({ corpusManifest: manifest }));

const TEXT = 'Geothermal plant opens near Reykjavik\n\nEngineers switched on a geothermal plant on Monday.\n';
const documentId = localDocumentId(TEXT);
const bundle = makeLocalBundle(buildCorpus([{ source: 'mine.txt', text: TEXT }]), documentId);
const localStory = bundle.index.stories[0]!;

let built: ReturnType<typeof builtSearchFiles>;
let served: 'ok' | 'missing';
let counter = 0;
beforeAll(() => {
  built = builtSearchFiles(fixtureIndex, fixtureBodies);
});
beforeEach(() => {
  manifest.searchUrl = `corpus/search-${++counter}.json`;
  served = 'ok';
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const text = served === 'ok' ? built.serve(String(input)) : undefined;
      return text === undefined
        ? new Response('missing', { status: 404 })
        : new Response(text, { status: 200 });
    }),
  );
});
afterEach(async () => {
  manifest.slices = false;
  vi.unstubAllGlobals();
  await deleteLocalDigest(documentId);
});

function renderSearch(client: QueryClient, initial: { query: string; search?: string }) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    ({ query, search }: { query: string; search?: string }) => useSearch(query, search ?? ''),
    {
      wrapper,
      initialProps: initial,
    },
  );
}

function seeded(index = fixtureIndex): QueryClient {
  const client = createQueryClient();
  client.setQueryData(corpusIndexQueryOptions().queryKey, index);
  return client;
}

describe('useSearch through the search worker’s handler (on the main thread: jsdom has no Worker)', () => {
  test('a query without words loads nothing and shows nothing', async () => {
    const { result } = renderSearch(seeded(), { query: '' });
    expect(result.current).toMatchObject({ terms: [], loading: false, results: null, error: null });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('answers a query, keeps the previous answer on screen while the next one is on its way', async () => {
    const client = seeded();
    const { result, rerender } = renderSearch(client, { query: 'mariupol' });
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.results?.hitCount).toBe(3), { timeout: 20_000 });
    expect(result.current.results?.stories.map((found) => 'group' in found && found.group.story.id)).toEqual([
      azovstal.id,
    ]);
    expect(result.current.terms).toEqual(['mariupol']);
    expect(result.current.answered).toBe('mariupol');
    rerender({ query: 'kyiv' });
    // at once: still the old results, with the marks and the query they answer
    expect(result.current.results?.hitCount).toBe(3);
    expect(result.current.terms).toEqual(['mariupol']);
    expect(result.current.answered).toBe('mariupol');
    expect(result.current.loading).toBe(false);
    await waitFor(() => expect(result.current.answered).toBe('kyiv'), { timeout: 20_000 });
    expect(result.current.terms).toEqual(['kyiv']);
    expect(result.current.results?.hitCount).toBeGreaterThan(0);
    // the manifest (the fixture's shards inside it), once for both queries
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(1);
  });

  test('with an entity filter, only paragraphs naming the entity', async () => {
    const { result } = renderSearch(seeded(), { query: 'besie', search: '?person=vladimir-putin&q=x' });
    await waitFor(() => expect(result.current.results).not.toBeNull(), { timeout: 20_000 });
    expect(result.current.results?.hitCount).toBe(1);
  });

  test('in pieces (a build with slices), hits are ranked and filtered in the worker, with no corpus index', async () => {
    manifest.slices = true;
    // no corpus index in the cache, and none served: only the search files are
    const { result, rerender } = renderSearch(createQueryClient(), { query: 'mariupol' });
    await waitFor(() => expect(result.current.results?.hitCount).toBe(3), { timeout: 20_000 });
    const at = fixtureIndex.stories.findIndex((s) => s.id === azovstal.id);
    expect(result.current.results?.stories.map((found) => 'ranked' in found && found.ranked.at)).toEqual([
      at,
    ]);
    expect(result.current.filtered).toBe(false);
    rerender({ query: 'besie', search: '?person=vladimir-putin&q=x' });
    await waitFor(() => expect(result.current.answered).toBe('besie'), { timeout: 20_000 });
    // as the whole index counts it (the test above)
    expect(result.current.results?.hitCount).toBe(1);
    expect(result.current.filtered).toBe(true);
    const urls = vi.mocked(fetch).mock.calls.map(([input]) => String(input));
    expect(urls.some((url) => url.includes('corpus/index'))).toBe(false);
  });

  test('an index that cannot be loaded is an error, not an endless "loading"', async () => {
    served = 'missing';
    const { result } = renderSearch(seeded(), { query: 'kyiv' });
    await waitFor(() => expect(result.current.error).not.toBeNull(), { timeout: 20_000 });
    expect(result.current.error?.message).toMatch(/Could not load .*corpus\/search-\d+\.json \(HTTP 404\)/);
    expect(result.current).toMatchObject({ loading: false, results: null });
  });

  test('a digest kept in this browser is searched; adding or removing one (index invalidated) updates it', async () => {
    const client = seeded();
    const { result } = renderSearch(client, { query: 'geothermal' });
    await waitFor(() => expect(result.current.results).not.toBeNull(), { timeout: 20_000 });
    expect(result.current.results?.hitCount).toBe(0);

    // what /my-digests does: keep it, then invalidate the corpus index (here its merged value is seeded)
    await putLocalDigest({ id: documentId, name: 'mine.txt', addedAt: 1, bundle });
    client.setQueryData(corpusIndexQueryOptions().queryKey, mergeCorpusIndexes(fixtureIndex, [bundle.index]));
    await client.invalidateQueries({ queryKey: corpusKeys.index(), refetchType: 'none' });
    await client.refetchQueries({ queryKey: searchIndexKey() });
    await waitFor(() => expect(result.current.results?.hitCount).toBe(2), { timeout: 20_000 });
    const found = result.current.results?.stories[0];
    const group = found && 'group' in found ? found.group : null;
    expect(group?.story.id).toBe(localStory.id);
    expect(group?.title).toBe(true);
    expect(group?.hits).toEqual([
      { kind: 'paragraph', sectionId: 'lead', paragraphId: localStory.paragraphIds[0] },
    ]);

    await deleteLocalDigest(documentId);
    client.setQueryData(corpusIndexQueryOptions().queryKey, fixtureIndex);
    await client.refetchQueries({ queryKey: searchIndexKey() });
    await waitFor(() => expect(result.current.results?.hitCount).toBe(0), { timeout: 20_000 });
  });
});
