import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { matchGazetteer } from '../../../src/core/entities/02-gazetteer.ts';
import { resolveOverlaps } from '../../../src/core/entities/05-resolve-overlaps.ts';

const names = (text: string): string[] => {
  const doc = tokenize(text);
  return resolveOverlaps(matchGazetteer(doc)).map(
    (c) => `${doc.text.slice(c.start, c.end)}=${c.name}/${c.rule}`,
  );
};

describe('matchGazetteer', () => {
  it.each<[string, string[]]>([
    [
      'sanctions on Russia and the Russian Federation',
      ['Russia=Russia/gazetteer:country', 'Russian Federation=Russia/gazetteer:country'],
    ],
    ['while Britain generated', ['Britain=United Kingdom/gazetteer:country']],
    // "Republic of Turkey" makes "Turkey" a name of Türkiye, the package's preferred name
    [
      'the economy of Turkey and Turkiye',
      ['Turkey=Türkiye/gazetteer:country', 'Turkiye=Türkiye/gazetteer:country'],
    ],
    [
      'trade with the UK and the US',
      ['UK=United Kingdom/gazetteer:country', 'US=United States/gazetteer:country'],
    ],
    ['the siege of Mariupol and Kyiv', ['Mariupol=Mariupol/gazetteer:city', 'Kyiv=Kyiv/gazetteer:city']],
    ['a New York-based spokeswoman', ['New York=New York City/gazetteer:city']],
    // a name made an adjective by a prefix is no mention of the place
    ['the pro-Beijing camp and anti-Kremlin protests in Moscow', ['Moscow=Moscow/gazetteer:city']],
    [
      'connect eastern Ukraine with Crimea',
      ['Ukraine=Ukraine/gazetteer:country', 'Crimea=Crimea/gazetteer:region'],
    ],
    [
      'according to Reuters and the Kremlin',
      ['Reuters=Reuters/gazetteer:organization', 'Kremlin=Kremlin/gazetteer:organization'],
    ],
    ['the EU-wide embargo', ['EU=European Union/gazetteer:organization']],
    // newspapers named without a cue word ("according to …"), their leading "the" or not
    [
      'according to Corriere della Sera and the Times of India',
      [
        'Corriere della Sera=Corriere della Sera/gazetteer:organization',
        'Times of India=The Times of India/gazetteer:organization',
      ],
    ],
    // dotted abbreviations of a country
    ['the U.S. envoy for the region', ['U.S.=United States/gazetteer:country']],
    // a town or region word heading an unknown name is not the place; a title, a date or a name cue after it keeps it
    ['gas moved via Balkan Stream to Hungary', ['Hungary=Hungary/gazetteer:country']],
    ['Kyiv Mayor Vitali Klitschko', ['Kyiv=Kyiv/gazetteer:city']],
    ['talks in Paris Monday', ['Paris=Paris/gazetteer:city']],
    ['the blast at Beirut Port', ['Beirut=Beirut/gazetteer:city']],
    // a headline in title case says nothing by its capitals
    ['Kyiv Braces For Winter Blackouts', ['Kyiv=Kyiv/gazetteer:city']],
    // must not fire: lower case, pronoun, a demonym, a town named like a word at a sentence start, a month
    ['us and them, the union of workers', []],
    // a small town whose accents hide a short English word ("Göd") is not listed: "God" names no place
    ['God, I do not know what she said', []],
    // a large one is: "Münster" without its accent
    ['talks in Munster ended', ['Munster=Münster/gazetteer:city']],
    ['Russian forces crossed', []],
    // a demonym listed among a country's spellings is still a demonym
    ['Thai Foreign Minister Don Pramudwinai', []],
    ['Reading the report, he left', []],
    ['In March the talks', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
