import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSeedCorpus } from '../../src/build/create-seed-corpus.ts';

// Count parses while keeping the real parser: only a changed seed may be parsed again.
const parsed = vi.hoisted(() => [] as string[]);
vi.mock('../../src/core/parse/parse-document.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/parse/parse-document.ts')>();
  return {
    ...original,
    parseDocument: (...args: Parameters<typeof original.parseDocument>) => {
      parsed.push(args[1].source);
      return original.parseDocument(...args);
    },
  };
});

const digest = (title: string): string => `${title}\n\nA paragraph about ${title.toLowerCase()} in Vienna.\n`;

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'seed-corpus-'));
  await mkdir(join(root, 'seeds', 'deep'), { recursive: true });
  await writeFile(join(root, 'seeds', 'a.txt'), digest('Ministers meet over grain'));
  await writeFile(join(root, 'seeds', 'b.txt'), digest('Floods close roads in the north'));
  await writeFile(join(root, 'seeds', 'deep', 'c.txt'), digest('Rail strike enters third day'));
  parsed.length = 0;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createSeedCorpus', () => {
  it('names seeds relative to the root and builds every one', async () => {
    const seeds = createSeedCorpus(join(root, 'seeds'), root);
    await seeds.loadAll();
    const built = seeds.build();
    expect(built.fileCount).toBe(3);
    expect([...built.assets.keys()].filter((k) => k.startsWith('corpus/index-'))).toEqual([built.indexUrl]);
    expect(parsed.sort()).toEqual(['seeds/a.txt', 'seeds/b.txt', 'seeds/deep/c.txt']);
  });

  it('re-parses only the seed that changed, and drops a deleted one', async () => {
    const seeds = createSeedCorpus(join(root, 'seeds'), root);
    await seeds.loadAll();
    const first = seeds.build();
    parsed.length = 0;

    await writeFile(join(root, 'seeds', 'b.txt'), digest('Floods recede in the north'));
    await seeds.update(join(root, 'seeds', 'b.txt'));
    const second = seeds.build();
    expect(parsed).toEqual(['seeds/b.txt']);
    expect(second.version).not.toBe(first.version);

    parsed.length = 0;
    seeds.remove(join(root, 'seeds', 'deep'));
    const third = seeds.build();
    expect(parsed).toEqual([]);
    expect(third.fileCount).toBe(2);
  });

  it('refuses a bad seed with every "FILE: reason", and recovers when it is fixed', async () => {
    const seeds = createSeedCorpus(join(root, 'seeds'), root);
    await writeFile(
      join(root, 'seeds', 'x.txt'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    await seeds.loadAll();
    expect(() => seeds.build()).toThrow(/^seeds\/x\.txt(:\d+)?: \S/);
    await writeFile(join(root, 'seeds', 'x.txt'), digest('Fixed'));
    await seeds.update(join(root, 'seeds', 'x.txt'));
    expect(seeds.build().fileCount).toBe(4);
  });

  it('says which folder is missing', async () => {
    const seeds = createSeedCorpus(join(root, 'nope'), root);
    await expect(seeds.loadAll()).rejects.toThrow(/^nope: no such folder/);
  });
});
