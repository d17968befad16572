import { describe, expect, it } from 'vitest';
import { summarizeStory } from '../../../src/core/bundle/summarize-story.ts';
import { EMPTY_ENTITY_FILTER, type EntityFilter } from '../../../src/core/query/entity-filter.ts';
import { includedIds } from '../../../src/core/query/included-ids.ts';
import { parseEntityFilter } from '../../../src/core/query/parse-entity-filter.ts';
import { buildSearchFiles } from '../../../src/core/search/build-search-files.ts';
import { buildSearchShards } from '../../../src/core/search/build-search-shards.ts';
import { entityTerm } from '../../../src/core/search/entity-term.ts';
import { groupHits } from '../../../src/core/search/group-hits.ts';
import { rankStories } from '../../../src/core/search/rank-stories.ts';
import { readSearchShard } from '../../../src/core/search/read-search-files.ts';
import { createShardSearchIndex, type ShardFilter } from '../../../src/core/search/search-shard-index.ts';
import type { SearchManifest } from '../../../src/core/search/search-shards.ts';
import { shardDocId } from '../../../src/core/search/shard-doc-id.ts';
import { shardStories } from '../../../src/core/search/shard-stories.ts';
import type { StoryRef } from '../../../src/core/search/story-blocks.ts';
import { storyHits } from '../../../src/core/search/story-hits.ts';
import { urlShardFilter } from '../../../src/core/search/url-shard-filter.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../query/fixture-corpus.ts';

const bodies = [...FIXTURE_BODIES.values()];
const { manifest, files } = buildSearchFiles(FIXTURE_INDEX, bodies);
const engine = () =>
  createShardSearchIndex(manifest, async (hash) => readSearchShard(files.get(hash) ?? '{}'), shardDocId);

// entities named in most paragraphs first: filters on them keep some hits and drop others
const paragraphCounts = new Map<number, number>();
for (const story of FIXTURE_INDEX.stories)
  for (const list of story.paragraphEntities)
    for (const e of list) paragraphCounts.set(e, (paragraphCounts.get(e) ?? 0) + 1);
const [first, second, third] = [...paragraphCounts]
  .sort((a, b) => b[1] - a[1])
  .map(([e]) => FIXTURE_INDEX.entities[e]);
if (!first || !second || !third) throw new Error('the fixture names too few entities');
// an entity of the corpus that no paragraph names (a headline's only), if the fixture has one
const unnamed = FIXTURE_INDEX.entities.find((_, i) => !paragraphCounts.has(i));

const filterOf = (include: string[], match: 'all' | 'any', exclude: string[] = []): EntityFilter => ({
  ...EMPTY_ENTITY_FILTER,
  include: { ...EMPTY_ENTITY_FILTER.include, person: include },
  match,
  exclude,
});
// as `parseEntityFilter` reads a URL against the corpus index: ids it lacks are dropped
const knownIds = new Set(FIXTURE_INDEX.entities.map((e) => e.id));
const known = (filter: EntityFilter): EntityFilter => ({
  ...filter,
  include: { ...filter.include, person: filter.include.person.filter((id) => knownIds.has(id)) },
  exclude: filter.exclude.filter((id) => knownIds.has(id)),
});
const shardFilterOf = (filter: EntityFilter): ShardFilter => ({
  include: includedIds(filter),
  match: filter.match,
  exclude: filter.exclude,
});

// every word of the fixture's headlines and first paragraphs that the index holds, a handful of them
const QUERIES = [
  'mariupol',
  'kyiv',
  'russia',
  'ukraine',
  'forces',
  'said',
  'minister',
  'kyiv mariu',
  'president',
];

describe('a search in pieces filters in the worker as the page filters with the corpus index', () => {
  // [what, filter, whether some query keeps a hit, whether some hit is dropped: the table exercises both sides]
  const cases: [string, EntityFilter, boolean, boolean][] = [
    ['one entity', filterOf([first.id], 'all'), true, true],
    ['two entities, all', filterOf([first.id, second.id], 'all'), false, true],
    ['two entities, any', filterOf([first.id, second.id], 'any'), true, true],
    ['an exclusion only', filterOf([], 'all', [first.id]), true, true],
    ['an inclusion and an exclusion', filterOf([second.id], 'all', [third.id]), true, true],
    [
      'an entity the corpus lacks (dropped: no filter, headlines kept)',
      filterOf(['person:nobody-at-all'], 'all'),
      true,
      false,
    ],
    ['a known and an unknown entity, all', filterOf([first.id, 'person:nobody-at-all'], 'all'), true, true],
  ];
  if (unnamed)
    cases.push(['an entity no paragraph names (nothing passes)', filterOf([unnamed.id], 'any'), false, true]);

  it.each(cases)('%s', async (_, filter, keepsSome, dropsSome) => {
    let kept = 0;
    let dropped = 0;
    for (const query of QUERIES) {
      const index = engine();
      const all = await index.search(query);
      const expected = groupHits(FIXTURE_INDEX, all, known(filter));
      const ranked = rankStories(await index.search(query, shardFilterOf(filter)));
      expect(ranked.hitCount, query).toBe(expected.hitCount);
      expect(
        ranked.stories.map((r) => FIXTURE_INDEX.stories[r.at]?.id),
        query,
      ).toEqual(expected.groups.map((g) => g.story.id));
      kept += expected.hitCount;
      dropped += all.length - expected.hitCount;
    }
    if (keepsSome) expect(kept).toBeGreaterThan(0);
    if (dropsSome) expect(dropped).toBeGreaterThan(0);
    else expect(dropped).toBe(0);
  });

  it('with no filter, or an empty one, every hit (headlines too) as without entity terms', async () => {
    const plain = buildSearchShards(shardStories(FIXTURE_INDEX, bodies));
    const without = createShardSearchIndex(
      plain.manifest,
      async (hash) => readSearchShard(plain.files.get(hash) ?? '{}'),
      shardDocId,
    );
    for (const query of QUERIES) {
      const expected = await without.search(query);
      expect(await engine().search(query), query).toEqual(expected);
      expect(await engine().search(query, { include: [], match: 'all', exclude: [] }), query).toEqual(
        expected,
      );
    }
  });

  it('an entity term is never a query word: its id typed as words finds what the words find', async () => {
    const typed = first.id.replace(/[:-]/g, ' ');
    const hits = await engine().search(typed);
    const plain = buildSearchShards(shardStories(FIXTURE_INDEX, bodies));
    const without = createShardSearchIndex(
      plain.manifest,
      async (hash) => readSearchShard(plain.files.get(hash) ?? '{}'),
      shardDocId,
    );
    expect(hits).toEqual(await without.search(typed));
    expect(entityTerm(first.id)).toBe(`@${entityTerm(first.id).slice(1, 3)}${first.id}`);
    expect(entityTerm(first.id)).toMatch(/^@[0-9a-f]{2}/);
  });
});

