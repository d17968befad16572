import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer } from 'vite';
import type { InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPlugin } from '../../src/build/corpus-plugin.ts';
import { entitySliceUrl } from '../../src/core/bundle/slices/entity-slice-url.ts';
import { entitySlices } from '../../src/core/bundle/slices/entity-slices.ts';
import { sliceUrl } from '../../src/core/bundle/slices/slice-url.ts';
import type { SliceSetting } from '../../src/core/bundle/slices/slices-pay.ts';
import type { CorpusIndex, StoryBody } from '../../src/core/schema.ts';

const DIGEST_A = `Ministers meet in Vienna over grain exports

Foreign ministers met in Vienna on Tuesday to discuss grain exports through the Black Sea.

Talks will resume next week.
`;
const DIGEST_B = `Floods close roads in northern Italy

Heavy rain closed dozens of roads around Milan, officials said.
`;
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

let root = '';

/** A throwaway project: an HTML entry whose script prints the manifest, and a seeds folder. */
async function makeProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-plugin-'));
  await mkdir(join(dir, 'seeds', 'nested'), { recursive: true });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>',
  );
  await writeFile(
    join(dir, 'main.js'),
    "import { indexUrl, version } from 'virtual:corpus-manifest';\ndocument.title = indexUrl + ' ' + version;\n",
  );
  await writeFile(join(dir, 'seeds', 'a.txt'), DIGEST_A);
  await writeFile(join(dir, 'seeds', 'nested', 'b.txt'), DIGEST_B);
  await writeFile(join(dir, 'seeds', 'notes.md'), 'not a digest: only .txt files are read');
  return dir;
}

function config(outDir: string, extra: InlineConfig = {}, slices: SliceSetting = 'always'): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [corpusPlugin({ seedsDir: 'seeds', slices })],
    build: { outDir, emptyOutDir: true },
    ...extra,
  };
}

function isIndex(value: unknown): value is CorpusIndex {
  return typeof value === 'object' && value !== null && 'version' in value && 'stories' in value;
}
function isBody(value: unknown): value is StoryBody {
  return typeof value === 'object' && value !== null && 'id' in value && 'story' in value;
}
async function readJson<T>(path: string, guard: (value: unknown) => value is T): Promise<T> {
  const value: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!guard(value)) throw new Error(`${path}: unexpected shape`);
  return value;
}

