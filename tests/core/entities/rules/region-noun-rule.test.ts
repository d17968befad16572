import { describe, expect, it } from 'vitest';
import { regionNounRule } from '../../../../src/core/entities/rules/region-noun-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('regionNounRule', () => {
  it.each<[string, string[]]>([
    ['Fighting spread last month to the Amhara region, where', ['Amhara/place']],
    ['a state of emergency in the Chumbivilcas province and', ['Chumbivilcas/place']],
    ['protests took place in the Colca valley.', ['Colca/place']],
    ['burned villages in the Waghimra zone.', ['Waghimra/place']],
    ['the fisheries of the Absheron peninsula.', ['Absheron/place']],
    ['officials in the Mangystau region said', ['Mangystau/place']],
    ['the Chibayish marshes have lost', ['Chibayish/place']],
    ['sent troops to the Rwenzori mountains to fight', ['Rwenzori/place']],
    // must not fire: a demonym, a name of another kind, a capital at a sentence start, a noun not for an area
    ['the Russian region was hit', []],
    ['the Islamic State region', []],
    ['the Health Ministry district office', []],
    ['Officials region-wide said', []],
    ['the Amhara militia', []],
  ])('%s', (text, expected) => expect(chunkRule(text, regionNounRule)).toEqual(expected));
});
