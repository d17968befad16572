import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpusBundle } from '../../../src/core/bundle/make-corpus-bundle.ts';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { compileFilter, paragraphPasses } from '../../../src/core/query/compile-filter.ts';
import { EMPTY_ENTITY_FILTER, type EntityFilter } from '../../../src/core/query/entity-filter.ts';
import { entityPostings } from '../../../src/core/query/entity-postings.ts';
import { facetCounts } from '../../../src/core/query/facet-counts.ts';
import { matchingStories } from '../../../src/core/query/matching-stories.ts';
import { narrowIndex } from '../../../src/core/query/narrow-index.ts';
import { paragraphEntitySets, type LoadedBodies } from '../../../src/core/query/paragraph-entity-sets.ts';
import type { CorpusIndex, EntitySummary } from '../../../src/core/schema.ts';
import { FIXTURE_BODIES, FIXTURE_INDEX } from './fixture-corpus.ts';

// The postings must give exactly what testing every paragraph's entity set gave before them.

/** Per story id: the passing flag of each paragraph, the slow and obvious way. */
function referencePassing(
  index: CorpusIndex,
  filter: EntityFilter,
  bodies?: LoadedBodies,
  includeOverride?: number[],
) {
  const compiled = compileFilter(index, filter);
  const used = includeOverride ? { ...compiled, include: includeOverride } : compiled;
  return index.stories.map((story) =>
    paragraphEntitySets(index, story, filter.includeDemonyms, bodies?.get(story.id)).map((set) => ({
      set,
      passes: paragraphPasses(set, used),
    })),
  );
}

function referenceNarrow(index: CorpusIndex, filter: EntityFilter, bodies?: LoadedBodies) {
  const passing = referencePassing(index, filter, bodies);
  return index.stories.flatMap((story, s) => {
    const flags = passing[s]!.map((p) => p.passes);
    const count = flags.filter(Boolean).length;
    if (count === 0) return [];
    let position = 0;
    const sections = story.sections.filter((section) => {
      const from = position;
      position += section.paragraphCount;
      return flags.slice(from, position).some(Boolean);
    });
    return [[story.id, count, sections.map((x) => x.id)] as const];
  });
}

function referenceFacets(index: CorpusIndex, filter: EntityFilter, bodies?: LoadedBodies) {
  const paragraphs = index.entities.map(() => 0);
  const stories = index.entities.map(() => 0);
  const any = filter.match === 'any';
  for (const story of referencePassing(index, filter, bodies, any ? [] : undefined)) {
    const inStory = new Set<number>();
    for (const { set, passes } of story) {
      if (!passes) continue;
      for (const e of set) {
        paragraphs[e]! += 1;
        inStory.add(e);
      }
    }
    for (const e of inStory) stories[e]! += 1;
  }
  return { paragraphs, stories };
}

function include(filter: EntityFilter, ...entities: EntitySummary[]): EntityFilter {
  const next = { ...filter.include };
  for (const e of entities) next[e.type] = [...next[e.type], e.id];
  return { ...filter, include: next };
}

/** Single entities (places with demonyms among them), pairs of the most-named ones under all and any, exclusions, with and without demonyms. */
function filtersFor(index: CorpusIndex): EntityFilter[] {
  const top = [...index.entities].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 6);
  const filters: EntityFilter[] = [EMPTY_ENTITY_FILTER];
  // every entity of a type at least once, but not hundreds: the reference is the slow way
  for (const e of index.entities.slice(0, 40)) filters.push(include(EMPTY_ENTITY_FILTER, e));
  for (const e of index.entities.filter((x) => x.demonyms.length > 0).slice(0, 5))
    filters.push(include(EMPTY_ENTITY_FILTER, e));
  for (const a of top)
    for (const b of top) {
      if (a === b) continue;
      const pair = include(EMPTY_ENTITY_FILTER, a, b);
      filters.push(pair, { ...pair, match: 'any' }, { ...include(EMPTY_ENTITY_FILTER, a), exclude: [b.id] });
      filters.push(
        { ...pair, match: 'any', exclude: [top[5]!.id] },
        { ...EMPTY_ENTITY_FILTER, exclude: [a.id, b.id] },
      );
    }
  filters.push(include(EMPTY_ENTITY_FILTER, ...top.slice(0, 3)));
  filters.push({
    ...EMPTY_ENTITY_FILTER,
    include: { ...EMPTY_ENTITY_FILTER.include, person: ['person:nobody'] },
  });
  return [...filters, ...filters.map((f) => ({ ...f, includeDemonyms: true }))];
}

function expectSameAsReference(index: CorpusIndex, bodies?: LoadedBodies) {
  for (const filter of filtersFor(index)) {
    const label = JSON.stringify(filter);
    const narrowed = narrowIndex(index, filter, bodies);
    const active = filter.exclude.length > 0 || Object.values(filter.include).some((ids) => ids.length > 0);
    const got = narrowed.index.stories.map((s) => [
      s.id,
      narrowed.matches.get(s.id),
      s.sections.map((x) => x.id),
    ]);
    const want = active
      ? referenceNarrow(index, filter, bodies)
      : index.stories.map((s) => [s.id, s.paragraphIds.length, s.sections.map((x) => x.id)] as const);
    expect(got, label).toEqual(want);
    expect(narrowed.hiddenStories, label).toBe(index.stories.length - want.length);
    expect(facetCounts(index, filter, bodies), label).toEqual(referenceFacets(index, filter, bodies));
    expect(
      matchingStories(index, filter, bodies).map((m) => [m.story.id, m.matchingParagraphs]),
      label,
    ).toEqual(referenceNarrow(index, filter, bodies).map(([id, count]) => [id, count]));
  }
}

const digestsDir = join(import.meta.dirname, '../../fixtures/digests');
const fixtureDigests = buildCorpus(
  readdirSync(digestsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ source: name, text: readFileSync(join(digestsDir, name), 'utf8') })),
);

describe('entity postings', () => {
  it('number paragraphs in story order and list each entity’s paragraphs ascending', () => {
    const postings = entityPostings(FIXTURE_INDEX);
    const total = FIXTURE_INDEX.stories.reduce((n, s) => n + s.paragraphIds.length, 0);
    expect(postings.paragraphCount).toBe(total);
    expect(postings.storyStart[FIXTURE_INDEX.stories.length]).toBe(total);
    FIXTURE_INDEX.entities.forEach((_, e) => {
      const want = FIXTURE_INDEX.stories.flatMap((story, s) =>
        story.paragraphEntities.flatMap((ids, i) => (ids.includes(e) ? [postings.storyStart[s]! + i] : [])),
      );
      expect([...postings.postings[e]!]).toEqual(want);
    });
  });

  it('are built once per index', () => {
    expect(entityPostings(FIXTURE_INDEX)).toBe(entityPostings(FIXTURE_INDEX));
    expect(entityPostings(FIXTURE_INDEX, true, new Map())).toBe(entityPostings(FIXTURE_INDEX));
  });

  it('narrow, count facets and match stories as testing every paragraph did (hand-made corpus, with demonyms)', () => {
    expectSameAsReference(FIXTURE_INDEX);
    expectSameAsReference(FIXTURE_INDEX, FIXTURE_BODIES);
  });

  it('narrow, count facets and match stories as testing every paragraph did (the fixture digests)', () => {
    const { index, bodies } = makeCorpusBundle(fixtureDigests);
    expect(index.stories.length).toBeGreaterThan(10);
    expectSameAsReference(index);
    expectSameAsReference(index, new Map(bodies.slice(0, 5).map((b) => [b.id, b])));
  }, 60_000);
});
