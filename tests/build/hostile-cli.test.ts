import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCorpusCli, type CliRun } from './run-corpus-cli.ts';
import type { Corpus, Document } from '../../src/core/schema.ts';
import { decodeText } from '../../src/core/text/decode-text.ts';
import { expectMentionsInBounds, expectNothingLost } from '../core/robustness/nothing-lost.ts';

const HOSTILE = 'tests/fixtures/hostile';
const BAD = 'tests/fixtures/bad';

/** Digests the CLI must read, whole: odd encodings, scripts, line endings, markup, repeated headlines. */
const ACCEPTED = [
  `${BAD}/empty.txt`,
  `${BAD}/whitespace-only.txt`,
  `${BAD}/utf16-bom.txt`,
  `${BAD}/latin1.txt`,
  'tests/fixtures/parse/only-headings.txt',
  'tests/fixtures/parse/no-blank-lines.txt',
  `${HOSTILE}/mixed-line-endings.txt`,
  `${HOSTILE}/zero-width-bidi.txt`,
  `${HOSTILE}/arabic.txt`,
  `${HOSTILE}/cyrillic.txt`,
  `${HOSTILE}/emoji.txt`,
  `${HOSTILE}/injection.txt`,
  `${HOSTILE}/duplicate-headlines.txt`,
  `${HOSTILE}/same-headline-elsewhere.txt`,
];

const corpus = runCorpusCli;

let tmp = '';
let generated: { fiveMbLine: string; headings: string; binary: string } = {
  fiveMbLine: '',
  headings: '',
  binary: '',
};
let accepted: Promise<CliRun>;
let refused: Promise<CliRun>;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'hostile-cli-'));
  generated = {
    fiveMbLine: join(tmp, 'five-mb-line.txt'),
    headings: join(tmp, 'thousands-of-headings.txt'),
    binary: join(tmp, 'random-bytes.txt'),
  };
  const sentence = 'Russian forces attacked Mariupol again, officials in Kyiv said. ';
  await writeFile(
    generated.fiveMbLine,
    `A headline over one very long line\n\n${sentence.repeat(Math.ceil(5e6 / sentence.length))}\n`,
  );
  // 4,000 headings, a few hundred distinct: ids must stay unique however often a heading repeats.
  await writeFile(
    generated.headings,
    Array.from({ length: 4000 }, (_, i) => `Talks in Vienna, round ${i % 300}`).join('\n\n'),
  );
  // Bytes with no signature: control characters, not text.
  await writeFile(
    generated.binary,
    Uint8Array.from({ length: 4096 }, (_, i) => 1 + ((i * 7919) % 31)),
  );
  accepted = corpus(...ACCEPTED, generated.fiveMbLine, generated.headings);
  refused = corpus(`${BAD}/png.txt`, `${BAD}/nul-bytes.txt`, generated.binary, `${HOSTILE}/arabic.txt`);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

let parsed: Corpus | null = null;
async function acceptedCorpus(): Promise<Corpus> {
  const run = await accepted;
  expect(run.code, run.stderr).toBe(0);
  parsed ??= JSON.parse(run.stdout) as Corpus;
  return parsed;
}

function documentOf(corpus: Corpus, source: string): Document {
  const document = corpus.documents.find((d) => d.source === source);
  if (!document) throw new Error(`${source} is not in the corpus`);
  return document;
}

describe('corpus CLI on hostile digests', { timeout: 180_000 }, () => {
  it.each([...ACCEPTED, 'five-mb-line.txt', 'thousands-of-headings.txt'])(
    'reads %s without losing a line, mentions in bounds',
    async (file) => {
      const path = file.includes('/') ? file : join(tmp, file);
      const corpus = await acceptedCorpus();
      const document = documentOf(corpus, path);
      const decoded = decodeText(await readFile(resolve(ROOT, path)), path);
      if (!decoded.ok) throw new Error(`${path} was accepted but does not decode`);
      expectNothingLost(decoded.text, document.stories, document.boilerplate);
      expectMentionsInBounds(document.stories, new Set(corpus.entities.map((e) => e.id)));
    },
  );

  it('gives every story a unique id, across digests too, the first in path order keeping the plain slug', async () => {
    const corpus = await acceptedCorpus();
    const ids = corpus.documents.flatMap((d) => d.stories.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(documentOf(corpus, `${HOSTILE}/duplicate-headlines.txt`).stories.map((s) => s.id)).toEqual([
      'talks-resume-in-vienna',
      'talks-resume-in-vienna-2',
      'talks-resume-in-vienna-3',
    ]);
    expect(documentOf(corpus, `${HOSTILE}/same-headline-elsewhere.txt`).stories.map((s) => s.id)).toEqual([
      'talks-resume-in-vienna--same-headline-elsewhere',
    ]);
    for (const story of corpus.documents.flatMap((d) => d.stories)) {
      expect(story.id).toMatch(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}]+(-{1,2}[\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}]+)*$/u);
      expect(new Set(story.sections.map((s) => s.id)).size).toBe(story.sections.length);
    }
  });

  it('keeps markup as text: headlines and paragraphs hold the characters as written', async () => {
    const document = documentOf(await acceptedCorpus(), `${HOSTILE}/injection.txt`);
    expect(document.stories[0]?.title).toBe('<script>alert(1)</script> Breaking news from Vienna');
    expect(document.stories[0]?.id).toBe('script-alert-1-script-breaking-news-from-vienna');
    const texts = document.stories.flatMap((s) => s.sections.flatMap((x) => x.paragraphs.map((p) => p.text)));
    expect(texts[0]).toBe(
      '<img src=x onerror=alert(1)> Ministers met in Vienna on Tuesday to discuss grain exports.',
    );
    expect(document.stories.map((s) => s.id)).toContain('constructor');
  });

  it('reads Arabic, Cyrillic and emoji with slugs in their own script', async () => {
    const corpus = await acceptedCorpus();
    expect(documentOf(corpus, `${HOSTILE}/arabic.txt`).stories[0]?.id).toBe(
      'وزراء-الخارجية-يجتمعون-في-القاهرة-لبحث-الهدنة',
    );
    expect(documentOf(corpus, `${HOSTILE}/cyrillic.txt`).stories[0]?.id).toBe(
      'переговоры-в-вене-возобновятся-на-следующей-неделе',
    );
    expect(documentOf(corpus, `${HOSTILE}/emoji.txt`).stories[0]?.title).toBe(
      '🌊 Floods 🇮🇹 close roads in northern Italy 🚧',
    );
  });

  it('warns about the Windows-1252 fallback and the empty digests, and nothing else fails', async () => {
    const run = await accepted;
    expect(run.stderr).toMatch(
      new RegExp(`^${BAD}/latin1.txt:\\d+: not valid UTF-8; decoded as Windows-1252$`, 'm'),
    );
    expect(run.stderr).toMatch(new RegExp(`^${BAD}/empty.txt: empty digest$`, 'm'));
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^[^:]+(:\d+)?: \S/);
  });

  it.each<[string, RegExp]>([
    [`${BAD}/png.txt`, /^tests\/fixtures\/bad\/png\.txt: binary data \(PNG image\), not a text digest$/m],
    [`${BAD}/nul-bytes.txt`, /^tests\/fixtures\/bad\/nul-bytes\.txt:3: binary data \(NUL bytes\)/m],
    ['random-bytes.txt', /random-bytes\.txt:1: binary data \(control characters\)/m],
  ])('refuses %s with "FILE:LINE: reason", printing no corpus', async (_file, message) => {
    const run = await refused;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('arabic.txt');
  });
});