describe('story blocks: the results name a story by position without the corpus index', () => {
  const blockAt = (m: SearchManifest, at: number): StoryRef | undefined => {
    const blocks = m.stories;
    if (!blocks) return undefined;
    const json = files.get(blocks.files[Math.floor(at / blocks.size)] ?? '');
    return json === undefined ? undefined : (JSON.parse(json) as StoryRef[])[at % blocks.size];
  };

  it('every position gives its story’s id, body URL and digest', () => {
    expect(manifest.stories?.files.length).toBe(
      Math.ceil(FIXTURE_INDEX.stories.length / (manifest.stories?.size ?? 1)),
    );
    FIXTURE_INDEX.stories.forEach((story, at) => {
      expect(blockAt(manifest, at)).toEqual([story.id, story.chunk, story.documentId]);
    });
    expect(blockAt(manifest, FIXTURE_INDEX.stories.length)).toBeUndefined();
  });

  it('a story summarized from its body groups its hits as the index’s summary does', async () => {
    for (const query of QUERIES) {
      const raw = await engine().search(query);
      const expected = groupHits(FIXTURE_INDEX, raw, null);
      const fromBodies = rankStories(raw).stories.map((ranked) => {
        const [id = '', chunk = '', documentId = ''] = blockAt(manifest, ranked.at) ?? [];
        const body = FIXTURE_BODIES.get(id);
        if (!body) throw new Error(`no body for ${id}`);
        return storyHits(summarizeStory(body.story, { documentId, entityIndex: new Map(), chunk }), ranked);
      });
      expect(
        fromBodies.map((g) => g && { id: g.story.id, title: g.title, hits: g.hits, score: g.score }),
        query,
      ).toEqual(
        expected.groups.map((g) => ({ id: g.story.id, title: g.title, hits: g.hits, score: g.score })),
      );
    }
  });
});

describe('urlShardFilter reads a URL’s filter as parseEntityFilter does, every id taken as known', () => {
  const slug = (id: string) => id.slice(id.indexOf(':') + 1);
  const type = (id: string) => id.slice(0, id.indexOf(':'));
  const cases: [string, string][] = [
    ['nothing', ''],
    ['one entity', `${type(first.id)}=${slug(first.id)}`],
    ['two, any', `${type(first.id)}=${slug(first.id)}&${type(second.id)}=${slug(second.id)}&match=any`],
    ['an exclusion', `exclude=${first.id}`],
    ['included and excluded: the exclusion wins', `${type(first.id)}=${slug(first.id)}&exclude=${first.id}`],
    [
      'repeated, empty and untyped values',
      `${type(first.id)}=${slug(first.id)}&${type(first.id)}=${slug(first.id)}&person=&exclude=${slug(second.id)}`,
    ],
    ['demonyms are not read', `${type(first.id)}=${slug(first.id)}&demonyms=1`],
  ];
  it.each(cases)('%s', (_, query) => {
    const params = new URLSearchParams(query);
    const { filter } = parseEntityFilter(params, FIXTURE_INDEX);
    expect(urlShardFilter(params)).toEqual({
      include: includedIds(filter),
      match: filter.match,
      exclude: filter.exclude,
    });
  });

  it('keeps an id the corpus lacks, which parseEntityFilter drops (the worker drops it instead)', () => {
    const params = new URLSearchParams('person=nobody-at-all&exclude=place:nowhere-at-all');
    expect(parseEntityFilter(params, FIXTURE_INDEX).unknown).toHaveLength(2);
    expect(urlShardFilter(params)).toEqual({
      include: ['person:nobody-at-all'],
      match: 'all',
      exclude: ['place:nowhere-at-all'],
    });
  });
});
