/** What a fetched file is, for the first-load tables: the page, scripts, stylesheets, corpus JSON, the rest. */
export type FileKind = 'html' | 'js' | 'css' | 'json' | 'other';

/** Every kind, in the tables' column order. */
export const FILE_KINDS: readonly FileKind[] = ['html', 'js', 'css', 'json', 'other'];

/** One response the browser received, with its body's size as sent (compressed, headers excluded). */
export interface FetchedFile {
  /** Path and query on the bench's server, e.g. `/corpus/index-1505f0db11818a5f.json`. */
  path: string;
  kind: FileKind;
  /** Encoded (on-the-wire, gzip) body bytes: Playwright's `request.sizes().responseBodySize`. */
  bytes: number;
  /** The response's `Content-Encoding` ('' when sent as is). */
  encoding: string;
  status: number;
}

/** A set of responses summed by kind. */
export interface Fetched {
  requests: number;
  bytes: Record<FileKind, number>;
  total: number;
  files: FetchedFile[];
}

/** Which kind a response is, from its path first (the build names every file by its type), then its type. */
export function fileKind(path: string, resourceType: string, contentType: string): FileKind {
  const pathname = path.split('?')[0] ?? path;
  if (resourceType === 'document' || /\.html?$/.test(pathname)) return 'html';
  if (resourceType === 'script' || /\.m?js$/.test(pathname)) return 'js';
  if (resourceType === 'stylesheet' || pathname.endsWith('.css')) return 'css';
  if (pathname.endsWith('.json') || /\bjson\b/.test(contentType)) return 'json';
  return 'other';
}

/** Sums `files` by kind. */
export function sumFetched(files: readonly FetchedFile[]): Fetched {
  const bytes: Record<FileKind, number> = { html: 0, js: 0, css: 0, json: 0, other: 0 };
  for (const file of files) bytes[file.kind] += file.bytes;
  return {
    requests: files.length,
    bytes,
    total: files.reduce((sum, f) => sum + f.bytes, 0),
    files: [...files],
  };
}
