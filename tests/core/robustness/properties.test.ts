import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { makeCorpusBundle } from '../../../src/core/bundle/make-corpus-bundle.ts';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';
import { normalizeText } from '../../../src/core/text/normalize-text.ts';
import { expectMentionsInBounds, expectNothingLost } from './nothing-lost.ts';

/** Pieces of hostile digests: names the rules fire on, values, markup, other scripts, controls, odd marks. */
const piece = fc.constantFrom(
  'Vladimir Putin',
  'Kyiv',
  'President Joe Biden said',
  'the European Union',
  'Al-Madina News:',
  '(AFP) -',
  '€ 121m',
  '$1',
  '24 February 2022',
  'more than 2,000 fighters',
  'Mr.',
  'J.',
  'U.S.',
  'Paris, Berlin and Rome',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'القاهرة',
  'الأهرام:',
  'Москва',
  'Сергей Лавров',
  '🇮🇹',
  '👨‍👩‍👧',
  '𝐁𝐨𝐥𝐨𝐠𝐧𝐚',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800',
  '"',
  '“',
  '(',
  ':',
  '.',
  '!',
  '?',
  '…',
  '#',
  '# ',
  '## ',
  '\t',
  ' ',
);
const line = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
const digest = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n\n\n')), { maxLength: 25 })
  .map((parts) => parts.map(([l, end]) => l + end).join(''));
const anyText = fc.oneof(digest, fc.string({ unit: 'binary', maxLength: 400 }));

describe('properties on hostile text', () => {
  it('parse and annotate never throw; nothing is lost; mentions are in bounds, sorted, not overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const corpus = annotateCorpus([parseDocument(text, { source: 'hostile.txt' })]);
        const [document] = corpus.documents;
        if (!document) throw new Error('no document');
        expectNothingLost(text, document.stories, document.boilerplate);
        const entityIds = new Set(corpus.entities.map((e) => e.id));
        expect(entityIds.size).toBe(corpus.entities.length);
        expectMentionsInBounds(document.stories, entityIds);
        for (const entity of corpus.entities) {
          expect(entity.id.startsWith(`${entity.type}:`)).toBe(true);
          expect(entity.id.slice(entity.type.length + 1)).toMatch(/^[^\s/?#%]+$/u);
          expect(entity.mentionCount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('story ids are valid slugs, unique across digests, and stable when the files come in another order', () => {
    fc.assert(
      fc.property(fc.array(digest, { minLength: 1, maxLength: 4 }), (texts) => {
        const files = texts.map((text, i) => ({ source: `seeds/${i % 2 ? 'b' : 'a'}-${i}.txt`, text }));
        const corpus = buildCorpus(files);
        const ids = corpus.documents.flatMap((d) => d.stories.map((s) => s.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(id).not.toMatch(/^-|-$|\s|[/?#%<>"']/u);
          expect(id.length).toBeGreaterThan(0);
        }
        for (const d of corpus.documents) {
          for (const s of d.stories)
            expect(new Set(s.sections.map((x) => x.id)).size).toBe(s.sections.length);
        }
        const reversed = buildCorpus([...files].reverse());
        expect(reversed.documents.flatMap((d) => d.stories.map((s) => s.id))).toEqual(ids);
        const { index } = makeCorpusBundle(corpus);
        expect(index.stories.map((s) => s.id)).toEqual(ids);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('normalization is idempotent and keeps the line count on hostile text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(once.split('\n').length).toBe(text.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 300 },
    );
  });
});
