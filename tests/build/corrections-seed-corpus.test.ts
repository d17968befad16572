import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeedCorpus, type BuiltCorpus } from '../../src/build/create-seed-corpus.ts';
import type { CorpusIndex, StoryBody } from '../../src/core/schema.ts';

const DIGEST = `Geothermal plant opens near Reykjavik

Engineers in Reykjavik switched on a new geothermal plant on Monday, the Icelandic energy agency said.

The plant will heat homes across Iceland, Prime Minister Bjarni Benediktsson said at the opening.
`;

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'corrections-'));
  await mkdir(join(root, 'seeds'));
  await writeFile(join(root, 'seeds', 'iceland.txt'), DIGEST);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const build = async (): Promise<BuiltCorpus> => {
  const seeds = createSeedCorpus(join(root, 'seeds'), root);
  await seeds.loadAll();
  return seeds.build();
};
const indexOf = (built: BuiltCorpus) => JSON.parse(built.assets.get(built.indexUrl) ?? '') as CorpusIndex;
const mentionIdsOf = (built: BuiltCorpus) => {
  const index = indexOf(built);
  const body = JSON.parse(built.assets.get(index.stories[0]?.chunk ?? '') ?? '') as StoryBody;
  return body.story.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.map((m) => m.entityId)));
};
const writeCorrections = (text: string) => writeFile(join(root, 'seeds', 'corrections.json'), text);

describe('seeds/corrections.json in the build', () => {
  it('is optional', async () => {
    const ids = indexOf(await build()).entities.map((e) => e.id);
    expect(ids).toContain('person:bjarni-benediktsson');
    expect(ids).toContain('place:iceland');
  });

  it('renames, retypes and hides for everyone, in the index and the story bodies', async () => {
    const plain = await build();
    await writeCorrections(
      JSON.stringify({
        version: 1,
        corrections: [
          { kind: 'rename', entityId: 'person:bjarni-benediktsson', name: 'Bjarni B.' },
          { kind: 'retype', entityId: 'place:iceland', type: 'organization' },
          { kind: 'hide', entityId: 'place:reykjavík' },
        ],
      }),
    );
    const built = await build();
    const entities = indexOf(built).entities;
    expect(entities.find((e) => e.id === 'person:bjarni-benediktsson')?.name).toBe('Bjarni B.');
    expect(entities.find((e) => e.id === 'organization:iceland')?.type).toBe('organization');
    expect(entities.some((e) => e.id === 'place:iceland' || e.id === 'place:reykjavík')).toBe(false);
    const mentions = mentionIdsOf(built);
    expect(mentions).toContain('organization:iceland');
    expect(mentions).not.toContain('place:reykjavík');
    expect(mentionIdsOf(plain)).toContain('place:reykjavík');
    expect(built.version).not.toBe(plain.version);
  });

  it('merges: the mentions name the survivor', async () => {
    await writeCorrections(
      JSON.stringify({
        version: 1,
        corrections: [{ kind: 'merge', entityId: 'place:reykjavík', into: 'place:iceland' }],
      }),
    );
    const built = await build();
    const iceland = indexOf(built).entities.find((e) => e.id === 'place:iceland');
    expect(iceland?.aliases).toEqual(expect.arrayContaining(['Iceland', 'Reykjavik']));
    expect(mentionIdsOf(built).filter((id) => id === 'place:iceland').length).toBeGreaterThan(1);
  });

  it.each([
    ['{\n  "version": 1,\n  "corrections": [\n    }\n', /^seeds\/corrections\.json:4: not valid JSON/],
    ['{"version": 2, "corrections": []}', /^seeds\/corrections\.json: "version" must be 1$/],
    [
      '{"version": 1,\n "corrections": [\n  {"kind": "hide"}\n]}',
      /^seeds\/corrections\.json:3: corrections\[0\]: entityId must be an entity id/,
    ],
  ])('a malformed file fails the build: %s', async (text, message) => {
    await writeCorrections(text);
    await expect(build()).rejects.toThrow(message);
  });
});
