import { describe, expect, it } from 'vitest';
import { opensWithNounPhrase } from '../../../src/core/parse/opens-with-noun-phrase.ts';

describe('opensWithNounPhrase', () => {
  it.each<[string, boolean]>([
    ['The position of the African Union and the regional bloc', true],
    ['the role of mediators', true],
    ['Role of the envoy in the talks', true],
    ['fires in Rhodes', true],
    ['Fires in Rhodes', true],
    ['peace with the rebels', true],
    ['a factory in Hai Phong', true],
    ['Congratulations from abroad', true],
    ['Cosplay celebration of craftsmanship and characters', true],
    ['The death toll of the landslide', true],
    // must not fire: clauses, names of institutions, a preposition first
    ['Thousands march in Paris against the pension reform', false],
    ['Israel warns against a bad deal', false],
    ['Bank of England holds interest rates steady', false],
    ['The Court of Justice rules on the case', false],
    ['Ministry of Health announces new measures', false],
    ['Despite the sanctions, these countries sold arms', false],
    ['Heat wave breaks temperature records', false],
    ['Clinics in the Arctic close for a third month', false],
    ['Opposition reaction', false],
    // a compound before "of" only when its second word is a lowercase noun, not a name or a verb
    ['Central Bank of Kenya raises rates', false],
    ['Police arrested of all people a priest', false],
    ['Farmers accused of burning the forest', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(opensWithNounPhrase(text)).toBe(expected);
  });
});
