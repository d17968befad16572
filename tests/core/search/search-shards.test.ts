import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/search/build-search-index.ts';
import {
  buildSearchShards,
  type ShardSizes,
  type ShardStory,
} from '../../../src/core/search/build-search-shards.ts';
import { loadSearchEngine } from '../../../src/core/search/load-search-engine.ts';
import { parseSearchDocId } from '../../../src/core/search/search-doc-id.ts';
import {
  createShardSearchIndex,
  type ShardSearchIndex,
} from '../../../src/core/search/search-shard-index.ts';
import type { SearchShard } from '../../../src/core/search/search-shards.ts';
import { shardDocId } from '../../../src/core/search/shard-doc-id.ts';
import { shardKey } from '../../../src/core/search/shard-key.ts';
import { shardStories } from '../../../src/core/search/shard-stories.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../query/fixture-corpus.ts';

const bodies = [...FIXTURE_BODIES.values()];

/** A sharded index over `stories`, its shard files read from memory; `fetched` lists the hashes read. */
function shardedIndex(
  stories: readonly ShardStory[],
  sizes?: ShardSizes,
): { index: ShardSearchIndex; fetched: string[] } {
  const { manifest, files } = buildSearchShards(stories, sizes);
  const fetched: string[] = [];
  const index = createShardSearchIndex(
    manifest,
    async (hash) => {
      fetched.push(hash);
      return JSON.parse(files.get(hash) ?? 'null') as SearchShard;
    },
    shardDocId,
  );
  return { index, fetched };
}

/** A search document id in words: `zelenskys-adviser/p-13`, `…/#section`, `…/` for the headline. */
function readable(id: string): string {
  const target = parseSearchDocId(id);
  const story = target && FIXTURE_INDEX.stories[target.story];
  if (!target || !story) return `?${id}`;
  if (target.kind === 'title') return `${story.id}/`;
  if (target.kind === 'heading') return `${story.id}/#${story.sections[target.section]?.id ?? '?'}`;
  return `${story.id}/${story.paragraphIds[target.position] ?? '?'}`;
}

/** One story of one paragraph per text. */
const story = (at: number, ...texts: string[]): ShardStory => ({
  at,
  title: `Story ${at}`,
  sections: [
    {
      heading: null,
      paragraphs: texts.map((text, i) => ({ id: `p-${i}`, line: i, text, mentions: [], quotes: [] })),
    },
  ],
});

describe('shardKey', () => {
  it.each<[string, string[], string | null]>([
    ['the longest key the term begins with', ['ma', 'mar'], 'mar'],
    ['a 2-letter key when its prefix was not split', ['ma', 'mo'], 'ma'],
    ['a short term is its own key', ['m', 'ma'], 'm'],
    ['no key', ['ka', 'ky'], null],
  ])('%s', (_label, keys, expected) => {
    expect(shardKey(expected === 'm' ? 'm' : 'mariupol', keys)).toBe(expected);
  });
});

