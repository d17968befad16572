import { describe, expect, it } from 'vitest';
import { makeStoryIdsUnique } from '../../../src/core/parse/make-story-ids-unique.ts';
import type { ParsedDocument } from '../../../src/core/schema.ts';

const doc = (id: string, storyIds: string[]): ParsedDocument => ({
  id,
  source: `seeds/${id}.txt`,
  stories: storyIds.map((s, i) => ({ id: s, title: s, line: i + 1, source: null, sections: [] })),
  boilerplate: [],
  warnings: [],
  lineCount: storyIds.length,
});
const ids = (docs: ParsedDocument[]): string[][] => docs.map((d) => d.stories.map((s) => s.id));

describe('makeStoryIdsUnique', () => {
  it.each<[string, ParsedDocument[], string[][]]>([
    ['no clash: unchanged', [doc('a', ['x']), doc('b', ['y'])], [['x'], ['y']]],
    ['a later document gets its id appended', [doc('a', ['x']), doc('b', ['x'])], [['x'], ['x--b']]],
    ['path order decides, not input order', [doc('b', ['x']), doc('a', ['x'])], [['x--b'], ['x']]],
    ['then numeric suffixes', [doc('a', ['x', 'x--b']), doc('b', ['x'])], [['x', 'x--b'], ['x--b-2']]],
    [
      'within-document suffixes are kept',
      [doc('a', ['x', 'x-2']), doc('b', ['x-2'])],
      [['x', 'x-2'], ['x-2--b']],
    ],
  ])('%s', (_, docs, expected) => {
    const out = makeStoryIdsUnique(docs);
    expect(ids(out)).toEqual(expected);
    expect(new Set(ids(out).flat()).size).toBe(ids(out).flat().length);
  });

  it('does not change its input', () => {
    const input = [doc('a', ['x']), doc('b', ['x'])];
    makeStoryIdsUnique(input);
    expect(ids(input)).toEqual([['x'], ['x']]);
  });
});
