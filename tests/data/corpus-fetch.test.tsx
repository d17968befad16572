import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { corpusIndexQueryOptions } from '../../src/data/corpus-index-query-options.ts';
import { createQueryClient } from '../../src/data/create-query-client.ts';
import { FetchError } from '../../src/data/fetch-json.ts';
import { storyQueryOptions } from '../../src/data/story-query-options.ts';
import { azovstal, fixtureBodies, fixtureIndex } from '../app/fixture-corpus.ts';
import { findH1, renderApp } from '../app/render-app.tsx';

vi.mock('../../src/data/corpus-manifest.ts', () => ({
  corpusManifest: { indexUrl: 'corpus/index-test.json', version: 'test-version' },
}));

const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200 });

/** A fetch that serves the fixture corpus, failing the index `failures` times first. */
function corpusFetch(failures = 0) {
  let left = failures;
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === '/corpus/index-test.json') {
      if (left-- > 0) return new Response('down', { status: 503 });
      return json(fixtureIndex);
    }
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
  test('a story URL loads the index and the story body, then renders', async () => {
    vi.stubGlobal('fetch', corpusFetch());
    renderApp(`/story/${azovstal.id}/strategic-goal`, createQueryClient());
    expect((await findH1()).textContent).toBe(azovstal.title);
  });

  test('a failed index load shows the reason and a retry button that works', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', corpusFetch(2)); // the first try and its automatic retry both fail
    renderApp('/', createQueryClient());
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 4000 });
    expect(screen.getByRole('alert').textContent).toMatch(/HTTP 503/);
    await user.click(retry);
    expect(await findH1('Stories')).toBeTruthy();
  });
});
