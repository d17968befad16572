import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const BAD = 'tests/fixtures/bad';
const SEED = 'seeds/000_afe5c047c713dffb.txt';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run corpus` does (tsx on the source), from the project root. */
function corpus(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      ['src/build/corpus-cli.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err && typeof err.code === 'number' ? err.code : err ? -1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

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

describe('corpus CLI', { timeout: 30_000 }, () => {
  // Spawned together: each run is mostly tsx start-up, and the runs do not share state.
  const runs = {
    missing: corpus(`${BAD}/missing.txt`),
    directory: corpus(BAD),
    png: corpus(`${BAD}/png.txt`),
    nul: corpus(`${BAD}/nul-bytes.txt`),
    empty: corpus(`${BAD}/empty.txt`),
    whitespace: corpus(`${BAD}/whitespace-only.txt`),
    utf16: corpus(`${BAD}/utf16-bom.txt`),
    latin1: corpus(`${BAD}/latin1.txt`),
    goodAndBad: corpus(SEED, `${BAD}/png.txt`, `${BAD}/missing.txt`),
    seed: corpus(SEED),
    help: corpus('--help'),
    none: corpus(),
  };

  it.each<[keyof typeof runs, string, RegExp]>([
    ['missing', `${BAD}/missing.txt`, /no such file/],
    ['directory', BAD, /directory/],
    ['png', `${BAD}/png.txt`, /./],
    ['nul', `${BAD}/nul-bytes.txt`, /./],
  ])('refuses %s: non-zero exit, nothing on stdout, "FILE: reason" on stderr', async (name, file, reason) => {
    const run = await runs[name];
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    const line = run.stderr.trim();
    expect(line.startsWith(`${file}:`)).toBe(true);
    expect(line).toMatch(/^[^:]+(:\d+)?: \S/);
    expect(line).toMatch(reason);
  });

  it('reports every bad file and prints nothing when one of several is bad', async () => {
    const run = await runs.goodAndBad;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${BAD}/png.txt:`);
    expect(run.stderr).toContain(`${BAD}/missing.txt: no such file`);
    expect(run.stderr).not.toContain(SEED);
  });

  it.each<[keyof typeof runs, string]>([
    ['empty', `${BAD}/empty.txt`],
    ['whitespace', `${BAD}/whitespace-only.txt`],
  ])('reads an %s digest as a document without stories, warning "FILE: empty digest"', async (name, file) => {
    const run = await runs[name];
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^${file}(:\\d+)?: empty digest`, 'm'));
    const { documents } = parse(run.stdout);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.source).toBe(file);
    expect(documents[0]?.stories).toEqual([]);
  });

  it.each<[keyof typeof runs]>([['utf16'], ['latin1']])('decodes %s text', async (name) => {
    const run = await runs[name];
    expect(run.code).toBe(0);
    const text = JSON.stringify(parse(run.stdout).documents[0]?.stories);
    expect(text).toContain('Café owners in Zürich protest new rules');
    expect(text).toContain('Mayor Corine Mauch');
    expect(text).not.toContain('\uFFFD');
  });

  it('warns, with the file name, when it falls back from UTF-8', async () => {
    const run = await runs.latin1;
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
    for (const story of document?.stories ?? []) {
      expect(story).toMatchObject({
        id: expect.any(String),
        title: expect.any(String),
        line: expect.any(Number),
      });
      for (const section of story.sections) {
        for (const p of section.paragraphs) {
          expect(p.line).toBeGreaterThan(0);
          for (const m of p.mentions) expect(p.text.slice(m.start, m.end).length).toBe(m.end - m.start);
        }
      }
    }
    expect(Array.isArray(corpus.entities)).toBe(true);
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
