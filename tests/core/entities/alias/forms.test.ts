import { describe, expect, it } from 'vitest';
import { formsBy } from './texts-of.ts';

// The four rules that add forms for the sweep of step 7 (alias/surname-forms.ts, name-part-forms.ts,
// known-as-forms.ts, acronym-forms.ts), each read through the forms step 6 hands over with its rule.
describe('addSurnameForms: the surname of the one person named in full who bears it', () => {
  it.each<[string, string[], string[]]>([
    ['one bearer', ['Russian President Vladimir Putin has ordered.'], ['putin→person:vladimir-putin']],
    [
      'with and without its particle',
      ['The army killed Tayseer al-Jabari, a commander.'],
      // keys are transliteration keys: j and i meet
      ['aliabari→person:tayseer-al-jabari', 'iabari→person:tayseer-al-jabari'],
    ],
    // must not fire
    ['two bearers', ['said Sergei Ivanov, a former minister.', 'said Igor Ivanov, a diplomat.'], []],
    ['a surname under three letters', ['said President Xi Wu, a former minister.'], []],
  ])('%s', (_label, paragraphs, expected) => expect(formsBy(paragraphs, 'alias:surname')).toEqual(expected));
});

describe('addNamePartForms: a middle word of one person’s name', () => {
  it.each<[string, string[], string[]]>([
    [
      'middle words, and the last two capitalized words',
      ['Former president Luiz Inacio Lula da Silva won.'],
      [
        'inacio→person:luiz-inacio-lula-da-silva',
        'lulasilva→person:luiz-inacio-lula-da-silva',
        'lula→person:luiz-inacio-lula-da-silva',
      ],
    ],
    [
      'the last two words of a longer name',
      ['said leader Aung San Suu Kyi, a former minister.'],
      ['san→person:aung-san-suu-kyi', 'suki→person:aung-san-suu-kyi'],
    ],
    // must not fire
    ['a two-word name', ['Russian President Vladimir Putin has ordered.'], []],
    [
      'a middle word two people bear',
      ['said Maria Jose Lopez, a minister.', 'said Carlos Jose Perez, a diplomat.'],
      // "Jose" alone names neither; the last two words still name each
      ['ioselopez→person:maria-jose-lopez', 'ioseperez→person:carlos-jose-perez'],
    ],
  ])('%s', (_label, paragraphs, expected) =>
    expect(formsBy(paragraphs, 'alias:name-part').sort()).toEqual(expected),
  );
});

describe('addKnownAsForms: the name after ", known as" is the person’s', () => {
  it.each<[string, string[], string[]]>([
    [
      'after a person',
      ['his deputy Mohamed Hamdan Dagalo, known as Hemedti, left.'],
      ['hemedti→person:mohamed-hamdan-dagalo'],
    ],
    // must not fire
    ['without the comma', ['his deputy Mohamed Hamdan Dagalo known as Hemedti left.'], []],
    ['after a place', ['the city of Kyiv, known as Kiev, was hit.'], []],
    ['a lower-case word', ['his deputy Mohamed Hamdan Dagalo, known as the general, left.'], []],
  ])('%s', (_label, paragraphs, expected) => expect(formsBy(paragraphs, 'alias:known-as')).toEqual(expected));
});

describe('addAcronymForms: capitals in brackets after a name are its form', () => {
  it.each<[string, string[], string[]]>([
    [
      'round brackets',
      ['talks with the National Liberation Army (ELN) resumed.'],
      ['eln→organization:national-liberation-army'],
    ],
    // must not fire
    ['no brackets', ['talks with the National Liberation Army resumed.'], []],
  ])('%s', (_label, paragraphs, expected) => expect(formsBy(paragraphs, 'alias:acronym')).toEqual(expected));
});
