import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueSlug } from '../../../src/core/text/unique-slug.ts';

describe('uniqueSlug', () => {
  it.each<[string, string[], string, string]>([
    ['free: as is', [], 'talks', 'talks'],
    ['taken: -2', ['talks'], 'talks', 'talks-2'],
    ['-2 taken too: -3', ['talks', 'talks-2'], 'talks', 'talks-3'],
    ['a slug that looks suffixed is still free', ['talks'], 'talks-2', 'talks-2'],
  ])('%s', (_, taken, base, expected) => {
    const set = new Set(taken);
    expect(uniqueSlug(base, set)).toBe(expected);
    expect(set.has(expected)).toBe(true);
  });

  it('never returns the same slug twice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'a-2', 'b', 'a-3', 'b-2'), { maxLength: 40 }), (bases) => {
        const taken = new Set<string>();
        const slugs = bases.map((b) => uniqueSlug(b, taken));
        expect(new Set(slugs).size).toBe(slugs.length);
      }),
    );
  });
});
