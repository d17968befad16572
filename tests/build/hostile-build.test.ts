import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeedCorpus } from '../../src/build/create-seed-corpus.ts';
import type { BuiltCorpus } from '../../src/build/create-seed-corpus.ts';
import { readDigestFile } from '../../src/build/read-digest-file.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import type { CorpusIndex, StoryBody } from '../../src/core/schema.ts';
import { decodeText } from '../../src/core/text/decode-text.ts';
import { expectMentionsInBounds, expectNothingLost } from '../core/robustness/nothing-lost.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = [
  'tests/fixtures/bad/empty.txt',
  'tests/fixtures/bad/whitespace-only.txt',
  'tests/fixtures/bad/utf16-bom.txt',
  'tests/fixtures/bad/latin1.txt',
  'tests/fixtures/parse/only-headings.txt',
  'tests/fixtures/parse/no-blank-lines.txt',
  'tests/fixtures/hostile/mixed-line-endings.txt',
  'tests/fixtures/hostile/zero-width-bidi.txt',
  'tests/fixtures/hostile/arabic.txt',
  'tests/fixtures/hostile/cyrillic.txt',
  'tests/fixtures/hostile/emoji.txt',
  'tests/fixtures/hostile/injection.txt',
  'tests/fixtures/hostile/duplicate-headlines.txt',
  'tests/fixtures/hostile/same-headline-elsewhere.txt',
];
const REFUSED: [string, RegExp][] = [
  ['tests/fixtures/bad/png.txt', /^seeds\/png\.txt: binary data \(PNG image\), not a text digest$/m],
  [
    'tests/fixtures/bad/nul-bytes.txt',
    /^seeds\/nul-bytes\.txt:3: binary data \(NUL bytes\), not a text digest$/m,
  ],
];

let root = '';
let built: BuiltCorpus;

function json<T>(assets: Map<string, string>, name: string): T {
  const text = assets.get(name);
  if (text === undefined) throw new Error(`${name} not built`);
  return JSON.parse(text) as T;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hostile-build-'));
  await mkdir(join(root, 'seeds'));
  for (const file of FIXTURES) await copyFile(join(ROOT, file), join(root, 'seeds', basename(file)));
  await writeFile(
    join(root, 'seeds', 'thousands-of-headings.txt'),
    Array.from({ length: 4000 }, (_, i) => `Talks in Vienna, round ${i % 300}`).join('\n\n'),
  );
  const seeds = createSeedCorpus(join(root, 'seeds'), root);
  await seeds.loadAll();
  built = seeds.build();
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('site build on hostile seeds', { timeout: 60_000 }, () => {
  it('emits every digest, each story body with nothing lost and mentions in bounds', async () => {
    const index = json<CorpusIndex>(built.assets, built.indexUrl);
    expect(index.documents).toHaveLength(FIXTURES.length + 1);
    const entityIds = new Set(index.entities.map((e) => e.id));
    for (const document of index.documents) {
      const bytes = await readFile(join(root, document.source));
      const decoded = decodeText(bytes, document.source);
      if (!decoded.ok) throw new Error(`${document.source} does not decode`);
      const summaries = index.stories.filter((s) => s.documentId === document.id);
      expect(summaries.map((s) => s.id)).toEqual(document.storyIds);
      const stories = summaries.map((s) => json<StoryBody>(built.assets, s.chunk).story);
      expectNothingLost(decoded.text, stories, document.boilerplate);
      expectMentionsInBounds(stories, entityIds);
    }
    const ids = index.stories.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same ids and chunks on a rebuild, and adding a later digest renames nothing', async () => {
    const seeds = createSeedCorpus(join(root, 'seeds'), root);
    await seeds.loadAll();
    expect([...seeds.build().assets.keys()]).toEqual([...built.assets.keys()]);
    const later = join(root, 'seeds', 'zz-later.txt');
    await writeFile(later, '# Talks resume in Vienna\n\nA later digest repeats the headline.\n');
    try {
      await seeds.update(later);
      const before = json<CorpusIndex>(built.assets, built.indexUrl).stories.map((s) => s.id);
      const after = json<CorpusIndex>(seeds.build().assets, seeds.build().indexUrl).stories.map((s) => s.id);
      expect(after.filter((id) => before.includes(id))).toEqual(before);
      expect(after).toContain('talks-resume-in-vienna--zz-later');
    } finally {
      await rm(later);
    }
  });

  it('warns about the Windows-1252 fallback with its line', () => {
    expect(built.warnings).toContainEqual({
      file: 'seeds/latin1.txt',
      line: 1,
      message: 'not valid UTF-8; decoded as Windows-1252',
      severity: 'warning',
    });
  });

  it.each(REFUSED)('fails on %s with "FILE:LINE: reason"', async (file, message) => {
    const dir = join(root, `refused-${basename(file, '.txt')}`);
    await mkdir(join(dir, 'seeds'), { recursive: true });
    await copyFile(join(ROOT, 'tests/fixtures/hostile/arabic.txt'), join(dir, 'seeds', 'arabic.txt'));
    await copyFile(join(ROOT, file), join(dir, 'seeds', basename(file)));
    const seeds = createSeedCorpus(join(dir, 'seeds'), dir);
    await seeds.loadAll();
    expect(() => seeds.build()).toThrow(message);
  });

  it('reads a 50 MB digest (generated here) without losing a line', async () => {
    // Long paragraphs keep the parse to a few seconds; the whole build of 50 MB is timed in the bench.
    const paragraph = `${'Delegations met again in Vienna on Tuesday to discuss grain exports, officials said. '.repeat(600)}`;
    const story = (i: number): string =>
      `# Talks resume in Vienna, day ${i}\n\n${paragraph}\n\n${paragraph}\n\n`;
    const count = Math.ceil(50e6 / story(0).length);
    const path = join(root, 'fifty-mb.txt');
    await writeFile(path, Array.from({ length: count }, (_, i) => story(i)).join(''));
    const read = await readDigestFile(path, 'fifty-mb.txt');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.file.text.length).toBeGreaterThanOrEqual(50e6);
    const document = parseDocument(read.file.text, { source: 'fifty-mb.txt' });
    expect(document.stories).toHaveLength(count);
    expect(new Set(document.stories.map((s) => s.id)).size).toBe(count);
    const lines = document.stories.flatMap((s) => [
      s.line,
      ...s.sections.flatMap((x) => x.paragraphs.map((p) => p.line)),
    ]);
    expect(lines).toHaveLength(3 * count);
    expect(document.stories.at(-1)?.sections[0]?.paragraphs[1]?.text).toBe(paragraph.trim());
    await rm(path);
  });
});
