import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/build/json-chunks.ts';

const VALUE = {
  documents: [
    { id: 'a', stories: [{ title: 'x\ny', sections: [{ paragraphs: [], line: 2 }] }, { title: '"q"' }] },
    { id: 'b', stories: [], skip: undefined },
  ],
  entities: [{ id: 'person:x', aliases: ['X', 'Mr X'], value: null }],
  empty: {},
  list: [1, undefined, 'z'],
};

describe('jsonChunks', () => {
  it.each([
    ['compact', ''],
    ['indented', '  '],
  ])('joined, is JSON.stringify of the value, %s, at every depth', (_, indent) => {
    for (const depth of [0, 1, 2, 3, 5, 8])
      expect([...jsonChunks(VALUE, indent, depth)].join(''), `depth ${depth}`).toBe(
        JSON.stringify(VALUE, null, indent),
      );
  });

  it('writes a long list member by member', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ i }));
    expect([...jsonChunks({ list }, '', 3)].length).toBeGreaterThan(1000);
  });
});
