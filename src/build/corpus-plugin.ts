import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { BuiltCorpus, SeedCorpus } from './create-seed-corpus.ts';
import { createSeedCorpus } from './create-seed-corpus.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import type { SliceSetting } from '../core/bundle/slices/slices-pay.ts';
import { CORRECTIONS_FILE } from './read-corrections-file.ts';

/** Options for `corpusPlugin`. */
export interface CorpusPluginOptions {
  /** Folder of `.txt` digests, relative to the project root; every `**\/*.txt` under it is read. */
  seedsDir?: string;
  /** Whether pages load slices of the index: by its size (`auto`), `always` or `never`. */
  slices?: SliceSetting;
}

const VIRTUAL_ID = 'virtual:corpus-manifest';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Builds the corpus from the seed digests and serves it as static JSON files (`corpus/index-<version>.json`
 * and one `corpus/<hash>.json` per story), plus the tiny module `virtual:corpus-manifest` that says where the
 * index is: the first-load JavaScript stays the same size however large the corpus grows.
 */
export function corpusPlugin({
  seedsDir = process.env.DIGEST_SEEDS ?? 'seeds',
  slices = sliceSetting(process.env.DIGEST_SLICES),
}: CorpusPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let seeds: SeedCorpus;
  let seedsPath = '';
  // The latest build, started eagerly in dev after each change; a rejected one holds the seed error to show.
  let current: Promise<BuiltCorpus> | null = null;
  // Whether every seed has been read once; a change before that (or after a failed listing) reads them all.
  let loaded = false;
  const loadOnce = async (): Promise<void> => {
    if (loaded) return;
    await seeds.loadAll();
    loaded = true;
  };

  const rebuild = (prepare: () => Promise<void>): Promise<BuiltCorpus> => {
    const previous = current ?? Promise.resolve(null);
    current = previous
      .catch(() => null)
      .then(loadOnce)
      .then(prepare)
      .then(() => {
        const built = seeds.build();
        for (const warning of built.warnings) config.logger.warn(formatDiagnostic(warning));
        return built;
      });
    return current;
  };
  const corpus = (): Promise<BuiltCorpus> => current ?? rebuild(async () => {});

  return {
    name: 'digest-corpus',

    configResolved(resolved) {
      config = resolved;
      seedsPath = resolve(resolved.root, seedsDir);
      seeds = createSeedCorpus(seedsPath, resolved.root, slices);
    },

    async buildStart() {
      if (config.command !== 'build') return;
      // A bad seed fails the build here, with the reader's "FILE:LINE: reason" as the whole message.
      current = null;
      loaded = false;
      const built = await corpus();
      this.addWatchFile(seedsPath);
      config.logger.info(
        `corpus: ${built.fileCount} digest(s), ${[...built.assets.keys()].filter(isStoryBody).length} stories, version ${built.version}`,
      );
    },

    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },

    async load(id) {
      if (id !== RESOLVED_ID) return null;
      // In dev a broken seed throws here, which Vite shows in its error overlay instead of a blank page.
      const built = await corpus();
      return (
        `export const indexUrl = ${JSON.stringify(built.indexUrl)};\nexport const version = ${JSON.stringify(built.version)};\n` +
        `export const searchUrl = ${JSON.stringify(built.searchUrl)};\n` +
        `export const slices = ${JSON.stringify(built.slices)};\n`
      );
    },

    generateBundle: {
      // After vite:build-html has emitted index.html, so 404.html can copy it.
      order: 'post',
      async handler(_options, bundle) {
        const built = await corpus();
        // Story bodies and slices (4,753 of each at 1000× the seed) are written by writeBundle instead: through
        // Rollup each would be a line, and a gzip, in the build report.
        for (const [fileName, source] of built.assets)
          if (!isWrittenDirectly(fileName)) this.emitFile({ type: 'asset', fileName, source });
        const html = bundle['index.html'];
        // Static hosts (GitHub Pages, S3, Netlify) answer a deep link like /story/x/y with 404.html: the same
        // app shell, so the router shows the story instead of the host's error page.
        if (html && html.type === 'asset')
          this.emitFile({ type: 'asset', fileName: '404.html', source: html.source });
      },
    },

    async writeBundle(options) {
      const built = await corpus();
      const dir = options.dir ?? resolve(config.root, config.build.outDir);
      const files = [...built.assets].filter(([fileName]) => isWrittenDirectly(fileName));
      const folders = new Set(files.map(([fileName]) => dirname(join(dir, fileName))));
      await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
      await Promise.all(files.map(([fileName, source]) => writeFile(join(dir, fileName), source)));
      const bytes = files.reduce((sum, [, source]) => sum + Buffer.byteLength(source), 0);
      const slices = files.filter(([fileName]) => isSlice(fileName)).length;
      const shards = files.filter(([fileName]) => isSearchShard(fileName)).length;
      config.logger.info(
        `corpus: ${files.length - slices - shards} story files, ${slices} slices and ${shards} search shards, ${(bytes / 1e6).toFixed(2)} MB, in ${relative(config.root, join(dir, 'corpus')) || '.'}/`,
      );
    },

    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = corpusPath(req.url ?? '', config.base);
        if (path === null) return next();
        corpus().then(
          (built) => {
            const json = built.assets.get(path);
            res.statusCode = json === undefined ? 404 : 200;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(
              json ??
                JSON.stringify({ error: `${path}: not in the current corpus (version ${built.version})` }),
            );
          },
          (err: unknown) => {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
          },
        );
      });
      watchSeeds(server, seedsPath, (prepare) => {
        rebuild(prepare).then(
          (built) => config.logger.info(`corpus: rebuilt, version ${built.version}`, { timestamp: true }),
          (err: unknown) =>
            config.logger.error(err instanceof Error ? err.message : String(err), { timestamp: true }),
        );
        const done = (): void => {
          const module = server.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) server.moduleGraph.invalidateModule(module);
          // The reload re-imports the manifest: the new index URL, or the seed error in the overlay.
          server.ws.send({ type: 'full-reload' });
        };
        current?.then(done, done);
      });
    },
  };

  /** Rebuilds on add, change and unlink under the seeds folder, re-reading only the file concerned. */
  function watchSeeds(
    server: ViteDevServer,
    dir: string,
    onChange: (prepare: () => Promise<void>) => void,
  ): void {
    const inSeeds = (path: string): boolean => path.startsWith(dir + sep);
    // seeds/corrections.json (readers' corrections) rebuilds too; `update` and `remove` re-read it.
    const isSeed = (path: string): boolean =>
      inSeeds(path) && (path.toLowerCase().endsWith('.txt') || path === join(dir, CORRECTIONS_FILE));
    server.watcher.add(dir);
    server.watcher.on('add', (path) => isSeed(path) && onChange(() => seeds.update(path)));
    server.watcher.on('change', (path) => isSeed(path) && onChange(() => seeds.update(path)));
    server.watcher.on('unlink', (path) => isSeed(path) && onChange(async () => seeds.remove(path)));
    server.watcher.on('unlinkDir', (path) => inSeeds(path) && onChange(async () => seeds.remove(path)));
  }
}

