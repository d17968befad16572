// A small corpus shaped like the seed digest, built by hand so the query tests do not wait for the extractor.
import type {
  CorpusIndex,
  EntitySummary,
  EntityType,
  Mention,
  Paragraph,
  StoryBody,
  StorySummary,
} from '../../../src/core/schema.ts';

type Spec = [surface: string, entityId: string];

const ENTITIES: [string, string, string[]][] = [
  ['person:vladimir-putin', 'Vladimir Putin', ['Vladimir Putin', 'Putin']],
  ['person:sergei-shoigu', 'Sergei Shoigu', ['Sergei Shoigu']],
  ['person:oleksiy-aristovich', 'Oleksiy Aristovich', ['Oleksiy Aristovich', 'Aristovich']],
  ['place:mariupol', 'Mariupol', ['Mariupol']],
  ['place:azovstal', 'Azovstal', ['Azovstal']],
  ['place:russia', 'Russia', ['Russia']],
  ['place:ukraine', 'Ukraine', ['Ukraine']],
  ['place:france', 'France', ['France']],
  ['place:germany', 'Germany', ['Germany']],
  ['organization:european-union', 'European Union', ['European Union', 'EU']],
  ['organization:reuters', 'Reuters', ['Reuters']],
  ['date:2022-02-24', 'February 24', ['February 24']],
  ['money:eur-273000000', '€ 273 million', ['€ 273 million']],
];
const DEMONYMS: Record<string, string[]> = {
  'place:russia': ['Russian', 'Russians'],
  'place:ukraine': ['Ukrainian', 'Ukrainians'],
  'place:france': ['French'],
  'place:germany': ['German', 'Germans'],
};

