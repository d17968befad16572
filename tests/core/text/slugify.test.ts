import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/core/text/slugify.ts';

describe('slugify', () => {
  it.each<[string, string, number | undefined, string]>([
    [
      'apostrophes vanish',
      'Zelensky’s adviser: Russian forces',
      undefined,
      'zelenskys-adviser-russian-forces',
    ],
    ['quotes and punctuation go', '“Terrorist act”', undefined, 'terrorist-act'],
    ['Cyrillic letters stay', 'Война и мир', undefined, 'война-и-мир'],
    ['Arabic letters stay', 'أخبار المدينة', undefined, 'أخبار-المدينة'],
    ['digits stay', '3 stars', undefined, '3-stars'],
    ['nothing readable: fallback', '!!! ??? —', undefined, 'story'],
    ['empty: fallback', '', undefined, 'story'],
    ['cut at a word boundary', 'alpha beta gamma delta', 12, 'alpha-beta'],
    ['cut mid-word when no boundary is near', 'abcdefghijklmnop', 5, 'abcde'],
    ['never ends with a dash after a cut', 'ab cd', 3, 'ab'],
    ['does not split an astral letter', '𠀀𠀀𠀀', 3, '𠀀'],
  ])('%s', (_, text, max, expected) => {
    expect(slugify(text, 'story', max)).toBe(expected);
  });

  it('is always non-empty, without spaces or edge dashes, and bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 100 }), (text, max) => {
        const slug = slugify(text, 'x', max);
        expect(slug.length).toBeGreaterThan(0);
        expect(slug.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(slug).not.toMatch(/\s|^-|-$|--/u);
        expect(slug).toBe(slug.toLowerCase());
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
