import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/core/corrections/apply-corrections.ts';
import { applyCorrectionsToIndex } from '../../../src/core/corrections/apply-corrections-to-index.ts';
import type { Correction } from '../../../src/core/corrections/correction.ts';
import { parseCorrections } from '../../../src/core/corrections/parse-corrections.ts';
import { makeCorpusBundle } from '../../../src/core/bundle/make-corpus-bundle.ts';
import type { Corpus, Entity, Mention } from '../../../src/core/schema.ts';

const entity = (id: string, name: string, mentionCount: number, extra: Partial<Entity> = {}): Entity => ({
  id,
  type: id.split(':')[0] as Entity['type'],
  name,
  aliases: [name],
  mentionCount,
  demonyms: [],
  coordinates: null,
  value: null,
  ...extra,
});
const m = (start: number, end: number, entityId: string): Mention => ({ start, end, entityId, rule: 'test' });

// "Acme met Putin in Kyiv." / "Putin left Kyiv; Acme stayed."
const corpus: Corpus = {
  documents: [
    {
      id: 'd',
      source: 'd.txt',
      boilerplate: [],
      warnings: [],
      lineCount: 5,
      stories: [
        {
          id: 's',
          title: 'Putin in Kyiv',
          line: 1,
          source: null,
          titleMentions: [m(0, 5, 'person:vladimir-putin'), m(9, 13, 'place:kyiv')],
          sections: [
            {
              id: 'lead',
              heading: null,
              line: 3,
              headingMentions: [],
              paragraphs: [
                {
                  id: 'p-3',
                  line: 3,
                  text: 'Acme met Putin in Kyiv.',
                  mentions: [m(0, 4, 'person:acme'), m(9, 14, 'person:putin'), m(18, 22, 'place:kyiv')],
                  quotes: [],
                },
                {
                  id: 'p-5',
                  line: 5,
                  text: 'Putin left Kyiv; Acme stayed.',
                  mentions: [m(0, 5, 'person:putin'), m(11, 15, 'place:kyiv'), m(17, 21, 'person:acme')],
                  quotes: [],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  entities: [
    entity('person:vladimir-putin', 'Vladimir Putin', 1),
    entity('person:putin', 'Putin', 2),
    entity('place:kyiv', 'Kyiv', 3, { coordinates: { lat: 50.45, lon: 30.52 }, demonyms: ['Kyivan'] }),
    entity('person:acme', 'Acme', 2),
    entity('organization:acme', 'ACME Corp', 1),
  ],
};

/** Every mention's entity id, in reading order: title, then paragraphs. */
const mentionIds = (c: Corpus) => {
  const story = c.documents[0]!.stories[0]!;
  return [
    ...story.titleMentions,
    ...story.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions)),
  ].map((x) => x.entityId);
};
const summary = (c: Corpus) => c.entities.map((e) => `${e.id}=${e.name}×${e.mentionCount}`);

/** The fixture's entities and mention ids with no correction applied. */
const UNCHANGED = {
  entities: [
    'person:vladimir-putin=Vladimir Putin×1',
    'person:putin=Putin×2',
    'place:kyiv=Kyiv×3',
    'person:acme=Acme×2',
    'organization:acme=ACME Corp×1',
  ],
  mentions: [
    'person:vladimir-putin',
    'place:kyiv',
    'person:acme',
    'person:putin',
    'place:kyiv',
    'person:putin',
    'place:kyiv',
    'person:acme',
  ],
};

const cases: [string, Correction[], { entities: string[]; mentions: string[] }][] = [
  ['nothing to do', [], UNCHANGED],
  [
    'rename keeps the id',
    [{ kind: 'rename', entityId: 'place:kyiv', name: 'Kyiv (city)' }],
    {
      entities: [
        'person:vladimir-putin=Vladimir Putin×1',
        'person:putin=Putin×2',
        'place:kyiv=Kyiv (city)×3',
        'person:acme=Acme×2',
        'organization:acme=ACME Corp×1',
      ],
      mentions: [
        'person:vladimir-putin',
        'place:kyiv',
        'person:acme',
        'person:putin',
        'place:kyiv',
        'person:putin',
        'place:kyiv',
        'person:acme',
      ],
    },
  ],
  [
    'merge points the mentions at the survivor and adds the counts',
    [{ kind: 'merge', entityId: 'person:putin', into: 'person:vladimir-putin' }],
    {
      entities: [
        'person:vladimir-putin=Vladimir Putin×3',
        'place:kyiv=Kyiv×3',
        'person:acme=Acme×2',
        'organization:acme=ACME Corp×1',
      ],
      mentions: [
        'person:vladimir-putin',
        'place:kyiv',
        'person:acme',
        'person:vladimir-putin',
        'place:kyiv',
        'person:vladimir-putin',
        'place:kyiv',
        'person:acme',
      ],
    },
  ],
  [
    'retype changes the id prefix and every mention (joining an entity already there)',
    [{ kind: 'retype', entityId: 'person:acme', type: 'organization' }],
    {
      entities: [
        'person:vladimir-putin=Vladimir Putin×1',
        'person:putin=Putin×2',
        'place:kyiv=Kyiv×3',
        'organization:acme=ACME Corp×3',
      ],
      mentions: [
        'person:vladimir-putin',
        'place:kyiv',
        'organization:acme',
        'person:putin',
        'place:kyiv',
        'person:putin',
        'place:kyiv',
        'organization:acme',
      ],
    },
  ],
  [
    'hide drops the entity and its mentions',
    [{ kind: 'hide', entityId: 'person:acme' }],
    {
      entities: [
        'person:vladimir-putin=Vladimir Putin×1',
        'person:putin=Putin×2',
        'place:kyiv=Kyiv×3',
        'organization:acme=ACME Corp×1',
      ],
      mentions: [
        'person:vladimir-putin',
        'place:kyiv',
        'person:putin',
        'place:kyiv',
        'person:putin',
        'place:kyiv',
      ],
    },
  ],
  [
    'chained: retype, then rename and merge under the new id, then hide the survivor',
    [
      { kind: 'retype', entityId: 'person:putin', type: 'organization' },
      { kind: 'rename', entityId: 'organization:putin', name: 'Putin Team' },
      { kind: 'merge', entityId: 'person:vladimir-putin', into: 'organization:putin' },
      { kind: 'merge', entityId: 'organization:putin', into: 'person:vladimir-putin' },
      { kind: 'hide', entityId: 'person:acme' },
      { kind: 'rename', entityId: 'person:acme', name: 'ignored: hidden' },
    ],
    {
      entities: ['organization:putin=Putin Team×3', 'place:kyiv=Kyiv×3', 'organization:acme=ACME Corp×1'],
      mentions: [
        'organization:putin',
        'place:kyiv',
        'organization:putin',
        'place:kyiv',
        'organization:putin',
        'place:kyiv',
      ],
    },
  ],
  [
    'corrections of unknown ids change nothing',
    [
      { kind: 'hide', entityId: 'person:nobody' },
      { kind: 'merge', entityId: 'place:kyiv', into: 'place:kyiv' },
    ],
    UNCHANGED,
  ],
];

describe('applyCorrections', () => {
  it.each(cases)('%s', (_, corrections, expected) => {
    const corrected = applyCorrections(corpus, corrections);
    expect(summary(corrected)).toEqual(expected.entities);
    expect(mentionIds(corrected)).toEqual(expected.mentions);
  });

  it('merges aliases into the survivor and keeps its name', () => {
    const corrected = applyCorrections(corpus, [
      { kind: 'merge', entityId: 'person:putin', into: 'person:vladimir-putin' },
    ]);
    expect(corrected.entities[0]).toMatchObject({
      name: 'Vladimir Putin',
      aliases: ['Vladimir Putin', 'Putin'],
    });
  });

  it('a place retyped as a person loses its point and demonyms', () => {
    const corrected = applyCorrections(corpus, [{ kind: 'retype', entityId: 'place:kyiv', type: 'person' }]);
    expect(corrected.entities.find((e) => e.id === 'person:kyiv')).toMatchObject({
      type: 'person',
      coordinates: null,
      demonyms: [],
    });
  });

  it('never changes its input', () => {
    const before = JSON.stringify(corpus);
    applyCorrections(corpus, cases.at(-2)![1]);
    expect(JSON.stringify(corpus)).toBe(before);
  });
});

describe('applyCorrectionsToIndex', () => {
  it.each(cases)('agrees with bundling the corrected corpus: %s', (_, corrections) => {
    const fromIndex = applyCorrectionsToIndex(makeCorpusBundle(corpus).index, corrections);
    const fromCorpus = makeCorpusBundle(applyCorrections(corpus, corrections)).index;
    expect(fromIndex.entities).toEqual(fromCorpus.entities);
    expect(fromIndex.stories.map((s) => [s.titleMentions, s.paragraphEntities])).toEqual(
      fromCorpus.stories.map((s) => [s.titleMentions, s.paragraphEntities]),
    );
  });
});

describe('parseCorrections', () => {
  it.each([
    ['{"version":1,"corrections":[]}', { ok: true, corrections: [] }],
    [
      '{"version":1,"corrections":[{"kind":"hide","entityId":"person:x","extra":1}]}',
      { ok: true, corrections: [{ kind: 'hide', entityId: 'person:x' }] },
    ],
    ['{\n  "version": 1,\n  "corrections": [\n    }\n', { ok: false, line: 4 }],
    ['[]', { ok: false, line: null, message: 'expected an object { "version": 1, "corrections": [...] }' }],
    ['{"version":2,"corrections":[]}', { ok: false, line: null, message: '"version" must be 1' }],
    [
      '{\n"version": 1,\n"corrections": [\n{ "kind": "hide", "entityId": "person:x" },\n{ "kind": "retype", "entityId": "person:x", "type": "animal" }\n]}',
      {
        ok: false,
        line: 5,
        message:
          'corrections[1]: a retype needs "type", one of person, place, organization, date, money, quantity',
      },
    ],
    [
      '{"version":1,"corrections":[{"kind":"merge","entityId":"person:x"}]}',
      { ok: false, line: 1, message: 'corrections[0]: a merge needs "into", an entity id' },
    ],
  ])('%s', (text, expected) => {
    expect(parseCorrections(text)).toMatchObject(expected);
  });
});
