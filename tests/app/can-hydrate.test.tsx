import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter } from 'react-router';
import { canHydrate, routerReady } from '../../src/app/can-hydrate.ts';
import { createAppRoutes } from '../../src/app/create-app-routes.tsx';
import { corpusIndexQueryOptions } from '../../src/data/corpus-index-query-options.ts';
import { fixtureIndex } from './fixture-corpus.ts';
import { seededQueryClient } from './render-app.tsx';

const CORRECTIONS_KEY = 'digest-explorer:corrections';

afterEach(() => localStorage.clear());

describe('canHydrate', () => {
  it('hydrates once the loaders are done, for a reader with nothing of their own', async () => {
    const queryClient = seededQueryClient();
    const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: ['/'] });
    expect(await canHydrate(router, queryClient)).toBe(true);
    expect(router.state.initialized).toBe(true);
  });

  it('renders afresh when this browser keeps corrections (the page differs from the build)', async () => {
    localStorage.setItem(
      CORRECTIONS_KEY,
      JSON.stringify([{ kind: 'hide', entityId: 'person:vladimir-putin' }]),
    );
    const queryClient = seededQueryClient();
    const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: ['/'] });
    expect(await canHydrate(router, queryClient)).toBe(false);
  });

  it('renders afresh when digests read in this browser joined the index', async () => {
    const queryClient = seededQueryClient();
    const local = {
      ...fixtureIndex.stories[0]!,
      id: 'local-0123456789ab--x',
      chunk: 'local:local-0123456789ab/x',
    };
    queryClient.setQueryData(corpusIndexQueryOptions().queryKey, {
      ...fixtureIndex,
      stories: [...fixtureIndex.stories, local],
    });
    const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: ['/'] });
    expect(await canHydrate(router, queryClient)).toBe(false);
  });

  it('renders afresh when a loader failed (the page shows an error the build never rendered)', async () => {
    const queryClient = seededQueryClient();
    const router = createMemoryRouter(createAppRoutes(queryClient), {
      initialEntries: ['/story/no-such-story'],
    });
    expect(await canHydrate(router, queryClient)).toBe(false);
  });
});

describe('routerReady', () => {
  it('resolves at once for a router already initialized', async () => {
    const queryClient = seededQueryClient();
    const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: ['/'] });
    await routerReady(router);
    await expect(routerReady(router)).resolves.toBeUndefined();
  });
});