beforeAll(async () => {
  root = await makeProject();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('corpusPlugin in build', { timeout: 20_000 }, () => {
  it('writes no slices for a corpus whose index is small (auto): its pages load the index', async () => {
    const out = join(root, 'dist-auto');
    await build(config(out, {}, 'auto'));
    const files = await readdir(join(out, 'corpus'));
    expect(files.some((f) => f.startsWith('index-'))).toBe(true);
    expect(files.some((f) => f.startsWith('slice-'))).toBe(false);
  });

  it('emits the index, one body per story, and a 404.html identical to index.html', async () => {
    const out = join(root, 'dist');
    await build(config(out));

    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(await readFile(join(out, '404.html'), 'utf8')).toBe(html);

    const files = await readdir(join(out, 'corpus'));
    const indexFile = files.find((f) => f.startsWith('index-'));
    expect(indexFile).toMatch(/^index-[0-9a-f]{16}\.json$/);
    const index = await readJson(join(out, 'corpus', indexFile ?? ''), isIndex);
    expect(indexFile).toBe(`index-${index.version}.json`);
    expect(index.documents.map((d) => d.source)).toEqual(['seeds/a.txt', 'seeds/nested/b.txt']);
    expect(index.stories.length).toBeGreaterThanOrEqual(2);
    // the index, the full-text search index, one body per story, the folder of slices and the search folder
    // (the shards are inside the manifest at this size; the one block of story references is not)
    expect(files).toHaveLength(index.stories.length + 4);
    expect(files).toContain(`search-${index.version}.json`);
    expect(await readdir(join(out, 'corpus', 'search'))).toHaveLength(1);
    // the slices: the facet base, one per page of `/` (one here), one per digest, a pointer per story, one per
    // person and place named in a paragraph
    const slices = await readdir(join(out, 'corpus', `slice-${index.version}`));
    const name = (url: string) => url.split('/').pop();
    expect(slices.sort()).toEqual(
      [
        'facets.json',
        'home-1.json',
        ...index.documents.map((d) => name(sliceUrl.digest(index.version, d.id))),
        ...index.stories.map((s) => name(sliceUrl.story(index.version, s.id))),
        ...[...entitySlices(index).keys()].map((id) => name(entitySliceUrl(index.version, id))),
      ].sort(),
    );

    for (const summary of index.stories) {
      expect(summary.chunk).toMatch(/^corpus\/[0-9a-f]{16}\.json$/);
      const body = await readJson(join(out, summary.chunk), isBody);
      expect(body.id).toBe(summary.id);
    }

    // The app's JavaScript carries where the index is, never the corpus itself.
    const assets = await readdir(join(out, 'assets'));
    const js = (await Promise.all(assets.map((f) => readFile(join(out, 'assets', f), 'utf8')))).join('');
    expect(js).toContain(`corpus/index-${index.version}.json`);
    expect(js).not.toContain('grain exports');
  });

  it('keeps story bodies out of the build report and says how many it wrote', async () => {
    const out = join(root, 'dist-quiet');
    const messages: string[] = [];
    const logger = createLogger('info');
    logger.info = (message) => void messages.push(message);
    await build(config(out, { logLevel: 'info', customLogger: logger }));
    const bodies = (await readdir(join(out, 'corpus'))).filter((f) => /^[0-9a-f]+\.json$/.test(f));
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    const report = messages.join('\n');
    for (const body of bodies) expect(report).not.toContain(body);
    expect(report).toContain(`corpus: ${bodies.length} story files`);
    expect(report).toMatch(/corpus\/index-[0-9a-f]{16}\.json/);
  });

  it('works under a sub-folder base: the app links /sub/assets, the corpus stays relative', async () => {
    const out = join(root, 'dist-sub');
    await build(config(out, { base: '/sub/' }));
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\/sub\/assets\/[^"]+\.js"/);
    expect(await readFile(join(out, '404.html'), 'utf8')).toBe(html);
    expect((await readdir(join(out, 'corpus'))).some((f) => f.startsWith('index-'))).toBe(true);
  });

  it('fails on a bad seed with "FILE: reason" naming the file', async () => {
    const bad = join(root, 'seeds', 'nested', 'broken.txt');
    await writeFile(bad, PNG);
    try {
      await expect(build(config(join(root, 'dist-bad')))).rejects.toThrow(
        /seeds\/nested\/broken\.txt(:\d+)?: \S/,
      );
    } finally {
      await rm(bad);
    }
  });
});

describe('corpusPlugin in dev', { timeout: 20_000 }, () => {
  it('serves the manifest and corpus under the base, and rebuilds when a seed changes', async () => {
    const server = await createServer({
      ...config(join(root, 'unused')),
      base: '/sub/',
      server: { port: 0, host: '127.0.0.1', ws: false },
    });
    await server.listen();
    try {
      const origin = server.resolvedUrls?.local[0] ?? '';
      expect(origin).toMatch(/\/sub\/$/);
      const manifest = async (): Promise<string> =>
        (await fetch(`${origin}@id/__x00__virtual:corpus-manifest`)).text();

      const first = await manifest();
      expect(first).toContain('export const slices = true;');
      const url = /corpus\/index-[0-9a-f]{16}\.json/.exec(first)?.[0] ?? '';
      expect(url).not.toBe('');
      const response = await fetch(origin + url);
      expect(response.status).toBe(200);
      const index: unknown = await response.json();
      if (!isIndex(index)) throw new Error('not an index');
      const chunk = index.stories[0]?.chunk ?? '';
      expect((await fetch(origin + chunk)).status).toBe(200);
      expect((await fetch(`${origin}corpus/0000000000000000.json`)).status).toBe(404);

      await writeFile(join(root, 'seeds', 'c.txt'), 'A third story arrives\n\nIt has one paragraph.\n');
      let next = first;
      for (let i = 0; i < 50 && next === first; i++) {
        await new Promise((r) => setTimeout(r, 100));
        next = await manifest();
      }
      expect(next).not.toBe(first);
      const nextUrl = /corpus\/index-[0-9a-f]{16}\.json/.exec(next)?.[0] ?? '';
      const nextIndex: unknown = await (await fetch(origin + nextUrl)).json();
      if (!isIndex(nextIndex)) throw new Error('not an index');
      expect(nextIndex.documents.map((d) => d.source)).toContain('seeds/c.txt');

      // a broken seed makes the manifest fail (Vite shows it in the overlay) until it is removed
      await writeFile(join(root, 'seeds', 'c.txt'), PNG);
      let status = 200;
      for (let i = 0; i < 50 && status === 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await fetch(`${origin}@id/__x00__virtual:corpus-manifest`)).status;
      }
      expect(status).toBe(500);
    } finally {
      await server.close();
      await rm(join(root, 'seeds', 'c.txt'), { force: true });
    }
  });
});
