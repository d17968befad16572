import { describe, expect, it } from 'vitest';
import { annotateParagraphs, documentOf, linked } from './annotate-text.ts';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';

describe('mergeAliases: one entity per person, place or organization of a document', () => {
  it.each<[string, string[], string[]]>([
    [
      'a surname joins the one full name ending with it',
      ['Russian President Vladimir Putin has ordered.', 'Putin also instructed his forces.'],
      ['Vladimir Putin→Vladimir Putin/context:title', 'Putin→Vladimir Putin/alias:surname'],
    ],
    [
      'two people sharing a surname: the bare surname is left unlinked',
      ['said Sergei Ivanov, a former minister.', 'said Igor Ivanov, a diplomat.', 'Ivanov left.'],
      ['Sergei Ivanov→Sergei Ivanov/lexicon:given-name', 'Igor Ivanov→Igor Ivanov/lexicon:given-name'],
    ],
    [
      'a lone surname of a person named in full is that person, though a town bears it',
      ['Marco Orlando, 19, was arrested.', 'Orlando contacted former members.'],
      ['Marco Orlando→Marco Orlando/lexicon:given-name', 'Orlando→Marco Orlando/alias:person-surname'],
    ],
    [
      'a country keeps its reading beside a person who bears its name',
      ['King Abdullah of Jordan met Michael Jordan.'],
      ['Jordan→Jordan/gazetteer:country', 'Michael Jordan→Michael Jordan/lexicon:given-name'],
    ],
    [
      'a town with no person of its name stays a town',
      ['Marco Orlando was arrested.', 'He was born in Tulsa.'],
      ['Marco Orlando→Marco Orlando/lexicon:given-name', 'Tulsa→Tulsa/gazetteer:city'],
    ],
    [
      'capitals in square brackets, and capitals spelling the initials, name the organization',
      ["Commanders of the Korean People's Army [KPA] said.", 'Shells hit KPA posts.'],
      [
        "Korean People's Army→Korean People's Army/cue:org-suffix",
        "KPA→Korean People's Army/alias:acronym",
        "KPA→Korean People's Army/alias:acronym",
      ],
    ],
    [
      'capitals spelling the initials of two organizations name neither',
      ['The Centre Progress Party and the Citizens Patriotic Party met.', 'CPP left.'],
      [
        'Centre Progress Party→Centre Progress Party/cue:org-suffix',
        'Citizens Patriotic Party→Citizens Patriotic Party/cue:org-suffix',
        'CPP→CPP/cue:acronym',
      ],
    ],
    [
      'capitals before an organization word are its short form',
      ['KTN News reported it.', 'KTN said.'],
      ['KTN News→KTN/cue:org-suffix', 'KTN→KTN/cue:acronym'],
    ],
    [
      'transliteration variants of a person meet',
      ['Volodymyr Zelensky spoke.', 'Zelenskyy added that talks go on.'],
      [
        'Volodymyr Zelensky→Volodymyr Zelensky/lexicon:given-name',
        'Zelenskyy→Volodymyr Zelensky/alias:surname',
      ],
    ],
    [
      'a Russian spelling joins the gazetteer place',
      ['a school in the city of Gorlovka was hit.', 'the embassy in Kiev reopened.'],
      ['Gorlovka→Horlivka/alias:transliteration', 'Kiev→Kyiv/alias:transliteration'],
    ],
    [
      'a mistranslated facility close in spelling joins the known one',
      ['except the Azovstal factory.', 'They hide in the Azov Stable plant.', 'Azovstal is a steel factory.'],
      [
        'Azovstal→Azovstal/cue:facility',
        'Azov Stable→Azovstal/cue:facility',
        'Azovstal→Azovstal/alias:repeat', // at a sentence start: found again by the sweep of step 7
      ],
    ],
    [
      'an acronym in brackets is the same organization',
      ['talks with the National Liberation Army (ELN) resumed.', 'The ELN agreed.'],
      [
        'National Liberation Army→National Liberation Army/cue:org-suffix',
        'ELN→National Liberation Army/alias:acronym',
        'ELN→National Liberation Army/alias:acronym',
      ],
    ],
    [
      'a possessive is not part of the span',
      ['Russia’s supply lines and the European Union’s embargo.'],
      ['Russia→Russia/gazetteer:country', 'European Union→European Union/gazetteer:organization'],
    ],
    [
      'a particle-less surname and a nickname after "known as"',
      [
        'General Abdel Fattah al-Burhan and his deputy Mohamed Hamdan Dagalo, known as Hemedti.',
        'Burhan met al-Burhan’s aides.',
        'Hemedti left.',
      ],
      [
        'Abdel Fattah al-Burhan→Abdel Fattah al-Burhan/context:title',
        'Mohamed Hamdan Dagalo→Mohamed Hamdan Dagalo/context:title',
        'Hemedti→Mohamed Hamdan Dagalo/alias:known-as',
        // the lone "Burhan" of "al-Burhan’s aides" joins the full name by its particle-less surname
        'Burhan→Abdel Fattah al-Burhan/alias:repeat',
        'Burhan→Abdel Fattah al-Burhan/context:possessive-role',
        'Hemedti→Mohamed Hamdan Dagalo/alias:known-as',
      ],
    ],
    [
      'a company without its legal suffix is the same company',
      ['operated by the Chinese company MMG Limited, said', 'MMG spokesman Troy Hey said'],
      ['MMG Limited→MMG/cue:org-suffix', 'MMG→MMG/cue:acronym', 'Troy Hey→Troy Hey/context:title'],
    ],
    [
      'a middle name one person bears',
      ['Former president Luiz Inacio Lula da Silva won.', 'Lula, 77, will take office.'],
      [
        'Luiz Inacio Lula da Silva→Luiz Inacio Lula da Silva/context:title',
        'Lula→Luiz Inacio Lula da Silva/alias:name-part',
      ],
    ],
    [
      // must not merge: two different places, a demonym is no mention
      'different names stay apart and demonyms are not mentions',
      ['Austria and Australia signed.', 'Russian forces and Ukrainian fighters.'],
      ['Austria→Austria/gazetteer:country', 'Australia→Australia/gazetteer:country'],
    ],
  ])('%s', (_label, paragraphs, expected) => expect(annotateParagraphs(paragraphs)).toEqual(expected));
});

