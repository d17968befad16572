/** The part of a bundle chunk the prerender reads (Rollup/Rolldown `OutputChunk`, with Vite's metadata). */
export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** Chunks and stylesheets a lazy route needs beyond what the entry's HTML already loads. */
export interface RouteAssets {
  modules: string[];
  stylesheets: string[];
}

/**
 * The files a route module's lazy chunk needs: the chunk, the chunks it imports statically (transitively),
 * and their CSS, minus what the entry (already linked from index.html) loads. URLs carry `base`.
 * Returns empty lists for `module` null (the route is in the entry) and throws when no chunk is built from it.
 */
export function routeAssets(chunks: readonly ChunkInfo[], module: string | null, base: string): RouteAssets {
  if (module === null) return { modules: [], stylesheets: [] };
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: ChunkInfo): ChunkInfo[] => {
    const seen = new Map<string, ChunkInfo>();
    const visit = (chunk: ChunkInfo) => {
      if (seen.has(chunk.fileName)) return;
      seen.set(chunk.fileName, chunk);
      for (const name of chunk.imports) {
        const next = byName.get(name);
        if (next) visit(next);
      }
    };
    visit(start);
    return [...seen.values()];
  };
  const wanted = `/${module.replace(/^\/+/, '')}`;
  const route = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(wanted));
  if (!route) throw new Error(`no chunk is built from ${module}`);
  const inEntry = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => closure(c).map((d) => d.fileName)));
  const needed = closure(route).filter((chunk) => !inEntry.has(chunk.fileName));
  const entryCss = new Set(
    chunks.filter((c) => inEntry.has(c.fileName)).flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]),
  );
  const css = needed.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
  return {
    modules: needed.map((chunk) => base + chunk.fileName),
    stylesheets: [...new Set(css)].filter((file) => !entryCss.has(file)).map((file) => base + file),
  };
}
