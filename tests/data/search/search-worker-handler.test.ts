import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { localDocumentId } from '../../../src/core/bundle/local-ids.ts';
import { makeLocalBundle } from '../../../src/core/bundle/make-local-bundle.ts';
import { mergeCorpusIndexes } from '../../../src/core/bundle/merge-corpus-indexes.ts';
import { groupHits } from '../../../src/core/search/group-hits.ts';
import { resolveSearchHits } from '../../../src/core/search/resolve-search-hits.ts';
import type { StoryBody } from '../../../src/core/schema.ts';
import { createSearchClient } from '../../../src/data/search/search-client.ts';
import {
  createSearchWorkerHandler,
  type SearchWorkerDeps,
} from '../../../src/data/search/search-worker-handler.ts';
import type {
  SearchWorkerRequest,
  SearchWorkerResponse,
} from '../../../src/data/search/search-worker-protocol.ts';
import { azovstal, fixtureBodies, fixtureIndex } from '../../app/fixture-corpus.ts';
import { builtSearchFiles } from '../../core/search/built-search-files.ts';

const URL_ = 'http://test/corpus/search.json';
const TEXT = 'Geothermal plant opens near Reykjavik\n\nEngineers switched on a geothermal plant on Monday.\n';
const documentId = localDocumentId(TEXT);
const bundle = makeLocalBundle(buildCorpus([{ source: 'mine.txt', text: TEXT }]), documentId);

let built: ReturnType<typeof builtSearchFiles>;
beforeAll(() => {
  built = builtSearchFiles(fixtureIndex, fixtureBodies);
});

/** The built search file at `url`, as `fetchText` gives it. */
const serve = async (url: string): Promise<string> => {
  const text = built.serve(url);
  if (text === undefined) throw new Error(`Could not load ${url} (HTTP 404)`);
  return text;
};

/** How many times `fetchText` was asked for the manifest (not a shard). */
const manifestFetches = (fetchText: SearchWorkerDeps['fetchText']): number =>
  vi.mocked(fetchText).mock.calls.filter(([url]) => built.isManifest(url)).length;

/** A handler with test surroundings; every answer is recorded, with what it transferred. */
function setup(overrides: Partial<SearchWorkerDeps> = {}, locals: StoryBody[] = []) {
  const answers: { response: SearchWorkerResponse; transfer: Transferable[] }[] = [];
  const deps: SearchWorkerDeps = {
    fetchText: vi.fn(serve),
    listLocalBodies: vi.fn(async () => locals),
    defer: (task) => void setTimeout(task, 0),
    ...overrides,
  };
  const handle = createSearchWorkerHandler(deps, (response, transfer) =>
    answers.push({ response, transfer }),
  );
  /** Waits for the answer to request `id`. */
  const answer = (id: number) =>
    vi.waitUntil(() => answers.find((a) => a.response.id === id)?.response, { timeout: 20_000 });
  /** The ids of the searches answered with hits (the ones that ran). */
  const searched = () => answers.flatMap(({ response }) => (response.type === 'hits' ? [response.id] : []));
  return { handle, answers, answer, searched, deps };
}

