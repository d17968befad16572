import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { sliceFiles } from '../../src/core/bundle/slices/slice-files.ts';
import { entitySliceUrl } from '../../src/core/bundle/slices/entity-slice-url.ts';
import { sliceUrl } from '../../src/core/bundle/slices/slice-url.ts';
import { narrowIndex } from '../../src/core/query/narrow-index.ts';
import { parseEntityFilter } from '../../src/core/query/parse-entity-filter.ts';
import { corpusIndexQueryOptions } from '../../src/data/corpus-index-query-options.ts';
import { createQueryClient } from '../../src/data/create-query-client.ts';
import { FetchError } from '../../src/data/fetch-json.ts';
import { storyQueryOptions } from '../../src/data/story-query-options.ts';
import { azovstal, fixtureBodies, fixtureIndex } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index-test.json', version: 'test-version', slices: true },
}));

const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200 });

/** The fixture corpus's slices as the build writes them, by URL. */
const slices = new Map([...sliceFiles(fixtureIndex)].map(([name, text]) => [`/${name}`, text]));

/**
 * A fetch that serves the fixture corpus (index, slices, bodies), failing the files `failing` matches
 * `failures` times first.
 */
function corpusFetch(failures = 0, failing = /^\/corpus\/(index-test|slice-[^/]+\/home-1)\.json$/) {
  let left = failures;
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (failing.test(url) && left-- > 0) return new Response('down', { status: 503 });
    if (url === '/corpus/index-test.json') return json(fixtureIndex);
    const slice = slices.get(url);
    if (slice !== undefined) return new Response(slice, { status: 200 });
    const body = fixtureBodies.find((b) => url === `/corpus/story/${b.id}.json`);
    return body ? json(body) : new Response('missing', { status: 404 });
  });
}

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.scrollTo = vi.fn();
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('corpus query options', () => {
  test('keys run from general to specific', () => {
    expect(corpusIndexQueryOptions().queryKey).toEqual(['corpus', 'test-version', 'index']);
    expect(storyQueryOptions(azovstal).queryKey).toEqual(['corpus', 'test-version', 'story', azovstal.id]);
  });

  test('the index and a story body are fetched relative to the base URL', async () => {
    const fetch = corpusFetch();
    vi.stubGlobal('fetch', fetch);
    const client = createQueryClient();
    expect(await client.fetchQuery(corpusIndexQueryOptions())).toEqual(fixtureIndex);
    const body = await client.fetchQuery(storyQueryOptions(azovstal));
    expect(body.story.title).toBe(azovstal.title);
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      '/corpus/index-test.json',
      `/corpus/story/${azovstal.id}.json`,
    ]);
  });

  test('an HTTP error becomes a FetchError; JSON of the wrong shape is refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('x', { status: 500 })),
    );
    const client = createQueryClient();
    await expect(client.fetchQuery({ ...corpusIndexQueryOptions(), retry: false })).rejects.toBeInstanceOf(
      FetchError,
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ hello: 'world' })),
    );
    await expect(client.fetchQuery({ ...corpusIndexQueryOptions(), retry: false })).rejects.toThrow(
      /not in the expected format/,
    );
  });
});

describe('loading the app over the network', () => {
  test('a story URL loads its digest’s slice and the story body, not the whole index, then renders', async () => {
    const fetch = corpusFetch();
    vi.stubGlobal('fetch', fetch);
    renderApp(`/story/${azovstal.id}/strategic-goal`, createQueryClient());
    expect((await findH1()).textContent).toBe(azovstal.title);
    const urls = fetch.mock.calls.map(([url]) => String(url));
    expect(urls).toContain(`/${sliceUrl.story('test-version', azovstal.id)}`);
    expect(urls).toContain(`/${sliceUrl.digest('test-version', azovstal.documentId)}`);
    expect(urls).not.toContain('/corpus/index-test.json');
  });

  test('a story URL filtered by a place it names loads that place’s slice, not the whole index', async () => {
    const fetch = corpusFetch();
    vi.stubGlobal('fetch', fetch);
    renderApp(`/story/${azovstal.id}?place=mariupol`, createQueryClient());
    expect((await findH1()).textContent).toBe(azovstal.title);
    const urls = fetch.mock.calls.map(([url]) => String(url));
    expect(urls).toContain(`/${entitySliceUrl('test-version', 'place:mariupol')}`);
    expect(urls).not.toContain('/corpus/index-test.json');
  });

  test('a story URL filtered by two places loads the whole index', async () => {
    const fetch = corpusFetch();
    vi.stubGlobal('fetch', fetch);
    renderApp(`/story/${azovstal.id}?place=mariupol&place=russia`, createQueryClient());
    expect((await findH1()).textContent).toBe(azovstal.title);
    expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/corpus/index-test.json');
  });

  test.each(['person=vladimir-putin', 'place=russia'])(
    '/?%s renders its stories and the whole index’s counts from the entity’s slice alone',
    async (search) => {
      const fetch = corpusFetch();
      vi.stubGlobal('fetch', fetch);
      renderApp(`/?${search}`, createQueryClient());
      const { filter } = parseEntityFilter(new URLSearchParams(search), fixtureIndex);
      const whole = narrowIndex(fixtureIndex, filter);
      const shown = whole.index.stories.length;
      const hidden = whole.hiddenStories;
      const status = await screen.findByText(/hidden by the filter/);
      expect(status.textContent).toMatch(
        new RegExp(`^${shown} stor(y|ies) with \\d+ matching paragraphs?; ${hidden} stor(y|ies) hidden`),
      );
      expect(hidden).toBeGreaterThan(0);
      for (const story of whole.index.stories)
        expect(screen.getAllByText(story.title).length).toBeGreaterThan(0);
      expect(fetch.mock.calls.map(([url]) => String(url))).not.toContain('/corpus/index-test.json');
    },
  );

  test('an unknown story is a 404 from its missing pointer file', async () => {
    vi.stubGlobal('fetch', corpusFetch());
    renderApp('/story/no-such-story', createQueryClient());
    expect(await screen.findByRole('heading', { level: 1, name: /not found|no story/i })).toBeTruthy();
  });

  test('a failed slice load shows the reason and a retry button that works', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', corpusFetch(2)); // the first try and its automatic retry both fail
    renderApp('/', createQueryClient());
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 20_000 });
    expect(screen.getByRole('alert').textContent).toMatch(/HTTP 503/);
    await user.click(retry);
    expect(await findH1('Stories')).toBeTruthy();
  });
});
