import type { SearchManifest, SearchShard } from './search-shards.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A search manifest's JSON read back, or an error saying why it is not one (a stale cache, a wrong URL). */
export function readSearchManifest(json: string): SearchManifest {
  const value: unknown = JSON.parse(json);
  if (!isRecord(value) || value.format !== 1)
    throw new Error('The search index is not one this app can read');
  const { documentCount, fields, keys, fileOfKey, files, inline, stories } = value;
  if (
    typeof documentCount !== 'number' ||
    !isRecord(fields) ||
    !(['title', 'heading', 'text'] as const).every((name) => isFieldStats(fields[name])) ||
    !isStringArray(keys) ||
    !isStringArray(files) ||
    !Array.isArray(fileOfKey) ||
    fileOfKey.length !== keys.length ||
    !fileOfKey.every((n) => typeof n === 'number') ||
    (inline !== undefined && !(Array.isArray(inline) && inline.every(isShard))) ||
    (stories !== undefined && !isStoryBlocks(stories))
  )
    throw new Error('The search index is damaged');
  return value as unknown as SearchManifest;
}

/** A shard's JSON read back: every term's postings a list of numbers. */
export function readSearchShard(json: string): SearchShard {
  const value: unknown = JSON.parse(json);
  if (!isShard(value)) throw new Error('A shard of the search index is damaged');
  return value;
}

function isShard(value: unknown): value is SearchShard {
  return isRecord(value) && Object.values(value).every(Array.isArray);
}

function isStoryBlocks(value: unknown): boolean {
  return isRecord(value) && typeof value.size === 'number' && value.size > 0 && isStringArray(value.files);
}

function isFieldStats(value: unknown): boolean {
  return isRecord(value) && typeof value.count === 'number' && typeof value.words === 'number';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
