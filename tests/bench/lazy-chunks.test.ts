import { describe, expect, it } from 'vitest';
import { lazyChunks, lazyChunksSection } from '../../bench/lazy-chunks.ts';
import type { LazyChunkSize, LazyManifest } from '../../bench/lazy-chunks.ts';

/** A small site: an entry, two lazy routes sharing a chunk, a lazy panel both the entry and a route load, a worker. */
const manifest: LazyManifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_react-b.js'],
    css: ['assets/index-a.css'],
    dynamicImports: ['src/routes/story-route.tsx', 'src/routes/my-digests-route.tsx', 'src/panel.tsx'],
  },
  '_react-b.js': { file: 'assets/react-b.js' },
  '_marks-c.js': { file: 'assets/marks-c.js', imports: ['index.html'], css: ['assets/marks-c.css'] },
  'src/panel.tsx': {
    file: 'assets/panel-d.js',
    isDynamicEntry: true,
    imports: ['index.html'],
    css: ['assets/panel-d.css'],
  },
  'src/routes/story-route.tsx': {
    file: 'assets/story-route-e.js',
    isDynamicEntry: true,
    imports: ['index.html', '_react-b.js', '_marks-c.js', 'src/panel.tsx'],
    css: ['assets/story-route-e.css'],
  },
  'src/routes/my-digests-route.tsx': {
    file: 'assets/my-digests-route-f.js',
    isDynamicEntry: true,
    imports: ['index.html', '_marks-c.js'],
    assets: ['assets/digest-worker-g.js', 'assets/logo-h.svg'],
  },
};

describe('lazyChunks', () => {
  const chunks = lazyChunks(manifest);
  const bySource = (source: string) => chunks.find((c) => c.source === source);

  it('lists every dynamic entry and worker, and nothing `/` loads up front', () => {
    expect(chunks.map((c) => [c.kind, c.source])).toEqual([
      ['chunk', 'src/panel.tsx'],
      ['chunk', 'src/routes/story-route.tsx'],
      ['chunk', 'src/routes/my-digests-route.tsx'],
      ['worker', 'assets/digest-worker-g.js'],
    ]);
  });

  it('counts the imports and CSS a chunk brings beyond the first load, not the entry or its imports', () => {
    expect(bySource('src/routes/story-route.tsx')).toEqual({
      source: 'src/routes/story-route.tsx',
      kind: 'chunk',
      file: 'assets/story-route-e.js',
      sharedJs: ['assets/marks-c.js', 'assets/panel-d.js'],
      css: ['assets/marks-c.css', 'assets/panel-d.css', 'assets/story-route-e.css'],
      loadedBy: ['import() from index.html'],
    });
    expect(bySource('src/routes/my-digests-route.tsx')?.sharedJs).toEqual(['assets/marks-c.js']);
  });

  it('says what loads each: import() from the entry, a static import from a route, a worker', () => {
    expect(bySource('src/panel.tsx')?.loadedBy).toEqual([
      'import() from index.html',
      'imported by src/routes/story-route.tsx',
    ]);
    expect(bySource('assets/digest-worker-g.js')?.loadedBy).toEqual([
      'new Worker from src/routes/my-digests-route.tsx',
    ]);
  });
});

describe('lazyChunksSection', () => {
  it('one row per chunk, largest JS first, KB of gzip bytes', () => {
    const sized: LazyChunkSize[] = lazyChunks(manifest).map((c, i) => ({
      ...c,
      jsGzip: (i + 1) * 1024,
      sharedJsGzip: c.sharedJs.length * 512,
      cssGzip: c.css.length * 256,
    }));
    const rows = lazyChunksSection(sized, 'the test build').filter(
      (l) => l.startsWith('| `') || l.startsWith('| worker'),
    );
    expect(rows).toEqual([
      '| worker `assets/digest-worker-g.js` | 4.0 | — | — | new Worker from src/routes/my-digests-route.tsx |',
      '| `src/routes/my-digests-route.tsx` | 3.0 | 0.5 | 0.3 | import() from index.html |',
      '| `src/routes/story-route.tsx` | 2.0 | 1.0 | 0.8 | import() from index.html |',
      '| `src/panel.tsx` | 1.0 | — | 0.3 | import() from index.html; imported by src/routes/story-route.tsx |',
    ]);
  });
});
