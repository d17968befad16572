import { describe, expect, it } from 'vitest';
import { foldTerm } from '../../../src/core/search/fold-term.ts';
import { makeSnippet } from '../../../src/core/search/make-snippet.ts';
import { markRanges } from '../../../src/core/search/mark-ranges.ts';
import { queryTerms } from '../../../src/core/search/query-terms.ts';
import { parseSearchDocId, searchDocId, type SearchTarget } from '../../../src/core/search/search-doc-id.ts';
import { termMatches } from '../../../src/core/search/term-matches.ts';
import { tokenizeWords } from '../../../src/core/search/tokenize-words.ts';

/** The text with its marked ranges in brackets: "the [Mariupol] plant". */
const bracket = (text: string, ranges: { start: number; end: number }[]): string =>
  ranges.reduceRight((t, r) => `${t.slice(0, r.start)}[${t.slice(r.start, r.end)}]${t.slice(r.end)}`, text);

describe('tokenizeWords', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'Russian forces attack', ['Russian', 'forces', 'attack']],
    [
      'punctuation and apostrophes split',
      'Zelensky’s adviser: "storm"',
      ['Zelensky', 's', 'adviser', 'storm'],
    ],
    ['hyphens split', 'Al-Madina News', ['Al', 'Madina', 'News']],
    ['digits', '€ 273 million in 2022', ['273', 'million', 'in', '2022']],
    ['Cyrillic', 'Бої в Маріуполі тривають', ['Бої', 'в', 'Маріуполі', 'тривають']],
    ['Arabic', 'الجزيرة: قطر والسودان', ['الجزيرة', 'قطر', 'والسودان']],
    ['CJK runs stay whole', '東京で会議', ['東京で会議']],
    ['decomposed accents stay in the word', 'Kyi\u0308v', ['Kyi\u0308v']],
    ['text that looks like HTML', '<b>Kyiv</b> &amp; <script>', ['b', 'Kyiv', 'b', 'amp', 'script']],
    ['nothing but punctuation', '— … !', []],
  ])('%s', (_label, text, expected) => {
    const tokens = tokenizeWords(text);
    expect(tokens.map((t) => t.word)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});

describe('foldTerm and queryTerms', () => {
  it.each<[string, string]>([
    ['Kyïv', 'kyiv'],
    ['Kyi\u0308v', 'kyiv'],
    ['MARIUPOL', 'mariupol'],
    ['МАРІУПОЛЬ', 'маріуполь'],
    ['Ölüdeniz', 'oludeniz'],
  ])('fold %s', (word, expected) => {
    expect(foldTerm(word)).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['Kyiv  kyiv, Mariupol', ['kyiv', 'mariupol']],
    ['The war in Kyiv', ['war', 'kyiv']],
    ['the of and', []],
    ['  ', []],
    ['<mark>', ['mark']],
    ['маріу', ['маріу']],
  ])('query %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('termMatches (the index rule: prefix from 3 letters, 1 typo per 5 letters from 4)', () => {
  it.each<[string, string, boolean]>([
    ['mariupol', 'mariupol', true],
    ['mariupol', 'mariu', true],
    ['mariupol', 'm', false], // one letter matches only itself
    ['m', 'm', true],
    ['war', 'wat', false], // 3 letters allow no typo
    ['kyv', 'kyiv', true], // 4 letters allow one
    ['mariupol', 'mariupl', true], // one letter missing, 7 letters allow 1
    ['mariupol', 'mairupol', true], // a swap is 2 edits; 8 letters allow 2
    ['prussian', 'russian', true], // 1 edit: the index finds it too, so it is marked
    ['toward', 'war', false],
    ['mariupol', 'ariupol', true], // missing first letter: 1 edit
    ['kyiv', 'kiev', false], // 2 edits, 4 letters allow 1
    ['kyiv', 'kyev', true],
    ['azovstal', 'zzz', false],
    ['war', 'wa', false], // 2 letters match only themselves
    ['warship', 'war', true], // a prefix from 3 letters
    ['eu', 'eu', true],
    ['war', 'ar', false], // 2 letters allow no typo
    ['маріуполь', 'маріу', true],
  ])('%s answers %s: %s', (word, term, expected) => {
    expect(termMatches(word, term)).toBe(expected);
  });
});

describe('markRanges', () => {
  it.each<[string, string, string, string]>([
    ['one word', 'The eyes are on Mariupol, except', 'mariupol', 'The eyes are on [Mariupol], except'],
    ['prefix', 'Mariupol was besieged in Mariupol.', 'mariu', '[Mariupol] was besieged in [Mariupol].'],
    [
      'every query word',
      'Russian forces attack Azovstal',
      'azov forces',
      'Russian [forces] attack [Azovstal]',
    ],
    ['case and accents', 'In KYÏV and Kyiv', 'kyiv', 'In [KYÏV] and [Kyiv]'],
    ['typo', 'Mariupol was besieged', 'mariupl', '[Mariupol] was besieged'],
    ['not inside words', 'They went toward the war', 'war', 'They went toward the [war]'],
    ['Cyrillic', 'Бої в Маріуполі тривають', 'маріуп', 'Бої в [Маріуполі] тривають'],
    ['Arabic', 'الجزيرة: قطر والسودان', 'قطر', 'الجزيرة: [قطر] والسودان'],
    ['HTML-looking text is text', '<b>Kyiv</b> said <mark>', 'kyiv mark', '<b>[Kyiv]</b> said <[mark]>'],
    ['no terms', 'anything at all', '', 'anything at all'],
  ])('%s', (_label, text, query, expected) => {
    expect(bracket(text, markRanges(text, queryTerms(query)))).toBe(expected);
  });
});

describe('makeSnippet', () => {
  const render = (s: ReturnType<typeof makeSnippet>): string =>
    `${s.before ? '…' : ''}${s.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')}${s.after ? '…' : ''}`;
  const long =
    'Russian President Vladimir Putin has ordered his forces to cancel plans to storm the Azovstal factory, ' +
    'the last stronghold of Ukrainian troops in the port city of Mariupol, and instead to block the area so ' +
    'tightly that not even a fly could get through, according to the Kremlin.';

  it.each<[string, string, string, number, string]>([
    ['short text whole', 'Mariupol was besieged.', 'besieg', 180, 'Mariupol was [besieged].'],
    ['no mark: the start', 'Mariupol was besieged.', 'zzz', 180, 'Mariupol was besieged.'],
    [
      'a window around the first mark, cut at spaces',
      long,
      'mariupol',
      80,
      '…in the port city of [Mariupol], and instead to block the area so tightly that not…',
    ],
    ['mark at the start', long, 'russian', 40, '[Russian] President Vladimir Putin has…'],
    ['HTML-looking text kept as text', '<b>Kyiv</b> & <i>', 'kyiv', 180, '<b>[Kyiv]</b> & <i>'],
    ['Cyrillic', 'Бої в Маріуполі тривають', 'маріуп', 180, 'Бої в [Маріуполі] тривають'],
  ])('%s', (_label, text, query, width, expected) => {
    expect(render(makeSnippet(text, markRanges(text, queryTerms(query)), width))).toBe(expected);
  });

  it('never splits a surrogate pair when there is no space to cut at', () => {
    const text = '😀'.repeat(100) + '東京';
    const snippet = makeSnippet(text, markRanges(text, queryTerms('東京')), 51);
    const joined = snippet.parts.map((p) => p.text).join('');
    expect(joined).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(snippet.parts.some((p) => p.mark && p.text === '東京')).toBe(true);
  });

  it('joins back to a slice of the text', () => {
    const snippet = makeSnippet(long, markRanges(long, queryTerms('fly kremlin putin')), 60);
    expect(long).toContain(snippet.parts.map((p) => p.text).join(''));
    // the window starts at the first mark; later ones ("fly", "Kremlin") fall outside 60 characters
    expect(snippet.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Putin']);
  });
});

describe('searchDocId', () => {
  it.each<[SearchTarget, string]>([
    [{ kind: 'title', story: 0 }, '0'],
    [{ kind: 'title', story: 56 }, '1k'],
    [{ kind: 'heading', story: 56, section: 2 }, '1k#2'],
    [{ kind: 'paragraph', story: 56, position: 10 }, '1k.a'],
    [{ kind: 'paragraph', story: 4752, position: 1295 }, '3o0.zz'],
  ])('%j ↔ %s', (target, id) => {
    expect(searchDocId(target)).toBe(id);
    expect(parseSearchDocId(id)).toEqual(target);
  });

  it.each(['', '.1', '#1', 'story/p-1', '1.', '1#', 'A.1', '1.2.3'])('%j is not an id', (id) => {
    expect(parseSearchDocId(id)).toBeNull();
  });
});