/** A paragraph with a mention at every occurrence of each surface form. */
function paragraph(id: string, text: string, specs: Spec[]): Paragraph {
  const mentions: Mention[] = [];
  for (const [surface, entityId] of specs) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      const clash = mentions.some((m) => at < m.end && m.start < at + surface.length);
      if (!clash) mentions.push({ start: at, end: at + surface.length, entityId, rule: 'fixture' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, line: Number(id.slice(2)), text, mentions, quotes: [] };
}

const PUTIN: Spec = ['Putin', 'person:vladimir-putin'];
const PUTIN_FULL: Spec = ['Vladimir Putin', 'person:vladimir-putin'];
const MARIUPOL: Spec = ['Mariupol', 'place:mariupol'];
const AZOVSTAL: Spec = ['Azovstal', 'place:azovstal'];
const RUSSIA: Spec = ['Russia', 'place:russia'];

const azovstal: StoryBody = {
  id: 'zelenskys-adviser',
  story: {
    id: 'zelenskys-adviser',
    title: 'Zelensky’s adviser: Russian forces attempt to storm Azovstal',
    line: 1,
    titleMentions: [{ start: 52, end: 60, entityId: 'place:azovstal', rule: 'fixture' }],
    source: null,
    sections: [
      {
        id: 'lead',
        heading: null,
        line: 3,
        headingMentions: [],
        paragraphs: [
          paragraph(
            'p-3',
            'The eyes are on Mariupol, except the Azovstal factory, said Oleksiy Aristovich.',
            [MARIUPOL, AZOVSTAL, ['Oleksiy Aristovich', 'person:oleksiy-aristovich']],
          ),
          paragraph('p-5', 'Aristovich wrote that Russian forces attack Azovstal, according to Reuters.', [
            ['Aristovich', 'person:oleksiy-aristovich'],
            AZOVSTAL,
            ['Reuters', 'organization:reuters'],
          ]),
          paragraph(
            'p-7',
            'Russian President Vladimir Putin has ordered his forces to cancel plans to storm Azovstal.',
            [PUTIN_FULL, AZOVSTAL],
          ),
          paragraph('p-9', 'More sanctions should be imposed on Russia.', [RUSSIA]),
          paragraph('p-11', 'Russian forces committed atrocities in Mariupol.', [MARIUPOL]),
          paragraph('p-13', 'Mariupol was besieged.', [MARIUPOL]),
        ],
      },
      {
        id: 'it-contains-thousands-of-fighters',
        heading: 'It contains thousands of fighters',
        line: 15,
        headingMentions: [],
        paragraphs: [
          paragraph(
            'p-16',
            'Putin also instructed Sergei Shoigu, who had earlier told Putin about the fighters.',
            [PUTIN, ['Sergei Shoigu', 'person:sergei-shoigu']],
          ),
          paragraph('p-18', 'Russian forces have bombed Mariupol since February 24.', [
            MARIUPOL,
            ['February 24', 'date:2022-02-24'],
          ]),
          paragraph('p-20', 'Azovstal is the main stronghold in the port of Mariupol in Ukraine.', [
            AZOVSTAL,
            MARIUPOL,
            ['Ukraine', 'place:ukraine'],
          ]),
        ],
      },
    ],
  },
};

const arms: StoryBody = {
  id: 'european-countries-sold-arms',
  story: {
    id: 'european-countries-sold-arms',
    title: 'Despite the sanctions, these European countries sold arms to Russia!',
    line: 30,
    titleMentions: [{ start: 63, end: 69, entityId: 'place:russia', rule: 'fixture' }],
    source: null,
    sections: [
      {
        id: 'lead',
        heading: null,
        line: 32,
        headingMentions: [],
        paragraphs: [
          paragraph(
            'p-32',
            'France and Germany armed Russia with € 273 million of equipment used in Ukraine.',
            [
              ['France', 'place:france'],
              ['Germany', 'place:germany'],
              RUSSIA,
              ['€ 273 million', 'money:eur-273000000'],
              ['Ukraine', 'place:ukraine'],
            ],
          ),
          paragraph('p-34', 'German companies used a loophole in the European Union embargo.', [
            ['European Union', 'organization:european-union'],
          ]),
          paragraph('p-36', 'French companies sent cameras to Russian tanks.', []),
        ],
      },
    ],
  },
};

/** The fixture bodies, by story id. */
export const FIXTURE_BODIES: ReadonlyMap<string, StoryBody> = new Map([azovstal, arms].map((b) => [b.id, b]));

function summarize(body: StoryBody, entityIds: string[]): StorySummary {
  const paragraphs = body.story.sections.flatMap((s) => s.paragraphs);
  const position = (id: string) => entityIds.indexOf(id);
  return {
    id: body.id,
    documentId: 'seed',
    title: body.story.title,
    line: body.story.line,
    titleMentions: body.story.titleMentions,
    source: null,
    sections: body.story.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      line: s.line,
      headingMentions: s.headingMentions,
      paragraphCount: s.paragraphs.length,
    })),
    firstSentence: paragraphs[0]?.text ?? '',
    wordCount: 100,
    readingMinutes: 1,
    paragraphEntities: paragraphs.map((p) =>
      [...new Set(p.mentions.map((m) => position(m.entityId)))].sort((a, b) => a - b),
    ),
    paragraphIds: paragraphs.map((p) => p.id),
    speakers: [],
    chunk: `chunks/${body.id}.json`,
  };
}

function buildIndex(): CorpusIndex {
  const ids = ENTITIES.map(([id]) => id);
  const bodies = [...FIXTURE_BODIES.values()];
  const stories = bodies.map((b) => summarize(b, ids));
  const allMentions = bodies.flatMap((b) =>
    b.story.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.map((m) => ({ story: b.id, m })))),
  );
  const entities: EntitySummary[] = ENTITIES.map(([id, name, aliases]) => {
    const own = allMentions.filter(({ m }) => m.entityId === id);
    const type = id.slice(0, id.indexOf(':'));
    const entityType: EntityType =
      type === 'person' || type === 'place' || type === 'organization' || type === 'date' || type === 'money'
        ? type
        : 'quantity';
    return {
      id,
      type: entityType,
      name,
      aliases,
      mentionCount: own.length,
      demonyms: DEMONYMS[id] ?? [],
      coordinates: null,
      value: null,
      storyCount: new Set(own.map(({ story }) => story)).size,
    };
  });
  return {
    version: 'fixture',
    documents: [
      {
        id: 'seed',
        source: 'seeds/seed.txt',
        storyIds: stories.map((s) => s.id),
        boilerplate: [],
        warnings: [],
      },
    ],
    stories,
    entities,
  };
}

/** The fixture's index, as the build would emit it. */
export const FIXTURE_INDEX: CorpusIndex = buildIndex();
