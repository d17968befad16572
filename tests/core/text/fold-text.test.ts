import { describe, expect, it } from 'vitest';
import { matchText } from '../../../src/components/filter/match-text.ts';
import { foldKey } from '../../../src/core/entities/alias/fold-key.ts';
import { matchesHeadline } from '../../../src/core/query/matches-headline.ts';
import { indexSearchDocuments } from '../../../src/core/search/index-search-documents.ts';
import { queryTerms } from '../../../src/core/search/query-terms.ts';
import { searchTerm } from '../../../src/core/search/search-term.ts';
import { foldText } from '../../../src/core/text/fold-text.ts';

describe('foldText', () => {
  it.each<[string, string, string]>([
    ['combining accents drop', 'Ségou Kyïv', 'segou kyiv'],
    ['decomposed input folds the same', 'Kyi\u0308v', 'kyiv'],
    ['Polish ł has no mark to drop', 'Łódź', 'lodz'],
    ['Nordic ø', 'Ørsted', 'orsted'],
    ['æ and œ are two letters', 'Æsir cœur', 'aesir coeur'],
    ['German ß, small and capital', 'Straße STRAẞE', 'strasse strasse'],
    ['Croatian đ', 'Đakovo', 'dakovo'],
    ['Turkish dotted capital İ loses its dot', 'İstanbul', 'istanbul'],
    ['Turkish dotless ı', 'Kılıç', 'kilic'],
    ['Icelandic þ and ð', 'Þórður', 'thordur'],
    ['compatibility forms: ligature and fullwidth', 'ﬁnance ＵＮ', 'finance un'],
    ['Cyrillic keeps its letters, only case folds', 'МАРІУПОЛЬ', 'маріуполь'],
    ['Cyrillic й loses its breve like any combining mark', 'Й', 'и'],
    // must not fire: plain ASCII, digits, punctuation and apostrophes stay as they are
    ['plain ASCII only lower-cases', 'Vladimir Putin', 'vladimir putin'],
    ['digits and punctuation untouched', '€ 273m, “quoted” it’s', '€ 273m, “quoted” it’s'],
    ['Arabic without marks unchanged', 'الجزيرة', 'الجزيرة'],
    ['empty', '', ''],
  ])('%s', (_label, text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});

describe('every comparison folds with foldText', () => {
  it('the search index (built ahead) and the query (typed in the browser) meet on "lodz" for "Łódź"', () => {
    const engine = indexSearchDocuments([{ id: '0.0', text: 'Floods reached Łódź and Straße 5 on Monday.' }]);
    expect(engine.search('lodz').map((hit) => hit.id)).toEqual(['0.0']);
    expect(engine.search('strasse').map((hit) => hit.id)).toEqual(['0.0']);
    expect(queryTerms('ŁÓDŹ')).toEqual([foldText('Łódź')]);
    expect(searchTerm('Łódź')).toBe(foldText('Łódź'));
  });

  it('facet search, headline search and the entity keys fold the same way', () => {
    expect(matchText('lodz', ['Łódź'])).toBe(true);
    expect(matchText('lodz', ['Lagos'])).toBe(false);
    expect(matchesHeadline({ title: 'Floods in Łódź', firstSentence: '' }, 'lodz')).toBe(true);
    expect(foldKey('Łódź')).toBe(foldText('Łódź'));
  });
});
