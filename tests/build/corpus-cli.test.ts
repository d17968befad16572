import { describe, expect, it } from 'vitest';
import { runCorpusCli } from './run-corpus-cli.ts';
import type { Corpus } from '../../src/core/schema.ts';

const BAD = 'tests/fixtures/bad';
const SEED = 'seeds/000_afe5c047c713dffb.txt';

const corpus = runCorpusCli;

/** The top-level shape; the scorer-facing fields inside are asserted field by field in the tests. */
function isCorpus(value: unknown): value is Corpus {
  return (
    typeof value === 'object' &&
    value !== null &&
    'documents' in value &&
    Array.isArray(value.documents) &&
    'entities' in value &&
    Array.isArray(value.entities)
  );
}

function parse(stdout: string): Corpus {
  const value: unknown = JSON.parse(stdout);
  if (!isCorpus(value)) throw new Error(`not a corpus: ${stdout.slice(0, 80)}`);
  return value;
}

describe('corpus CLI', { timeout: 60_000 }, () => {
  // Few processes, started together: each run is mostly start-up, and the machine is shared.
  const runs = {
    missing: corpus(`${BAD}/missing.txt`),
    bad: corpus(SEED, `${BAD}/png.txt`, `${BAD}/nul-bytes.txt`, `${BAD}/missing.txt`),
    badFolder: corpus(BAD),
    odd: corpus(
      `${BAD}/empty.txt`,
      `${BAD}/whitespace-only.txt`,
      `${BAD}/utf16-bom.txt`,
      `${BAD}/latin1.txt`,
    ),
    seed: corpus(SEED),
    help: corpus('--help'),
    none: corpus(),
  };

  it('refuses a missing file: non-zero exit, nothing on stdout, "FILE: reason" on stderr', async () => {
    const run = await runs.missing;
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${BAD}/missing.txt: no such file\n`);
  });

  it.each<[string, RegExp]>([
    [`${BAD}/png.txt`, /binary|PNG/i],
    [`${BAD}/nul-bytes.txt`, /binary|NUL/i],
    [`${BAD}/missing.txt`, /no such file/],
  ])('refuses %s among good files with "FILE: reason", printing nothing', async (file, reason) => {
    const run = await runs.bad;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const line = run.stderr.split('\n').find((l) => l.startsWith(`${file}:`)) ?? '';
    expect(line).toMatch(/^[^:]+(:\d+)?: \S/);
    expect(line).toMatch(reason);
    expect(run.stderr).not.toContain(SEED);
  });

  it('reads a folder as every digest below it, so its unusable ones are refused', async () => {
    const run = await runs.badFolder;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(new RegExp(`^${BAD}/nul-bytes.txt:\\d+: binary data \\(NUL bytes\\)`)),
      `${BAD}/png.txt: binary data (PNG image), not a text digest`,
    ]);
  });

  it.each([`${BAD}/empty.txt`, `${BAD}/whitespace-only.txt`])(
    'reads %s as a document without stories, warning "FILE: empty digest"',
    async (file) => {
      const run = await runs.odd;
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`^${file}(:\\d+)?: empty digest`, 'm'));
      const document = parse(run.stdout).documents.find((d) => d.source === file);
      expect(document?.stories).toEqual([]);
    },
  );

  it.each([`${BAD}/utf16-bom.txt`, `${BAD}/latin1.txt`])('decodes %s', async (file) => {
    const run = await runs.odd;
    const document = parse(run.stdout).documents.find((d) => d.source === file);
    const text = JSON.stringify(document?.stories);
    expect(text).toContain('Café owners in Zürich protest new rules');
    expect(text).toContain('Mayor Corine Mauch');
    expect(text).not.toContain('\uFFFD');
  });

  it('warns, with the file name, when it falls back from UTF-8', async () => {
    const run = await runs.odd;
    expect(run.stderr).toMatch(new RegExp(`^${BAD}/latin1.txt(:\\d+)?: .*UTF-8`, 'm'));
  });

  it('prints the scorer fields for the seed, with the path as given', async () => {
    const run = await runs.seed;
    expect(run.code).toBe(0);
    const corpus = parse(run.stdout);
    expect(corpus.documents).toHaveLength(1);
    const [document] = corpus.documents;
    expect(document?.source).toBe(SEED);
    expect(document?.stories.length).toBeGreaterThan(0);
    const entityIds = new Set(corpus.entities.map((e) => e.id));
    for (const story of document?.stories ?? []) {
      expect(story).toMatchObject({
        id: expect.any(String),
        title: expect.any(String),
        line: expect.any(Number),
      });
      for (const section of story.sections) {
        for (const p of section.paragraphs) {
          expect(p.line).toBeGreaterThan(0);
          for (const m of p.mentions) {
            expect(m.start).toBeLessThan(m.end);
            expect(m.end).toBeLessThanOrEqual(p.text.length);
            expect(entityIds.has(m.entityId)).toBe(true);
          }
        }
      }
    }
  });

  it('explains itself with --help, and refuses no arguments with status 2', async () => {
    const help = await runs.help;
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const none = await runs.none;
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/Usage: /);
  });
});
