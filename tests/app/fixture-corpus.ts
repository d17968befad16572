import type {
  CorpusIndex,
  EntitySummary,
  EntityType,
  Mention,
  Paragraph,
  Section,
  StoryBody,
  StorySummary,
} from '../../src/core/schema.ts';

/** A hand-built corpus for component tests: one digest, three stories, five entities. */

const entity = (type: EntityType, slug: string, name: string, mentionCount: number): EntitySummary => ({
  id: `${type}:${slug}`,
  type,
  name,
  aliases: [name],
  mentionCount,
  demonyms: [],
  coordinates: null,
  value: null,
  storyCount: 1,
});

const entities: EntitySummary[] = [
  entity('person', 'vladimir-putin', 'Vladimir Putin', 3),
  entity('person', 'sergei-shoigu', 'Sergei Shoigu', 1),
  entity('place', 'mariupol', 'Mariupol', 3),
  entity('place', 'russia', 'Russia', 2),
  entity('organization', 'reuters', 'Reuters', 1),
];

/** Mentions of each known name in `text`, with offsets. */
function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  for (const e of entities) {
    let at = text.indexOf(e.name);
    while (at >= 0) {
      found.push({ start: at, end: at + e.name.length, entityId: e.id, rule: 'fixture' });
      at = text.indexOf(e.name, at + e.name.length);
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

const section = (id: string, heading: string | null, line: number, paragraphs: Paragraph[]): Section => ({
  id,
  heading,
  line,
  headingMentions: heading ? mentionsIn(heading) : [],
  paragraphs,
});

const stories: { id: string; title: string; line: number; source: string | null; sections: Section[] }[] = [
  {
    id: 'zelenskys-adviser-russian-forces-attempt-to-storm-azovstal',
    title: 'Zelensky’s adviser: Russian forces attempt to storm Azovstal',
    line: 1,
    source: 'Al-Madina News',
    sections: [
      section('lead', null, 3, [
        para(
          3,
          'Al-Madina News: While the world’s eyes are still focused on Mariupol. The adviser spoke today.',
        ),
        para(5, 'Aristovich wrote on Facebook, according to Reuters.'),
        para(7, 'Russian President Vladimir Putin has ordered his forces to cancel plans to storm Azovstal.'),
      ]),
      section('it-contains-thousands-of-fighters', 'It contains thousands of fighters', 9, [
        para(10, 'Vladimir Putin also instructed his defense minister, Sergei Shoigu, to besiege the plant.'),
        para(12, 'Russian forces have besieged and bombed Mariupol since the first days.'),
      ]),
      section('strategic-goal', 'strategic goal', 14, [
        para(
          15,
          'This region was a strategic target, connecting eastern Ukraine with Crimea, annexed by Russia.',
        ),
        para(17, 'It is noteworthy that Azovstal is a steel factory in the port of Mariupol.'),
      ]),
    ],
  },
  {
    id: 'despite-the-sanctions-these-european-countries-sold-arms-to-russia',
    title: 'Despite the sanctions, these European countries sold arms to Russia!',
    line: 19,
    source: null,
    sections: [
      section('lead', null, 21, [
        para(21, 'A European analysis has revealed that France and Germany armed Russia. More follows.'),
        para(23, 'The equipment was sold before the embargo.'),
      ]),
    ],
  },
  {
    id: 'kyiv-waits-for-embassies',
    title: 'Kyiv waits for embassies',
    line: 25,
    source: null,
    sections: [
      section('lead', null, 27, [para(27, 'Kyiv hopes the US Embassy will reopen soon.')]),
      section('diplomacy', 'Diplomacy', 29, [para(30, 'Vladimir Putin did not comment.')]),
    ],
  },
];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const summaries: StorySummary[] = stories.map((s) => {
  const paragraphs = s.sections.flatMap((sec) => sec.paragraphs);
  const first = paragraphs[0]?.text ?? '';
  return {
    id: s.id,
    documentId: 'digest-one',
    title: s.title,
    line: s.line,
    titleMentions: mentionsIn(s.title),
    source: s.source ? { name: s.source, start: 0, end: s.source.length } : null,
    sections: s.sections.map((sec) => ({
      id: sec.id,
      heading: sec.heading,
      line: sec.line,
      headingMentions: sec.headingMentions,
      paragraphCount: sec.paragraphs.length,
    })),
    firstSentence: first.split(/(?<=\.)\s/)[0] ?? first,
    wordCount: paragraphs.reduce((n, p) => n + words(p.text), 0),
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

export const fixtureIndex: CorpusIndex = {
  version: 'test-version',
  documents: [
    {
      id: 'digest-one',
      source: 'seeds/digest-one.txt',
      storyIds: stories.map((s) => s.id),
      boilerplate: [],
      warnings: [],
    },
  ],
  stories: summaries,
  entities,
};

export const fixtureBodies: StoryBody[] = stories.map((s) => {
  const summary = summaries.find((x) => x.id === s.id);
  return {
    id: s.id,
    story: {
      id: s.id,
      title: s.title,
      line: s.line,
      source: summary?.source ?? null,
      titleMentions: summary?.titleMentions ?? [],
      sections: s.sections,
    },
  };
});

/** The first story: three sections (lead, "It contains thousands of fighters", "strategic goal"). */
export const azovstal = summaries[0]!;
