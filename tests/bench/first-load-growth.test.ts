import { describe, expect, it } from 'vitest';
import { fileKind, sumFetched } from '../../bench/fetched-files.ts';
import type { FetchedFile, FileKind } from '../../bench/fetched-files.ts';
import { firstLoadGrowth } from '../../bench/first-load-growth.ts';

const file = (kind: FileKind, kb: number): FetchedFile => ({
  path: `/${kind}`,
  kind,
  bytes: kb * 1024,
  encoding: 'gzip',
  status: 200,
});

describe('fileKind', () => {
  it.each<[string, string, string, FileKind]>([
    ['/', 'document', 'text/html', 'html'],
    ['/story/a-b', 'document', 'text/html', 'html'],
    ['/assets/index-abc.js', 'script', 'text/javascript', 'js'],
    ['/assets/search-worker-abc.js', 'other', 'text/javascript', 'js'],
    ['/assets/style-abc.css', 'stylesheet', 'text/css', 'css'],
    ['/corpus/index-1505f0db11818a5f.json', 'fetch', 'application/json', 'json'],
    ['/corpus/slices/home.json?v=1', 'fetch', '', 'json'],
    ['/data', 'fetch', 'application/json; charset=utf-8', 'json'],
    ['/favicon.svg', 'image', 'image/svg+xml', 'other'],
  ])('%s (%s, %s) is %s', (path, type, contentType, kind) => {
    expect(fileKind(path, type, contentType)).toBe(kind);
  });
});

describe('sumFetched', () => {
  it('sums bytes by kind and counts requests', () => {
    const sum = sumFetched([file('js', 100), file('js', 20), file('json', 3), file('html', 5)]);
    expect(sum.requests).toBe(4);
    expect(sum.bytes).toEqual({ html: 5 * 1024, js: 120 * 1024, css: 0, json: 3 * 1024, other: 0 });
    expect(sum.total).toBe(128 * 1024);
  });
});

describe('firstLoadGrowth', () => {
  const seed = sumFetched([file('html', 5), file('js', 130), file('css', 7), file('json', 4)]);
  it.each<[string, FetchedFile[], boolean]>([
    ['the same files', [file('html', 5), file('js', 130), file('css', 7), file('json', 4)], false],
    [
      'a slice 30 KB larger (within 40 KB)',
      [file('html', 11), file('js', 130), file('css', 7), file('json', 28)],
      false,
    ],
    [
      '1.9× the seed (within 2×)',
      [file('html', 5), file('js', 130), file('css', 7), file('json', 135)],
      false,
    ],
    ['the whole 1.1 MB index', [file('html', 11), file('js', 125), file('css', 7), file('json', 1173)], true],
  ])('%s: grows %s', (_, files, grows) => {
    expect(firstLoadGrowth(seed, sumFetched(files)).grows).toBe(grows);
  });

  it('names the kind that grew most', () => {
    const large = sumFetched([file('html', 11), file('js', 125), file('css', 7), file('json', 1173)]);
    const growth = firstLoadGrowth(seed, large);
    expect(growth.kind).toBe('json');
    expect(growth.kindExtraBytes).toBe(1169 * 1024);
    expect(growth.extraBytes).toBe(1170 * 1024);
  });
});