describe('search worker handler', () => {
  test('loads the manifest once, answers a search with the ids and scores the index gives', async () => {
    const { handle, answer, answers, deps } = setup();
    handle({ type: 'load', id: 1, url: URL_ });
    const loaded = await answer(1);
    const engine = built.engine();
    expect(loaded).toEqual({
      type: 'loaded',
      id: 1,
      documentCount: engine.documentCount,
      localCount: 0,
      stories: built.manifest.stories,
    });
    expect(built.manifest.stories?.files.length).toBeGreaterThan(0);
    handle({ type: 'search', id: 2, query: 'mariupol' });
    const hits = await answer(2);
    if (hits.type !== 'hits') throw new Error(`expected hits, got ${hits.type}`);
    const expected = await engine.search('mariupol');
    expect(hits.ids).toEqual(expected.map((h) => h.id));
    expect([...hits.scores]).toEqual(expected.map((h) => h.score));
    // the scores' buffer is moved to the page, not copied
    expect(answers.find((a) => a.response.id === 2)?.transfer).toEqual([hits.scores.buffer]);
    handle({ type: 'load', id: 3, url: URL_ });
    await answer(3);
    expect(manifestFetches(deps.fetchText)).toBe(1);
    // the fixture's index is small enough to come inside its manifest: one request, as one file was before
    expect(vi.mocked(deps.fetchText).mock.calls.map(([url]) => url)).toEqual([URL_]);
    expect(deps.listLocalBodies).toHaveBeenCalledTimes(2);
  });

  test('a search cancelled before its turn never runs; only the ones still wanted do', async () => {
    const { handle, answer, searched } = setup();
    handle({ type: 'load', id: 1, url: URL_ });
    // three keystrokes while the index loads; the page cancels the first two
    handle({ type: 'search', id: 2, query: 'mar' });
    handle({ type: 'search', id: 3, query: 'mari' });
    handle({ type: 'cancel', id: 2 });
    handle({ type: 'search', id: 4, query: 'mariu' });
    handle({ type: 'cancel', id: 3 });
    expect(await answer(2)).toEqual({ type: 'cancelled', id: 2 });
    expect(await answer(3)).toEqual({ type: 'cancelled', id: 3 });
    expect((await answer(4)).type).toBe('hits');
    expect(searched()).toEqual([4]);
    // cancelling one already answered changes nothing
    handle({ type: 'cancel', id: 4 });
    await new Promise((r) => setTimeout(r, 10));
    expect(searched()).toEqual([4]);
  });

  test('a failed load is reported to the load and to the searches waiting on it, and the next load retries', async () => {
    let fail = true;
    const fetchText = vi.fn(async (url: string) => {
      if (fail) throw new Error('Could not load corpus/search.json (HTTP 503)');
      return serve(url);
    });
    const { handle, answer } = setup({ fetchText });
    handle({ type: 'load', id: 1, url: URL_ });
    handle({ type: 'search', id: 2, query: 'kyiv' });
    expect(await answer(1)).toEqual({
      type: 'error',
      id: 1,
      message: 'Could not load corpus/search.json (HTTP 503)',
    });
    expect(await answer(2)).toMatchObject({ type: 'error', id: 2 });
    fail = false;
    handle({ type: 'load', id: 3, url: URL_ });
    expect((await answer(3)).type).toBe('loaded');
    handle({ type: 'search', id: 4, query: 'kyiv' });
    expect((await answer(4)).type).toBe('hits');
    expect(manifestFetches(fetchText)).toBe(2);
  });

  test('a search before any load is an error, not a hang', async () => {
    const { handle, answer } = setup();
    handle({ type: 'search', id: 1, query: 'kyiv' });
    expect(await answer(1)).toMatchObject({ type: 'error', id: 1 });
  });

  test("the reader's own digests are indexed: their hits name the story, and place in the merged index", async () => {
    const locals = [...bundle.bodies];
    const { handle, answer } = setup({}, locals);
    handle({ type: 'load', id: 1, url: URL_ });
    const loaded = await answer(1);
    expect(loaded).toMatchObject({ type: 'loaded' });
    if (loaded.type === 'loaded') expect(loaded.localCount).toBeGreaterThan(0);
    handle({ type: 'search', id: 2, query: 'geothermal' });
    const hits = await answer(2);
    if (hits.type !== 'hits') throw new Error(`expected hits, got ${hits.type}`);
    const story = bundle.index.stories[0]!;
    expect(hits.ids.length).toBeGreaterThan(0);
    expect(hits.ids.every((id) => id.startsWith(`${story.id}@`))).toBe(true);

    const merged = mergeCorpusIndexes(fixtureIndex, [bundle.index]);
    const raw = hits.ids.map((id, i) => ({ id, score: hits.scores[i] ?? 0 }));
    const grouped = groupHits(merged, resolveSearchHits(merged, raw), null);
    expect(grouped.groups.map((g) => g.story.id)).toEqual([story.id]);
    expect(grouped.groups[0]?.title).toBe(true);
    expect(grouped.groups[0]?.hits).toEqual([
      { kind: 'paragraph', sectionId: 'lead', paragraphId: story.paragraphIds[0] },
    ]);
    // against an index without the digest (removed meanwhile), its hits are dropped
    expect(groupHits(fixtureIndex, resolveSearchHits(fixtureIndex, raw), null).groups).toEqual([]);

    // the digest removed: the next load re-indexes without it
    locals.length = 0;
    handle({ type: 'load', id: 3, url: URL_ });
    expect(await answer(3)).toMatchObject({ type: 'loaded', localCount: 0 });
    handle({ type: 'search', id: 4, query: 'geothermal' });
    expect(await answer(4)).toMatchObject({ type: 'hits', ids: [] });
  });

  test('built and local hits come back as one list, best first', async () => {
    const mariupolText = 'Shelling in Mariupol\n\nMariupol was shelled again, Mariupol officials said.\n';
    const id = localDocumentId(mariupolText);
    const local = makeLocalBundle(buildCorpus([{ source: 'm.txt', text: mariupolText }]), id);
    const { handle, answer } = setup({}, local.bodies);
    handle({ type: 'load', id: 1, url: URL_ });
    await answer(1);
    handle({ type: 'search', id: 2, query: 'mariupol' });
    const hits = await answer(2);
    if (hits.type !== 'hits') throw new Error(`expected hits, got ${hits.type}`);
    expect(hits.ids.some((h) => h.includes('@'))).toBe(true);
    expect(hits.ids.some((h) => !h.includes('@'))).toBe(true);
    const scores = [...hits.scores];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const merged = mergeCorpusIndexes(fixtureIndex, [local.index]);
    const stories = groupHits(
      merged,
      resolveSearchHits(
        merged,
        hits.ids.map((h, i) => ({ id: h, score: scores[i] ?? 0 })),
      ),
      null,
    ).groups.map((g) => g.story.id);
    expect(stories).toEqual(expect.arrayContaining([azovstal.id, local.index.stories[0]!.id]));
  });
});

