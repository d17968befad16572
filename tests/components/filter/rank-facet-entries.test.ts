import { describe, expect, it } from 'vitest';
import { facetOrder, rankFacetEntries } from '../../../src/components/filter/rank-facet-entries.ts';
import type { EntitySummary } from '../../../src/core/schema.ts';
import { FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';

const model = FIXTURE_INDEX.entities.find((e) => e.type === 'person')!;
const person = (name: string, mentionCount: number): EntitySummary => ({
  ...model,
  id: `person:${name.toLowerCase()}`,
  name,
  aliases: [name],
  mentionCount,
});
const place = { ...FIXTURE_INDEX.entities.find((e) => e.type === 'place')!, mentionCount: 1 };

describe('rankFacetEntries', () => {
  const entities = [person('Bea', 2), place, person('Abe', 2), person('Cy', 9), person('Di', 1)];
  const order = facetOrder(entities);
  const names = (paragraphs: number[]) =>
    rankFacetEntries(entities, order, paragraphs, paragraphs)
      .get('person')
      ?.map((e) => `${e.entity.name} ${e.paragraphs}`);

  it.each([
    ['no filter counts: mentions, then name', [0, 0, 0, 0, 0], ['Cy 0', 'Abe 0', 'Bea 0', 'Di 0']],
    ['most paragraphs first', [1, 0, 3, 0, 2], ['Abe 3', 'Di 2', 'Bea 1', 'Cy 0']],
    ['equal paragraphs: mentions, then name', [1, 0, 1, 1, 0], ['Cy 1', 'Abe 1', 'Bea 1', 'Di 0']],
  ])('%s', (_, paragraphs, expected) => {
    expect(names(paragraphs)).toEqual(expected);
  });

  it('groups by type and leaves out types with no entity', () => {
    const ranked = rankFacetEntries(entities, order, [0, 4, 0, 0, 0], [0, 1, 0, 0, 0]);
    expect([...ranked.keys()]).toEqual(['person', 'place']);
    expect(ranked.get('place')).toEqual([{ entity: place, paragraphs: 4, stories: 1 }]);
  });
});