describe('linkMentions: the sweep for forms met elsewhere', () => {
  it.each<[string, string[], string[]]>([
    [
      'a surname written with its particle after a lower-case start',
      [
        'The army killed Tayseer al-Jabari and Khaled Mansour, two commanders.',
        'Egypt spoke with al-Jabari.',
      ],
      [
        'Tayseer al-Jabari→Tayseer al-Jabari/context:coordination',
        'Khaled Mansour→Khaled Mansour/context:apposition',
        'Egypt→Egypt/gazetteer:country',
        'al-Jabari→Tayseer al-Jabari/alias:surname',
      ],
    ],
    [
      // must not link: a surname two people share
      'a shared surname stays unlinked',
      ['said Sergei Ivanov, a former minister.', 'said Igor Ivanov, a diplomat.', 'Ivanov left.'],
      ['Sergei Ivanov→Sergei Ivanov/lexicon:given-name', 'Igor Ivanov→Igor Ivanov/lexicon:given-name'],
    ],
  ])('%s', (_label, paragraphs, expected) => expect(annotateParagraphs(paragraphs)).toEqual(expected));
});

describe('annotateCorpus: surnames across the digests of a corpus', () => {
  it.each<[string, string[][], string[]]>([
    [
      'a surname alone in one digest joins the full name written in another',
      [
        ['Russian President Vladimir Putin ordered the siege.'],
        ['Putin’s spokesman denied it.', 'Later Putin left.'],
      ],
      [
        'Vladimir Putin→Vladimir Putin/context:title',
        'Putin→Vladimir Putin/alias:corpus-surname',
        'Putin→Vladimir Putin/alias:corpus-surname',
      ],
    ],
    [
      // must not link: the second digest names its own person with that surname
      'a digest that names its own bearer of the surname keeps it',
      [['said Sergei Ivanov, a former minister.'], ['said Igor Ivanov, a diplomat.', 'Ivanov left.']],
      [
        'Sergei Ivanov→Sergei Ivanov/lexicon:given-name',
        'Igor Ivanov→Igor Ivanov/lexicon:given-name',
        'Ivanov→Igor Ivanov/alias:surname',
      ],
    ],
  ])('%s', (_label, docs, expected) =>
    expect(linked(annotateCorpus(docs.map((paragraphs, i) => documentOf(`d${i}`, paragraphs))))).toEqual(
      expected,
    ),
  );
});
