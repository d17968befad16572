import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { routeAssets, type ChunkInfo } from '../../src/build/prerender-assets.ts';
import { withCorpusFetch } from '../../src/build/prerender-fetch.ts';
import { sliceUrl } from '../../src/core/bundle/slices/slice-url.ts';
import { escapeHtml, injectPrerendered, PRERENDERED_NOSCRIPT } from '../../src/build/prerender-html.ts';
import { PRERENDER_LOADER } from '../../src/build/prerender-loader.ts';
import { previewHtmlFile, SHELL_FILE } from '../../src/build/prerender-preview.ts';
import { isFileSafe, planPrerender, prerenderFile } from '../../src/build/prerender-routes.ts';
import { forEachLimited } from '../../src/build/prerender-site.ts';
import type { CorpusIndex } from '../../src/core/schema.ts';
import { fixtureIndex } from '../app/fixture-corpus.ts';

const INDEX = 'corpus/index-v1.json';

describe('planPrerender', () => {
  const sectionCount = fixtureIndex.stories.reduce((n, s) => n + s.sections.length, 0);
  const all = 4 + fixtureIndex.stories.length + sectionCount + fixtureIndex.entities.length;

  it('lists home, the top-level pages, stories, sections and entities, each with the data its loader fetches', () => {
    const { routes, skipped } = planPrerender(fixtureIndex, INDEX, 10_000);
    expect(skipped).toEqual({ 'first stories': 0, stories: 0, sections: 0, entities: 0 });
    expect(routes).toHaveLength(all);
    const paths = routes.map((r) => r.path);
    expect(paths.slice(0, 4)).toEqual(['/', '/entities', '/insights', '/search']);
    const storyCount = fixtureIndex.stories.length;
    expect(paths.slice(4, 4 + storyCount)).toEqual(fixtureIndex.stories.map((s) => `/story/${s.id}`));
    const story = fixtureIndex.stories[0]!;
    expect(paths[4 + storyCount]).toBe(`/story/${story.id}/${story.sections[0]!.id}`);
    expect(paths).toContain('/entity/person/vladimir-putin');
    const route = routes.find((r) => r.path === `/story/${story.id}`)!;
    // without slices (a small corpus) every page preloads the whole index
    expect(route.data).toEqual([INDEX, story.chunk]);
    expect(routes[0]!.data).toEqual([INDEX]);
    // with slices `/` and stories preload theirs, never the whole index; the other pages the whole index
    const sliced = planPrerender(fixtureIndex, INDEX, 10_000, true).routes;
    const slicedStory = sliced.find((r) => r.path === `/story/${story.id}`)!;
    const v = fixtureIndex.version;
    expect(slicedStory.data).toEqual([
      sliceUrl.story(v, story.id),
      sliceUrl.digest(v, story.documentId),
      sliceUrl.facets(v),
      story.chunk,
    ]);
    expect(route.module).toBe('src/routes/story-route.tsx');
    expect(route.description).toBe(story.firstSentence);
    expect(sliced[0]).toMatchObject({
      module: null,
      data: [sliceUrl.home(v, 1), sliceUrl.facets(v)],
      description: null,
    });
    expect(sliced[1]).toMatchObject({ path: '/entities', data: [INDEX] });
  });

  it('renders the first story of every digest before any other story', () => {
    // two digests of the fixture's stories: a-1, a-2, … then b-1, b-2, …
    const digest = (doc: string) =>
      fixtureIndex.stories.map((story) => ({ ...story, id: `${doc}-${story.id}`, documentId: doc }));
    const index: CorpusIndex = { ...fixtureIndex, stories: [...digest('a'), ...digest('b')] };
    const [a, b] = [index.stories[0]!, index.stories[fixtureIndex.stories.length]!];
    const others = index.stories.filter((story) => story !== a && story !== b);
    expect(others.length).toBeGreaterThan(0);
    const { routes, skipped } = planPrerender(index, INDEX, 4 + 2);
    expect(routes.slice(4).map((r) => r.path)).toEqual([`/story/${a.id}`, `/story/${b.id}`]);
    expect(skipped).toMatchObject({ 'first stories': 0, stories: others.length });
    expect(planPrerender(index, INDEX, 5).skipped['first stories']).toBe(1);
    const all = planPrerender(index, INDEX, 10_000).routes.map((r) => r.path);
    expect(all.slice(6, 6 + others.length)).toEqual(others.map((s) => `/story/${s.id}`));
  });

  it('stops at the page budget, stories before sections before entities, and counts what it left', () => {
    const budget = 4 + fixtureIndex.stories.length + 1;
    const { routes, skipped } = planPrerender(fixtureIndex, INDEX, budget);
    expect(routes).toHaveLength(budget);
    expect(skipped).toEqual({
      'first stories': 0,
      stories: 0,
      sections: sectionCount - 1,
      entities: fixtureIndex.entities.length,
    });
    expect(planPrerender(fixtureIndex, INDEX, 5).skipped.stories).toBe(fixtureIndex.stories.length - 1);
    expect(planPrerender(fixtureIndex, INDEX, 0).routes).toEqual([]);
  });

  it('percent-encodes ids of any script and leaves ids that cannot be a file name to the app shell', () => {
    const base = fixtureIndex.stories[0]!;
    const index: CorpusIndex = {
      ...fixtureIndex,
      stories: [
        { ...base, id: 'мариуполь', sections: [{ ...base.sections[0]!, id: '..' }] },
        { ...base, id: '..' },
        { ...base, id: 'a/b' },
      ],
      entities: [],
    };
    const paths = planPrerender(index, INDEX, 100).routes.map((r) => r.path);
    expect(paths.slice(4)).toEqual([`/story/${encodeURIComponent('мариуполь')}`]);
  });
});

