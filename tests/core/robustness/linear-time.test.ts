import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_LINES, adversarialLine } from '../../../bench/adversarial-lines.ts';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { firstSentence } from '../../../src/core/bundle/first-sentence.ts';
import { makeCorpusBundle } from '../../../src/core/bundle/make-corpus-bundle.ts';
import type { Candidate } from '../../../src/core/entities/candidate.ts';
import { resolveOverlaps } from '../../../src/core/entities/05-resolve-overlaps.ts';
import { buildSearchShards } from '../../../src/core/search/build-search-shards.ts';
import { shardStories } from '../../../src/core/search/shard-stories.ts';

/**
 * Long enough that a quadratic step takes many seconds (a 100,000-character line of "$1 $1" took 6 s in overlap
 * resolution, 80,000 full stops 70 s in the story list's first sentence), short enough that linear work stays far
 * under the budget on a loaded machine.
 */
const CHARS = 100_000;
/** Generous: linear work on one line takes a few hundred milliseconds. A limit, not a benchmark. */
const BUDGET_MS = 4_000;

/**
 * Milliseconds of CPU this process has used: what a quadratic step costs, whatever else the machine runs (at load
 * average 24 on 2 cores, one second of work took 6 s of wall-clock time and failed the budget).
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

describe('adversarial long lines finish in linear time', () => {
  it.each(ADVERSARIAL_LINES.map((l) => [l.name, l.unit] as const))(
    'a %s line: parse, annotate, bundle and search index',
    (_name, unit) => {
      const line = adversarialLine(unit, CHARS);
      const text = `Headline over a hostile line\n\n${line}\n\nA last paragraph.\n`;
      const started = cpuMs();
      const corpus = buildCorpus([{ source: 'hostile.txt', text }]);
      const { index, bodies } = makeCorpusBundle(corpus);
      buildSearchShards(shardStories(index, bodies));
      const ms = cpuMs() - started;
      expect(index.stories.length).toBeGreaterThan(0);
      expect(ms, `${Math.round(ms)} ms`).toBeLessThan(BUDGET_MS);
    },
    60_000,
  );

  it('a 1 MB line of sentences naming places (coordination rule was chunks × candidates)', () => {
    const line = adversarialLine(
      'Russian forces attacked Mariupol again, officials in Kyiv said. ',
      1_000_000,
    );
    const started = cpuMs();
    const corpus = buildCorpus([{ source: 'long-line.txt', text: `A headline\n\n${line}\n` }]);
    const ms = cpuMs() - started;
    expect(corpus.entities.map((e) => e.name)).toContain('Mariupol');
    expect(ms, `${Math.round(ms)} ms`).toBeLessThan(2 * BUDGET_MS);
  }, 60_000);

  it.each([
    ['full stops', '.'],
    ['abbreviations', 'Mr. '],
    ['initials', 'J. '],
    ['exclamations with closers', '!")'],
  ])(
    'the first sentence of a %s paragraph',
    (_name, unit) => {
      const line = adversarialLine(unit, CHARS);
      const started = cpuMs();
      const sentence = firstSentence(line);
      expect(sentence.length).toBeLessThanOrEqual(281);
      expect(cpuMs() - started).toBeLessThan(BUDGET_MS);
    },
    60_000,
  );

  it('overlap resolution of 50,000 disjoint candidates', () => {
    const candidates: Candidate[] = Array.from({ length: 50_000 }, (_, i) => ({
      first: i,
      last: i + 1,
      start: 3 * i,
      end: 3 * i + 2,
      type: 'money',
      name: '$1',
      rule: 'value:money',
      priority: 6,
      known: true,
      coordinates: null,
      demonyms: [],
      value: null,
    }));
    const started = cpuMs();
    expect(resolveOverlaps(candidates)).toHaveLength(50_000);
    expect(cpuMs() - started).toBeLessThan(BUDGET_MS);
  }, 60_000);
});
