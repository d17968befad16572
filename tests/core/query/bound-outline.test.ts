import { describe, expect, it } from 'vitest';
import { boundOutline } from '../../../src/core/query/bound-outline.ts';
import { fixtureIndex } from '../../app/fixture-corpus.ts';
import { manyStoriesIndex } from '../../components/story-list/many-stories-index.ts';

const shape = (outline: ReturnType<typeof boundOutline>) => ({
  digests: outline.digests.map((d) => [d.doc.id, d.stories.length, d.first.id, d.storyCount]),
  before: outline.before,
  after: outline.after,
  page: outline.page,
});

describe('boundOutline', () => {
  const index = manyStoriesIndex(20, 30); // 600 stories, 12 pages of the list

  it('one digest (the seed): its stories, open, nothing left out', () => {
    const outline = boundOutline(fixtureIndex, { currentStoryId: fixtureIndex.stories[1]!.id });
    expect(outline.digests).toHaveLength(1);
    expect(outline.digests[0]!.stories).toEqual(fixtureIndex.stories);
    expect(outline).toMatchObject({ before: 0, after: 0, page: 1 });
  });

  it.each<[string, string, (string | number)[][], number, number, number]>([
    [
      'the first digest: it open, three after it closed',
      'd1-s5',
      [
        ['digest-1', 30, 'd1-s1', 30],
        ['digest-2', 0, 'd2-s1', 30],
        ['digest-3', 0, 'd3-s1', 30],
        ['digest-4', 0, 'd4-s1', 30],
      ],
      0,
      16,
      1,
    ],
    [
      'a middle digest: three closed on each side',
      'd10-s30',
      [
        ['digest-7', 0, 'd7-s1', 30],
        ['digest-8', 0, 'd8-s1', 30],
        ['digest-9', 0, 'd9-s1', 30],
        ['digest-10', 30, 'd10-s1', 30],
        ['digest-11', 0, 'd11-s1', 30],
        ['digest-12', 0, 'd12-s1', 30],
        ['digest-13', 0, 'd13-s1', 30],
      ],
      6,
      7,
      // story 300 of 600: the last of page 6
      6,
    ],
    [
      'the last digest',
      'd20-s1',
      [
        ['digest-17', 0, 'd17-s1', 30],
        ['digest-18', 0, 'd18-s1', 30],
        ['digest-19', 0, 'd19-s1', 30],
        ['digest-20', 30, 'd20-s1', 30],
      ],
      16,
      0,
      12,
    ],
  ])('reading a story of %s', (_, currentStoryId, digests, before, after, page) => {
    expect(shape(boundOutline(index, { currentStoryId }))).toEqual({ digests, before, after, page });
  });

  it('digests the filter empties are neither listed nor counted', () => {
    const kept = new Set(['d1-s3', 'd5-s2', 'd5-s9', 'd20-s1']);
    const narrowed = {
      ...index,
      stories: index.stories.filter((s) => kept.has(s.id)),
      documents: index.documents.map((d) => ({ ...d, storyIds: d.storyIds.filter((id) => kept.has(id)) })),
    };
    expect(shape(boundOutline(narrowed, { currentStoryId: 'd5-s9', around: 1 }))).toEqual({
      digests: [
        ['digest-1', 0, 'd1-s3', 1],
        ['digest-5', 2, 'd5-s2', 2],
        ['digest-20', 0, 'd20-s1', 1],
      ],
      before: 0,
      after: 0,
      page: 1,
    });
  });

  it('on / (no story): the digests and stories of the list’s page, open', () => {
    expect(shape(boundOutline(index, { page: 2 }))).toEqual({
      digests: [
        ['digest-2', 10, 'd2-s21', 10],
        ['digest-3', 30, 'd3-s1', 30],
        ['digest-4', 10, 'd4-s1', 10],
      ],
      before: 0,
      after: 0,
      page: 2,
    });
  });

  it('stays bounded at a thousand digests', () => {
    const huge = manyStoriesIndex(1000, 5);
    const outline = boundOutline(huge, { currentStoryId: 'd500-s3' });
    expect(outline.digests).toHaveLength(7);
    expect(outline.digests.reduce((n, d) => n + d.stories.length, 0)).toBe(5);
    expect(outline).toMatchObject({ before: 496, after: 497, page: 50 });
  });
});