/** `DIGEST_SLICES` as a setting; anything but `always` or `never` is `auto`. */
function sliceSetting(value: string | undefined): SliceSetting {
  return value === 'always' || value === 'never' ? value : 'auto';
}

/** A story body's file name, `corpus/<hash>.json` (the index and search files carry a name before the hash). */
function isStoryBody(fileName: string): boolean {
  return /^corpus\/[0-9a-f]+\.json$/.test(fileName);
}

/** A slice of the index (`corpus/slice-<version>/…`, src/core/bundle/slices/slice-url.ts). */
function isSlice(fileName: string): boolean {
  return fileName.startsWith('corpus/slice-');
}

/** A shard of the full-text index (`corpus/search/<hash>.json`, src/core/search/search-index-url.ts). */
function isSearchShard(fileName: string): boolean {
  return fileName.startsWith('corpus/search/');
}

/** Files there are hundreds or thousands of: written straight to the output folder, not through Rollup. */
function isWrittenDirectly(fileName: string): boolean {
  return isStoryBody(fileName) || isSlice(fileName) || isSearchShard(fileName);
}

/** The corpus file a dev request asks for (`/sub/corpus/x.json` → `corpus/x.json`), or null when it is another URL. */
function corpusPath(url: string, base: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  } catch {
    return null; // a malformed escape is not one of ours; Vite answers it
  }
  const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return withoutBase.startsWith('corpus/') ? withoutBase : null;
}
