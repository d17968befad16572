import { buildFixtureCorpus } from '../../fixtures/build-fixture-corpus.ts';
import type { StoryBody } from '../../../src/core/schema.ts';

/** A small corpus with dates, money and placed places, for the insights aggregations and route. */
const { index, bodies } = buildFixtureCorpus({
  version: 'insight-test',
  documentId: 'digest',
  entities: [
    { type: 'person', slug: 'vladimir-putin', name: 'Vladimir Putin', forms: ['Vladimir Putin', 'Putin'] },
    { type: 'person', slug: 'sergei-shoigu', name: 'Sergei Shoigu' },
    { type: 'place', slug: 'mariupol', name: 'Mariupol', coordinates: { lat: 47.1, lon: 37.55 } },
    { type: 'place', slug: 'russia', name: 'Russia', coordinates: { lat: 61.5, lon: 105.3 } },
    { type: 'place', slug: 'azovstal', name: 'Azovstal' },
    { type: 'organization', slug: 'reuters', name: 'Reuters' },
    {
      type: 'date',
      slug: '02-24',
      name: 'February 24',
      value: { kind: 'date', iso: '--02-24', precision: 'day' },
    },
    {
      type: 'date',
      slug: '04-08',
      name: 'April 8',
      value: { kind: 'date', iso: '--04-08', precision: 'day' },
    },
    { type: 'date', slug: '2014', name: '2014', value: { kind: 'date', iso: '2014', precision: 'year' } },
    {
      type: 'date',
      slug: '2022-03',
      name: 'March 2022',
      value: { kind: 'date', iso: '2022-03', precision: 'month' },
    },
    {
      type: 'money',
      slug: 'eur-121000000',
      name: '€ 121m',
      value: { kind: 'money', currency: 'EUR', amount: 121_000_000 },
    },
    {
      type: 'money',
      slug: 'gbp-2000000',
      name: '£ 2 million',
      value: { kind: 'money', currency: 'GBP', amount: 2_000_000 },
    },
    {
      type: 'money',
      slug: 'eur-2400000',
      name: '€ 2.4 million',
      value: { kind: 'money', currency: 'EUR', amount: 2_400_000 },
    },
  ],
  stories: [
    {
      id: 'azovstal',
      title: 'Forces attempt to storm Azovstal',
      line: 1,
      sections: [
        {
          id: 'lead',
          heading: null,
          line: 3,
          paragraphs: [
            [3, 'Since February 24 Vladimir Putin has pressed on Mariupol, Reuters said.'],
            [5, 'Putin told Sergei Shoigu on April 8 to besiege Azovstal in Mariupol.'],
          ],
        },
        {
          id: 'history',
          heading: 'History',
          line: 8,
          paragraphs: [[8, 'Russia annexed Crimea in 2014, and in March 2022 spent € 121m on arms.']],
        },
      ],
    },
    {
      id: 'arms-sales',
      title: 'Arms sales to Russia',
      line: 11,
      sections: [
        {
          id: 'lead',
          heading: null,
          line: 12,
          paragraphs: [
            [12, 'France sold £ 2 million of equipment to Russia in 2014.'],
            [14, 'Germany sold € 2.4 million worth, Reuters found.'],
          ],
        },
      ],
    },
  ],
});

export const insightIndex = index;
export const insightBodies = bodies;
export const insightBodyMap: ReadonlyMap<string, StoryBody> = new Map(bodies.map((b) => [b.id, b]));
