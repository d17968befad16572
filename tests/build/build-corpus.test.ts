import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/build-corpus.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import type { ParsedDocument } from '../../src/core/schema.ts';

const DIGEST = `Ministers meet in Vienna over grain exports

Foreign ministers met in Vienna on Tuesday to discuss grain exports.
`;

describe('buildCorpus', () => {
  it('orders documents by path and takes ids from file names, whatever order they come in', () => {
    const corpus = buildCorpus([
      { source: 'seeds/b/Second Digest.txt', text: DIGEST },
      { source: 'seeds/a/000_afe5.txt', text: DIGEST },
    ]);
    expect(corpus.documents.map((d) => [d.source, d.id])).toEqual([
      ['seeds/a/000_afe5.txt', '000-afe5'],
      ['seeds/b/Second Digest.txt', 'second-digest'],
    ]);
  });

  it('keeps document ids unique when two folders hold the same file name', () => {
    const corpus = buildCorpus([
      { source: 'x/digest.txt', text: DIGEST },
      { source: 'y/digest.txt', text: DIGEST },
      { source: 'z/digest-2.txt', text: DIGEST },
    ]);
    const ids = corpus.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('digest');
  });

  it('makes story ids unique across the corpus', () => {
    const corpus = buildCorpus([
      { source: 'one.txt', text: DIGEST },
      { source: 'two.txt', text: DIGEST },
    ]);
    const ids = corpus.documents.flatMap((d) => d.stories.map((s) => s.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([[''], ['   \n\n \r\n']])(
    'reads %j as a document without stories, warning "empty digest"',
    (text) => {
      const [document] = buildCorpus([{ source: 'empty.txt', text }]).documents;
      expect(document?.stories).toEqual([]);
      expect(document?.warnings.map((w) => [w.file, w.severity])).toEqual([['empty.txt', 'warning']]);
      expect(document?.warnings[0]?.message).toMatch(/empty/);
    },
  );

  it('keeps the warnings met while decoding the file', () => {
    const decoding = { file: 'old.txt', line: 3, message: 'not valid UTF-8', severity: 'warning' as const };
    const [document] = buildCorpus([{ source: 'old.txt', text: DIGEST, warnings: [decoding] }]).documents;
    expect(document?.warnings[0]).toEqual(decoding);
  });

  it('parses through the given parser, once per file', () => {
    const calls: string[] = [];
    const parse = (file: { source: string; text: string }, id: string): ParsedDocument => {
      calls.push(`${file.source}→${id}`);
      return parseDocument(file.text, { source: file.source, id });
    };
    buildCorpus([{ source: 'seeds/a.txt', text: DIGEST }], { parse });
    expect(calls).toEqual(['seeds/a.txt→a']);
  });

  it('returns an empty corpus for no files', () => {
    expect(buildCorpus([])).toEqual({ documents: [], entities: [] });
  });
});
