import type {
  CorpusIndex,
  EntitySummary,
  EntityValue,
  Mention,
  Paragraph,
  StoryBody,
  StorySummary,
} from '../../../src/core/schema.ts';

/** A small corpus with dates, money and placed places, for the insights aggregations and route. */

interface Spec {
  id: string;
  type: EntitySummary['type'];
  name: string;
  /** Surface forms matched in the text (the name when omitted). */
  forms?: string[];
  value?: EntityValue;
  coordinates?: { lat: number; lon: number };
}

const specs: Spec[] = [
  { id: 'person:vladimir-putin', type: 'person', name: 'Vladimir Putin', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'person:sergei-shoigu', type: 'person', name: 'Sergei Shoigu' },
  { id: 'place:mariupol', type: 'place', name: 'Mariupol', coordinates: { lat: 47.1, lon: 37.55 } },
  { id: 'place:russia', type: 'place', name: 'Russia', coordinates: { lat: 61.5, lon: 105.3 } },
  { id: 'place:azovstal', type: 'place', name: 'Azovstal' },
  { id: 'organization:reuters', type: 'organization', name: 'Reuters' },
  {
    id: 'date:02-24',
    type: 'date',
    name: 'February 24',
    value: { kind: 'date', iso: '--02-24', precision: 'day' },
  },
  {
    id: 'date:04-08',
    type: 'date',
    name: 'April 8',
    value: { kind: 'date', iso: '--04-08', precision: 'day' },
  },
  { id: 'date:2014', type: 'date', name: '2014', value: { kind: 'date', iso: '2014', precision: 'year' } },
  {
    id: 'date:2022-03',
    type: 'date',
    name: 'March 2022',
    value: { kind: 'date', iso: '2022-03', precision: 'month' },
  },
  {
    id: 'money:eur-121000000',
    type: 'money',
    name: '€ 121m',
    value: { kind: 'money', currency: 'EUR', amount: 121_000_000 },
  },
  {
    id: 'money:gbp-2000000',
    type: 'money',
    name: '£ 2 million',
    value: { kind: 'money', currency: 'GBP', amount: 2_000_000 },
  },
  {
    id: 'money:eur-2400000',
    type: 'money',
    name: '€ 2.4 million',
    value: { kind: 'money', currency: 'EUR', amount: 2_400_000 },
  },
];

/** Mentions of every spec's forms in `text`, longest form first, never overlapping. */
function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  const forms = specs
    .flatMap((s) => (s.forms ?? [s.name]).map((form) => ({ form, id: s.id })))
    .sort((a, b) => b.form.length - a.form.length);
  for (const { form, id } of forms) {
    let at = text.indexOf(form);
    while (at >= 0) {
      const end = at + form.length;
      if (!found.some((m) => m.start < end && at < m.end))
        found.push({ start: at, end, entityId: id, rule: 'fixture' });
      at = text.indexOf(form, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const para = (line: number, text: string): Paragraph => ({
  id: `p-${line}`,
  line,
  text,
  mentions: mentionsIn(text),
});

const stories = [
  {
    id: 'azovstal',
    title: 'Forces attempt to storm Azovstal',
    sections: [
      {
        id: 'lead',
        heading: null,
        paragraphs: [
          para(3, 'Since February 24 Vladimir Putin has pressed on Mariupol, Reuters said.'),
          para(5, 'Putin told Sergei Shoigu on April 8 to besiege Azovstal in Mariupol.'),
        ],
      },
      {
        id: 'history',
        heading: 'History',
        paragraphs: [para(8, 'Russia annexed Crimea in 2014, and in March 2022 spent € 121m on arms.')],
      },
    ],
  },
  {
    id: 'arms-sales',
    title: 'Arms sales to Russia',
    sections: [
      {
        id: 'lead',
        heading: null,
        paragraphs: [
          para(12, 'France sold £ 2 million of equipment to Russia in 2014.'),
          para(14, 'Germany sold € 2.4 million worth, Reuters found.'),
        ],
      },
    ],
  },
];

const entities: EntitySummary[] = specs.map((s) => {
  const count = stories
    .flatMap((st) => st.sections.flatMap((sec) => sec.paragraphs))
    .flatMap((p) => p.mentions)
    .filter((m) => m.entityId === s.id).length;
  return {
    id: s.id,
    type: s.type,
    name: s.name,
    aliases: s.forms ?? [s.name],
    mentionCount: count,
    demonyms: [],
    coordinates: s.coordinates ?? null,
    value: s.value ?? null,
    storyCount: 1,
  };
});

const summaries: StorySummary[] = stories.map((s, i) => {
  const paragraphs = s.sections.flatMap((sec) => sec.paragraphs);
  return {
    id: s.id,
    documentId: 'digest',
    title: s.title,
    line: 1 + i * 10,
    titleMentions: [],
    source: null,
    sections: s.sections.map((sec) => ({
      id: sec.id,
      heading: sec.heading,
      line: paragraphs[0]?.line ?? 1,
      headingMentions: [],
      paragraphCount: sec.paragraphs.length,
    })),
    firstSentence: paragraphs[0]?.text ?? '',
    wordCount: 40,
    readingMinutes: 1,
    paragraphEntities: paragraphs.map((p) =>
      [...new Set(p.mentions.map((m) => entities.findIndex((e) => e.id === m.entityId)))].sort(
        (a, b) => a - b,
      ),
    ),
    paragraphIds: paragraphs.map((p) => p.id),
    chunk: `corpus/story/${s.id}.json`,
  };
});

export const insightIndex: CorpusIndex = {
  version: 'insight-test',
  documents: [
    {
      id: 'digest',
      source: 'seeds/digest.txt',
      storyIds: stories.map((s) => s.id),
      boilerplate: [],
      warnings: [],
    },
  ],
  stories: summaries,
  entities,
};

export const insightBodies: StoryBody[] = stories.map((s, i) => ({
  id: s.id,
  story: {
    id: s.id,
    title: s.title,
    line: 1 + i * 10,
    source: null,
    titleMentions: [],
    sections: s.sections.map((sec) => ({
      id: sec.id,
      heading: sec.heading,
      line: sec.paragraphs[0]?.line ?? 1,
      headingMentions: [],
      paragraphs: sec.paragraphs,
    })),
  },
}));

export const insightBodyMap: ReadonlyMap<string, StoryBody> = new Map(insightBodies.map((b) => [b.id, b]));