describe('search client', () => {
  /** A client over the handler with messages passed in later tasks, as between threads. */
  function connect(deps: Partial<SearchWorkerDeps> = {}) {
    const sent: SearchWorkerRequest[] = [];
    const { deps: full } = setup(deps);
    let breakChannel: (error: Error) => void = () => {};
    const client = createSearchClient((receive, fail) => {
      breakChannel = fail;
      const handle = createSearchWorkerHandler(full, (response) => setTimeout(() => receive(response), 0));
      return {
        send: (request) => {
          sent.push(request);
          setTimeout(() => handle(request), 0);
        },
      };
    });
    return { client, sent, breakChannel: (error: Error) => breakChannel(error) };
  }

  test('loads, searches, and gives hits as {id, score}', async () => {
    const { client } = connect();
    const engine = built.engine();
    expect(await client.load(URL_)).toEqual({
      documentCount: engine.documentCount,
      localCount: 0,
      stories: built.manifest.stories,
    });
    expect(await client.search('kyiv')).toEqual(await engine.search('kyiv'));
  });

  test('aborting a search rejects it at once with an AbortError and tells the worker', async () => {
    const { client, sent } = connect();
    await client.load(URL_);
    const controller = new AbortController();
    const stale = client.search('mari', controller.signal);
    controller.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    const latest = await client.search('mariu');
    expect(latest.length).toBeGreaterThan(0);
    const staleId = sent.find((r) => r.type === 'search' && r.query === 'mari')?.id;
    expect(sent).toContainEqual({ type: 'cancel', id: staleId });
    // an already aborted signal sends nothing
    const before = sent.length;
    await expect(client.search('x', AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent.length).toBe(before);
  });

  test('errors reach the caller: a failed load, and a broken channel fails what is pending', async () => {
    const { client, breakChannel } = connect({
      fetchText: async () => {
        throw new Error('Could not load corpus/search.json (HTTP 404)');
      },
    });
    await expect(client.load(URL_)).rejects.toThrow('Could not load corpus/search.json (HTTP 404)');
    const pending = client.search('kyiv');
    breakChannel(new Error('The search worker stopped: boom'));
    await expect(pending).rejects.toThrow('The search worker stopped: boom');
    // and what is asked afterwards fails at once instead of waiting for a worker that is gone
    await expect(client.search('kyiv')).rejects.toThrow('The search worker stopped: boom');
  });
});