describe('buildSearchShards', () => {
  it('counts every headline, sub-heading and paragraph', () => {
    const { manifest } = buildSearchShards(shardStories(FIXTURE_INDEX, bodies));
    const headings = bodies.flatMap((b) => b.story.sections.filter((s) => s.heading !== null));
    const paragraphs = bodies.flatMap((b) => b.story.sections.flatMap((s) => s.paragraphs));
    expect(manifest.documentCount).toBe(bodies.length + headings.length + paragraphs.length);
    expect(manifest.fields.title.count).toBe(bodies.length);
  });

  it('keeps a small corpus inside the manifest, so a search at the seed costs one request', () => {
    const { manifest, files } = buildSearchShards(shardStories(FIXTURE_INDEX, bodies));
    expect(manifest.inline).toHaveLength(1);
    expect(manifest.files).toHaveLength(1);
    expect(files.size).toBe(0);
    expect(manifest.keys).toEqual([...manifest.keys].sort());
  });

  it('splits a large corpus by prefix, every key in one file, files named by content', () => {
    const words = ['mariupol', 'market', 'madrid', 'moscow', 'kyiv', 'kharkiv'];
    const stories = Array.from({ length: 300 }, (_, i) =>
      story(i, `${words[i % 6]} ${words[(i + 1) % 6]} report`),
    );
    const sizes = { splitAt: 500, fileTarget: 500 };
    const { manifest, files } = buildSearchShards(stories, sizes);
    expect(manifest.files.length).toBeGreaterThan(1);
    expect(manifest.inline).toBeUndefined();
    expect([...files.keys()]).toEqual(manifest.files);
    expect(manifest.fileOfKey).toHaveLength(manifest.keys.length);
    expect(new Set(manifest.files).size).toBe(manifest.files.length);
    // "ma" holds too many postings: its words go to "mar" and "mad"
    expect(manifest.keys).toEqual(expect.arrayContaining(['mar', 'mad']));
    expect(manifest.keys).not.toContain('ma');
    const again = buildSearchShards(stories, sizes).files;
    for (const [hash, json] of files) expect(again.get(hash)).toBe(json);
  });

  it('keeps "__proto__" and "constructor" as plain words', async () => {
    const { index } = shardedIndex([story(0, '__proto__ constructor')]);
    expect(await index.search('constructor')).toEqual([{ id: '0.0', score: expect.any(Number) as number }]);
    expect(await index.search('proto')).toHaveLength(1);
  });
});

describe('the sharded index', () => {
  const { index, fetched } = shardedIndex(shardStories(FIXTURE_INDEX, bodies));
  const ids = async (query: string): Promise<string[]> =>
    (await index.search(query)).map((h) => readable(h.id));

  it.each<[string, string, string[]]>([
    ['a word in paragraphs', 'besieged', ['zelenskys-adviser/p-13']],
    ['a prefix', 'besi', ['zelenskys-adviser/p-13']],
    ['a typo', 'besieqed', ['zelenskys-adviser/p-13']],
    ['case and accents folded', 'BESÏEGED', ['zelenskys-adviser/p-13']],
    ['every word must match (AND)', 'mariupol besieged', ['zelenskys-adviser/p-13']],
    ['a sub-heading', 'thousands', ['zelenskys-adviser/#it-contains-thousands-of-fighters']],
    ['nothing', 'zzzzqqq', []],
    ['stop words are not indexed', 'the', []],
    ['stop words in a query are left out', 'the besieged', ['zelenskys-adviser/p-13']],
  ])('%s: %s', async (_label, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it.each([
    'mariupol',
    'mariu',
    'mariupl',
    'azovstal',
    'forces',
    'kyiv',
    'arms countries',
    'zelensky',
    'weap',
    'ma',
  ])('finds what MiniSearch finds: %s', async (query) => {
    const mini = await loadSearchEngine(buildSearchIndex(FIXTURE_INDEX, bodies));
    const ours = await index.search(query);
    expect(new Set(ours.map((h) => h.id))).toEqual(new Set(mini.search(query).map((h) => h.id)));
    // the best document is the same
    expect(ours[0]?.id).toBe(mini.search(query)[0]?.id);
  });

  it('fetches no file for a small corpus, and each shard file once for a large one', async () => {
    await index.search('besieged mariupol');
    expect(fetched).toEqual([]);
    const words = ['mariupol', 'market', 'madrid', 'moscow', 'kyiv', 'kharkiv'];
    const stories = Array.from({ length: 300 }, (_, i) => story(i, `${words[i % 6]} ${words[(i + 1) % 6]}`));
    const large = shardedIndex(stories, { splitAt: 500, fileTarget: 500 });
    expect(await large.index.search('madrid moscow')).toHaveLength(50);
    await large.index.search('moscow');
    await large.index.search('madrdi');
    expect(large.fetched.length).toBe(2);
    expect(new Set(large.fetched).size).toBe(2);
  });

  it('finds no word before its shard: a typo in the first letters is not tolerated', async () => {
    const { index: small } = shardedIndex([story(0, 'Mariupol held out')]);
    expect(await small.search('mariupl')).toHaveLength(1);
    expect(await small.search('nariupol')).toEqual([]);
  });
});
