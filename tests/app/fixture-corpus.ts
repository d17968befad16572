import { buildFixtureCorpus } from '../fixtures/build-fixture-corpus.ts';

/** A hand-built corpus for component tests: one digest, three stories, five entities. */
const { index, bodies } = buildFixtureCorpus({
  version: 'test-version',
  documentId: 'digest-one',
  // Facet counts as a test would read them, not the mentions the text happens to hold.
  entities: [
    { type: 'person', slug: 'vladimir-putin', name: 'Vladimir Putin', mentionCount: 3 },
    { type: 'person', slug: 'sergei-shoigu', name: 'Sergei Shoigu', mentionCount: 1 },
    { type: 'place', slug: 'mariupol', name: 'Mariupol', mentionCount: 3 },
    { type: 'place', slug: 'russia', name: 'Russia', mentionCount: 2 },
    { type: 'organization', slug: 'reuters', name: 'Reuters', mentionCount: 1 },
  ],
  stories: [
    {
      id: 'zelenskys-adviser-russian-forces-attempt-to-storm-azovstal',
      title: 'Zelensky’s adviser: Russian forces attempt to storm Azovstal',
      line: 1,
      source: 'Al-Madina News',
      sections: [
        {
          id: 'lead',
          heading: null,
          line: 3,
          paragraphs: [
            [
              3,
              'Al-Madina News: While the world’s eyes are still focused on Mariupol. The adviser spoke today.',
            ],
            [5, 'Aristovich wrote on Facebook, according to Reuters.'],
            [7, 'Russian President Vladimir Putin has ordered his forces to cancel plans to storm Azovstal.'],
          ],
        },
        {
          id: 'it-contains-thousands-of-fighters',
          heading: 'It contains thousands of fighters',
          line: 9,
          paragraphs: [
            [10, 'Vladimir Putin also instructed his defense minister, Sergei Shoigu, to besiege the plant.'],
            [12, 'Russian forces have besieged and bombed Mariupol since the first days.'],
          ],
        },
        {
          id: 'strategic-goal',
          heading: 'strategic goal',
          line: 14,
          paragraphs: [
            [
              15,
              'This region was a strategic target, connecting eastern Ukraine with Crimea, annexed by Russia.',
            ],
            [17, 'It is noteworthy that Azovstal is a steel factory in the port of Mariupol.'],
          ],
        },
      ],
    },
    {
      id: 'despite-the-sanctions-these-european-countries-sold-arms-to-russia',
      title: 'Despite the sanctions, these European countries sold arms to Russia!',
      line: 19,
      sections: [
        {
          id: 'lead',
          heading: null,
          line: 21,
          paragraphs: [
            [21, 'A European analysis has revealed that France and Germany armed Russia. More follows.'],
            [23, 'The equipment was sold before the embargo.'],
          ],
        },
      ],
    },
    {
      id: 'kyiv-waits-for-embassies',
      title: 'Kyiv waits for embassies',
      line: 25,
      sections: [
        {
          id: 'lead',
          heading: null,
          line: 27,
          paragraphs: [[27, 'Kyiv hopes the US Embassy will reopen soon.']],
        },
        {
          id: 'diplomacy',
          heading: 'Diplomacy',
          line: 29,
          paragraphs: [[30, 'Vladimir Putin did not comment.']],
        },
      ],
    },
  ],
});

export const fixtureIndex = index;
export const fixtureBodies = bodies;

/** The first story: three sections (lead, "It contains thousands of fighters", "strategic goal"). */
export const azovstal = index.stories[0]!;