describe('prerenderFile', () => {
  it('maps a path to its folder index, decoded', () => {
    expect(prerenderFile('/')).toBe('index.html');
    expect(prerenderFile('/story/x')).toBe('story/x/index.html');
    expect(prerenderFile('/story/x/lead')).toBe('story/x/lead/index.html');
    expect(prerenderFile(`/story/${encodeURIComponent('мир')}`)).toBe('story/мир/index.html');
  });

  it('refuses a path that would leave its folder', () => {
    expect(() => prerenderFile('/story/%2E%2E/x')).toThrow(/not a path/);
    expect(() => prerenderFile('/story/a%2Fb')).toThrow(/not a path/);
    expect(isFileSafe('a-b')).toBe(true);
    expect(isFileSafe('a\\b')).toBe(false);
  });
});

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="Default."
    />
    <title>Digest Explorer</title>
    <script type="module" crossorigin src="/assets/index-a1.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('injectPrerendered', () => {
  const page = {
    html: '<h1>Hi</h1>',
    marker: '/story/x',
    title: 'A & B — Digest Explorer',
    description: 'He said "no" <b>.',
    modules: ['/assets/story-route.js'],
    stylesheets: ['/assets/story-route.css'],
    data: ['/corpus/index-v1.json'],
  };

  it('puts the markup, marker, title, description and stylesheet in the shell', () => {
    const html = injectPrerendered(SHELL, page);
    expect(html).toContain('<div id="root" data-prerendered="/story/x"><h1>Hi</h1></div>');
    expect(html).toContain('<title>A &#38; B — Digest Explorer</title>');
    expect(html).toContain('<meta name="description" content="He said &#34;no&#34; &#60;b&#62;." />');
    expect(html).not.toContain('Default.');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/story-route.css">');
    expect(html.indexOf('rel="stylesheet"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('starts scripts and data from the loader, after the first paint, not from the head', () => {
    const html = injectPrerendered(SHELL, { ...page, modules: ['/assets/a.js', '/assets/b.js'] });
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain(
      '<script data-entry="/assets/index-a1.js" data-modules="/assets/a.js /assets/b.js" ' +
        `data-fetch="/corpus/index-v1.json">${PRERENDER_LOADER}</script>`,
    );
  });

  it('leaves out the loader attributes a page has nothing for', () => {
    const html = injectPrerendered(SHELL, { ...page, modules: [], data: [] });
    expect(html).toContain(`<script data-entry="/assets/index-a1.js">${PRERENDER_LOADER}</script>`);
  });

  it('refuses a URL with a space, which the loader would split', () => {
    expect(() => injectPrerendered(SHELL, { ...page, data: ['/corpus/a b.json'] })).toThrow(/space/);
  });

  it('fails loudly on a shell without the entry script it defers', () => {
    const noEntry = SHELL.replace(/<script[^\n]*<\/script>/, '');
    expect(() => injectPrerendered(noEntry, page)).toThrow(/entry/);
  });

  it('keeps the shell as it is for the app shell, apart from the links', () => {
    const html = injectPrerendered(SHELL, {
      ...page,
      html: '',
      marker: null,
      title: null,
      description: null,
      modules: [],
      stylesheets: [],
    });
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<title>Digest Explorer</title>');
    expect(html).toContain('content="Default."');
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-a1.js"></script>');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/corpus/index-v1.json">');
    expect(html).not.toContain(PRERENDER_LOADER);
  });

  it("puts the page's note in place of the shell's noscript, which the shell keeps", () => {
    const withNote = SHELL.replace(
      '<div id="root">',
      '<noscript><p class="noscript-note">This page needs JavaScript.</p></noscript>\n    <div id="root">',
    );
    const html = injectPrerendered(withNote, page);
    expect(html).toContain(PRERENDERED_NOSCRIPT);
    expect(html).not.toContain('This page needs JavaScript');
    const shell = injectPrerendered(withNote, { ...page, html: '', marker: null });
    expect(shell).toContain('This page needs JavaScript.');
    expect(shell).not.toContain(PRERENDERED_NOSCRIPT);
  });

  it('does not read `$` in the rendered markup as a replacement pattern', () => {
    expect(injectPrerendered(SHELL, { ...page, html: "<p>$& $' $1</p>" })).toContain("<p>$& $' $1</p>");
  });

  it('fails loudly on a shell without an empty root', () => {
    expect(() => injectPrerendered(SHELL.replace('<div id="root"></div>', ''), page)).toThrow(/root/);
  });

  it('escapes every character that could end an attribute or start a tag', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});

describe('routeAssets', () => {
  const chunk = (
    fileName: string,
    imports: string[],
    css: string[] = [],
    extra: Partial<ChunkInfo> = {},
  ) => ({
    fileName,
    isEntry: false,
    facadeModuleId: null,
    imports,
    viteMetadata: { importedCss: new Set(css) },
    ...extra,
  });
  const chunks: ChunkInfo[] = [
    chunk('assets/index.js', ['assets/react.js'], ['assets/index.css'], {
      isEntry: true,
      facadeModuleId: '/p/src/app/main.tsx',
    }),
    chunk('assets/react.js', []),
    chunk('assets/story.js', ['assets/react.js', 'assets/panel.js'], ['assets/story.css'], {
      facadeModuleId: '/p/src/routes/story-route.tsx',
    }),
    chunk('assets/panel.js', ['assets/react.js'], ['assets/panel.css', 'assets/index.css']),
  ];

  it('gives the lazy chunk, its static imports and their CSS, minus what the entry loads', () => {
    expect(routeAssets(chunks, 'src/routes/story-route.tsx', '/sub/')).toEqual({
      modules: ['/sub/assets/story.js', '/sub/assets/panel.js'],
      stylesheets: ['/sub/assets/story.css', '/sub/assets/panel.css'],
    });
  });

  it('gives nothing for a route in the entry and fails for a module no chunk is built from', () => {
    expect(routeAssets(chunks, null, '/')).toEqual({ modules: [], stylesheets: [] });
    expect(() => routeAssets(chunks, 'src/routes/nope.tsx', '/')).toThrow(/nope/);
  });
});

describe('previewHtmlFile', () => {
  const files = new Set(['index.html', 'story/x/index.html', 'story/мир/index.html']);
  const exists = (file: string) => files.has(file);

  it('serves a rendered page for its own path only, and the shell for everything else', () => {
    expect(previewHtmlFile('/', '/', exists)).toBe('index.html');
    expect(previewHtmlFile('/story/x', '/', exists)).toBe('story/x/index.html');
    expect(previewHtmlFile('/story/x/', '/', exists)).toBe('story/x/index.html');
    expect(previewHtmlFile(`/story/${encodeURIComponent('мир')}`, '/', exists)).toBe('story/мир/index.html');
    expect(previewHtmlFile('/story/y', '/', exists)).toBe(SHELL_FILE);
    expect(previewHtmlFile('/my-digests', '/', exists)).toBe(SHELL_FILE);
    expect(previewHtmlFile('/story/a%2Fb', '/', exists)).toBe(SHELL_FILE);
  });

  it("serves a query string its path's page, as a static host does: never an empty page without JavaScript", () => {
    expect(previewHtmlFile('/?person=x', '/', exists)).toBe('index.html');
    expect(previewHtmlFile('/story/x?q=a', '/', exists)).toBe('story/x/index.html');
    expect(previewHtmlFile('/story/y?q=a', '/', exists)).toBe(SHELL_FILE);
    expect(previewHtmlFile('/story/x#p-3', '/', exists)).toBe('story/x/index.html');
  });

  it('leaves files, malformed escapes and URLs outside the base to the static server', () => {
    expect(previewHtmlFile('/assets/index.js', '/', exists)).toBeNull();
    expect(previewHtmlFile('/robots.txt', '/', exists)).toBeNull();
    expect(previewHtmlFile('/story/%E0%A4%A', '/', exists)).toBeNull();
    expect(previewHtmlFile('/other/', '/sub/', exists)).toBeNull();
    expect(previewHtmlFile('/sub/story/x', '/sub/', exists)).toBe('story/x/index.html');
    expect(previewHtmlFile('/sub/', '/sub/', exists)).toBe('index.html');
  });
});

describe('forEachLimited', () => {
  it('runs every item with at most `limit` at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n % 3));
      done.push(n);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('stops starting tasks after a failure and throws it', async () => {
    const started: number[] = [];
    const run = forEachLimited([1, 2, 3, 4, 5], 1, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('two');
    });
    await expect(run).rejects.toThrow('two');
    expect(started).toEqual([1, 2]);
  });
});

describe('withCorpusFetch', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers corpus URLs from the built folder, only during the task, and restores fetch', async () => {
    dir = await mkdtemp(join(tmpdir(), 'prerender-fetch-'));
    await mkdir(join(dir, 'corpus'));
    await writeFile(join(dir, 'corpus', 'index-v1.json'), '{"ok":true}');
    await mkdir(join(dir, 'corpus', 'slice-v1'));
    await writeFile(join(dir, 'corpus', 'slice-v1', 'home-1.json'), '{"slice":1}');
    const realFetch = globalThis.fetch;
    const result = await withCorpusFetch(dir, '/sub/', async () => {
      const found = await fetch('/sub/corpus/index-v1.json');
      const slice = await fetch('/sub/corpus/slice-v1/home-1.json');
      const missing = await fetch('/sub/corpus/nope.json');
      const statuses = await Promise.all(
        [
          '..%2Fsecret.json',
          'slice-v1/../../secret.json',
          '../secret.json',
          'a/b/c.json',
          '.hidden/x.json',
        ].map(async (name) => (await fetch(`/sub/corpus/${name}`)).status),
      );
      return {
        json: (await found.json()) as unknown,
        slice: (await slice.json()) as unknown,
        missing: missing.status,
        statuses,
      };
    });
    expect(result).toEqual({
      json: { ok: true },
      slice: { slice: 1 },
      missing: 404,
      statuses: [400, 400, 400, 400, 400],
    });
    expect(globalThis.fetch).toBe(realFetch);
    await expect(
      withCorpusFetch(dir, '/', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(globalThis.fetch).toBe(realFetch);
  });
});
