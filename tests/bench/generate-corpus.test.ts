import { describe, expect, it } from 'vitest';
import { generateCorpus, generateDigest, SEED_BYTES } from '../../bench/generate-corpus.ts';
import { median } from '../../bench/median.ts';
import { createPrng } from '../../bench/prng.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('generateCorpus', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    expect(generateCorpus(3, 42)).toEqual(generateCorpus(3, 42));
    expect(generateCorpus(3, 42)[0]?.text).not.toBe(generateCorpus(3, 43)[0]?.text);
  });

  it.each([1, 10, 30])('reaches %i× the seed size without overshooting by more than one digest', (scale) => {
    const files = generateCorpus(scale, scale);
    const total = files.reduce((sum, f) => sum + bytes(f.text), 0);
    expect(total).toBeGreaterThanOrEqual(scale * SEED_BYTES);
    expect(total).toBeLessThan(scale * SEED_BYTES + 3 * SEED_BYTES);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    for (const f of files) expect(f.name).toMatch(/^\d{5}_[0-9a-f]{8}\.txt$/);
  });

  it('varies its digests rather than copying one', () => {
    const texts = generateCorpus(20, 5).map((f) => f.text);
    expect(new Set(texts).size).toBe(texts.length);
    const firstLines = new Set(texts.map((t) => t.split(/\r?\n/)[0]));
    expect(firstLines.size).toBeGreaterThan(texts.length / 2);
  });

  it('has both layouts of sub-heading: followed by a blank line, and directly by its paragraph', () => {
    const text = generateCorpus(20, 9)
      .map((f) => f.text.replace(/\r\n/g, '\n'))
      .join('\n');
    const blocks = text.split(/\n{2,}/);
    // a short line with no final full stop, then a paragraph on the very next line
    expect(blocks.some((b) => /^[^\n.!?]{2,60}\n[^\n]{60,}/.test(b))).toBe(true);
    expect(blocks.some((b) => /^[^\n.!?]{2,60}$/.test(b))).toBe(true);
    expect(text).toMatch(/\n\n\n/);
  });

  it('writes digests the reader splits into several stories', () => {
    const text = generateDigest(createPrng(3), SEED_BYTES);
    expect(parseDocument(text, { source: 'g.txt' }).stories.length).toBeGreaterThan(1);
  });
});

describe('median', () => {
  it.each<[number[], number]>([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});
