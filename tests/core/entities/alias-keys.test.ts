import { describe, expect, it } from 'vitest';
import { skeletonKey, translitKey } from '../../../src/core/entities/alias/translit-key.ts';
import { surnameOf } from '../../../src/core/entities/alias/surname-of.ts';
import { foldKey } from '../../../src/core/entities/alias/fold-key.ts';

describe('translitKey: spelling variants meet, different names do not', () => {
  it.each([
    ['Zelensky', 'Zelenskyy', true],
    ['Vojtkovic', 'Voitkovic', true],
    ['Putin', 'Shoigu', false],
    ['Azarov', 'Azerov', false],
  ])('%s ~ %s → %s', (a, b, same) => expect(translitKey(a) === translitKey(b)).toBe(same));
});

describe('skeletonKey: Russian and Ukrainian spellings of a place meet', () => {
  it.each([
    ['Kiev', 'Kyiv', true],
    ['Gorlovka', 'Horlivka', true],
    ['Moscow', 'Mariupol', false],
  ])('%s ~ %s → %s', (a, b, same) => expect(skeletonKey(a) === skeletonKey(b)).toBe(same));
});

describe('surnameOf keeps particles', () => {
  it.each([
    ['Vladimir Putin', 'Putin'],
    ['Jean-Yves Le Drian', 'Le Drian'],
    ['Tayseer al-Jabari', 'al-Jabari'],
  ])('%s → %s', (full, surname) => expect(surnameOf(full)).toBe(surname));
});

describe('foldKey: letters without a combining accent fold too', () => {
  it.each([
    ['Kılıçdaroğlu', 'kilicdaroglu'],
    ['Łódź', 'lodz'],
    ['Ségou’s', "segou's"],
  ])('%s → %s', (text, key) => expect(foldKey(text)).toBe(key));
});
