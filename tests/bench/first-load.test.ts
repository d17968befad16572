import { describe, expect, it } from 'vitest';
import { htmlAssets } from '../../bench/html-first-load.ts';
import { routeFiles } from '../../bench/route-first-load.ts';
import type { Manifest } from '../../bench/route-first-load.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    imports: ['_shared-b.js'],
    css: ['assets/index-a.css'],
  },
  '_shared-b.js': { file: 'assets/shared-b.js' },
  '_pages-c.css': { file: 'assets/pages-c.css' },
  'src/routes/story-route.tsx': {
    file: 'assets/story-route-d.js',
    imports: ['index.html', '_shared-b.js', '_mentions-e.js'],
    css: ['assets/story-route-d.css'],
  },
  '_mentions-e.js': { file: 'assets/mentions-e.js', imports: ['_pages-c.css'] },
};

describe('routeFiles', () => {
  it.each<[string, string[], { js: string[]; css: string[] }]>([
    [
      'the entry and its static imports, imports first',
      ['index.html'],
      { js: ['assets/shared-b.js', 'assets/index-a.js'], css: ['assets/index-a.css'] },
    ],
    [
      'a lazy route adds its chunk, its imports and its CSS, each file once',
      ['index.html', 'src/routes/story-route.tsx'],
      {
        js: ['assets/shared-b.js', 'assets/index-a.js', 'assets/mentions-e.js', 'assets/story-route-d.js'],
        css: ['assets/index-a.css', 'assets/pages-c.css', 'assets/story-route-d.css'],
      },
    ],
  ])('%s', (_label, entries, expected) => {
    expect(routeFiles(manifest, entries)).toEqual(expected);
  });

  it('counts the one shared stylesheet of a build without CSS code splitting', () => {
    const unsplit: Manifest = {
      'index.html': { file: 'assets/index-a.js' },
      'style.css': { file: 'assets/style-f.css' },
    };
    expect(routeFiles(unsplit, ['index.html'])).toEqual({
      js: ['assets/index-a.js'],
      css: ['assets/style-f.css'],
    });
  });

  it('names a key missing from the manifest', () => {
    expect(() => routeFiles(manifest, ['src/routes/gone.tsx'])).toThrow('src/routes/gone.tsx');
  });
});

describe('htmlAssets', () => {
  it.each<[string, string, { js: string[]; css: string[]; fonts: string[] }]>([
    [
      "Vite's index.html",
      '<script type="module" crossorigin src="/assets/index-a.js"></script>\n<link rel="stylesheet" crossorigin href="/assets/index-a.css">',
      { js: ['assets/index-a.js'], css: ['assets/index-a.css'], fonts: [] },
    ],
    [
      "VitePress's page: preload stylesheet, modulepreloads, a preloaded font",
      '<link rel="preload stylesheet" href="/assets/style.x.css" as="style"><link rel="stylesheet" href="/vp-icons.css">' +
        '<script type="module" src="/assets/app.x.js"></script>' +
        '<link rel="preload" href="/assets/inter.woff2" as="font" type="font/woff2" crossorigin="">' +
        '<link rel="modulepreload" href="/assets/chunks/theme.x.js">',
      {
        js: ['assets/app.x.js', 'assets/chunks/theme.x.js'],
        css: ['assets/style.x.css', 'vp-icons.css'],
        fonts: ['assets/inter.woff2'],
      },
    ],
    [
      'a prerendered page: the stylesheet, and the entry and chunks its loader starts after the first paint',
      '<script data-entry="/assets/index-a.js" data-modules="/assets/story-b.js /assets/query-c.js" ' +
        'data-fetch="/corpus/slice/story.json">{/* loader */}</script><link rel="stylesheet" href="/assets/s.css">',
      {
        js: ['assets/index-a.js', 'assets/story-b.js', 'assets/query-c.js'],
        css: ['assets/s.css'],
        fonts: [],
      },
    ],
    [
      'not prefetches, icons, inline scripts or other origins',
      '<link rel="prefetch" href="/assets/later.js"><link rel="icon" href="data:,"><script>var a</script>' +
        '<script src="https://example.com/x.js"></script><link rel="stylesheet" href="//cdn.example.com/y.css">',
      { js: [], css: [], fonts: [] },
    ],
  ])('%s', (_label, html, expected) => {
    expect(htmlAssets(html)).toEqual(expected);
  });

  it('strips the base path of a site under a sub-folder', () => {
    expect(htmlAssets('<script type="module" src="/digests/assets/a.js"></script>', '/digests/').js).toEqual([
      'assets/a.js',
    ]);
  });
});
