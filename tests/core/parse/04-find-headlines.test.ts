import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/01-split-lines.ts';
import { classifyLines } from '../../../src/core/parse/02-classify-lines.ts';
import { groupBlocks } from '../../../src/core/parse/03-group-blocks.ts';
import { findHeadlines, type ReadingUnit } from '../../../src/core/parse/04-find-headlines.ts';
import { startsLowercase } from '../../../src/core/parse/starts-lowercase.ts';

const roles = (text: string): [ReadingUnit['role'], number][] =>
  findHeadlines(groupBlocks(classifyLines(splitLines(text)))).map((u) => [u.role, u.line]);

const body = (names: string): string =>
  `${names} met in the capital on the first day of the visit, and officials described the talks as long.`;

describe('findHeadlines', () => {
  it.each<[string, string, [ReadingUnit['role'], number][]]>([
    [
      'the first line is a headline even when it is body text',
      'The government announced new measures.\nThe minister explained them.\n\nOther text.',
      [
        ['headline', 1],
        ['paragraph', 2],
        ['paragraph', 4],
      ],
    ],
    [
      'a new topic with a long title is a new story; a lowercase line is a section',
      [
        'Floods hit the coast',
        body('Officials from Derna and Benghazi'),
        'rescue efforts',
        body('Teams from Benghazi and Derna'),
        'Erdogan wins a new term in the presidential runoff vote',
        body('Supporters of Erdogan in Ankara and Istanbul'),
      ].join('\n\n'),
      [
        ['headline', 1],
        ['paragraph', 3],
        ['subheading', 5],
        ['paragraph', 7],
        ['headline', 9],
        ['paragraph', 11],
      ],
    ],
    [
      'a long line naming the same people continues the story',
      [
        'Talks on the grain deal',
        body('Envoys from Ankara, Kyiv and Moscow'),
        'Ankara and Moscow agree on the terms for Kyiv',
        body('Envoys of Kyiv and Moscow in Ankara'),
      ].join('\n\n'),
      [
        ['headline', 1],
        ['paragraph', 3],
        ['subheading', 5],
        ['paragraph', 7],
      ],
    ],
    [
      'with an explicit outline only # lines open stories',
      '# One\n\nBody.\n\nShort line here\n\nWill this be a headline? No it will not be one\n\n# Two\n\nBody.',
      [
        ['headline', 1],
        ['paragraph', 3],
        ['subheading', 5],
        ['subheading', 7],
        ['headline', 9],
        ['paragraph', 11],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('startsLowercase', () => {
  it.each<[string, boolean]>([
    ['a message to Tehran', true],
    ['strategic goal', true],
    ['fears in Basra', true],
    // must not fire: a capital, a brand written in camel case, a number or symbol first
    ['A message to Tehran', false],
    ['iPhone sales slump in China', false],
    ['eBay cuts jobs', false],
    ['5 questions', false],
    ['★', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(startsLowercase(text)).toBe(expected);
  });
});

describe('a lowercase heading under a story', () => {
  it('is its sub-heading even when the names under it are new', () => {
    const body = (s: string): string =>
      `${s} spoke in the capital on Monday, and officials described the talks as long.`;
    const text = [
      'Israel warns against a bad deal',
      body('Netanyahu and Graham'),
      'a message to Tehran',
      body('Harel, Haaretz and Biden'),
    ].join('\n\n');
    const roles = findHeadlines(groupBlocks(classifyLines(splitLines(text)))).map((u) => u.role);
    expect(roles).toEqual(['headline', 'paragraph', 'subheading', 'paragraph']);
  });
});

/** The roles of the heading lines only, in order. */
const headingRoles = (text: string): ReadingUnit['role'][] =>
  findHeadlines(groupBlocks(classifyLines(splitLines(text))))
    .filter((u) => u.role !== 'paragraph')
    .map((u) => u.role);

const lead = (place: string, names: string): string =>
  `${place.toUpperCase()}, June 3 (Reuters) - ${names} met in ${place} on Tuesday, officials said, and described the talks as long.`;
const more = (names: string): string =>
  `${names} said later that the agreement would be signed before the end of the year.`;

describe('document-level layout', () => {
  it.each<[string, string, ReadingUnit['role'][]]>([
    [
      'stories open with a source: a question with none under it is a section',
      [
        'Uganda central bank holds its rate as the shilling steadies',
        lead('Kampala', 'Atingi-Ego and Kasaija'),
        'Who opposes it?',
        more('Besigye and the Democratic Party'),
        'Kenya treasury seeks a loan from lenders in the Gulf',
        lead('Nairobi', 'Mbadi and Ruto'),
        'Ghana cocoa board cuts its crop forecast again',
        lead('Accra', 'Cocobod and Mahama'),
      ].join('\n\n'),
      ['headline', 'subheading', 'headline', 'headline'],
    ],
    [
      'must not fire where the first story opens without a source',
      [
        'Uganda central bank holds its rate as the shilling steadies',
        more('Atingi-Ego and Kasaija'),
        'Zambia signs a debt deal with private creditors in London',
        more('Hichilema and Musokotwane'),
        'Kenya treasury seeks a loan from lenders in the Gulf',
        lead('Nairobi', 'Mbadi and Ruto'),
        'Ghana cocoa board cuts its crop forecast again',
        lead('Accra', 'Cocobod and Mahama'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline'],
    ],
    [
      'must not fire on a longer headline of a page that names no source',
      [
        'Uganda central bank holds its rate as the shilling steadies',
        lead('Kampala', 'Atingi-Ego and Kasaija'),
        'Zambia signs a debt deal with private creditors in London',
        more('Hichilema and Musokotwane'),
        'Kenya treasury seeks a loan from lenders in the Gulf',
        lead('Nairobi', 'Mbadi and Ruto'),
        'Ghana cocoa board cuts its crop forecast again',
        lead('Accra', 'Cocobod and Mahama'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline'],
    ],
    [
      'stories set apart by two blank lines: a heading after one is a section',
      [
        'Weekly notes from the regions',
        'Floods close Dhaka schools after two days of monsoon rain',
        more('Hasina and the Dhaka authorities'),
        'Transit fares frozen in Bogotá until the end of the year',
        more('Galán and TransMilenio'),
        'Kazakh wheat exports reach a record in the season to June',
        more('Tokayev and Astana'),
        'Buyers in Tehran and Kabul pay record prices for the grain',
        more('Iran, Afghanistan and Uzbekistan'),
      ]
        .map((t, i) => (i > 0 && i % 2 === 1 && i < 7 ? `\n${t}` : t))
        .join('\n\n'),
      ['headline', 'headline', 'headline', 'headline', 'subheading'],
    ],
    [
      'must not fire with two such gaps only, nor where one-blank headings are as many',
      [
        'Weekly notes from the regions',
        more('Hasina and the Dhaka authorities'),
        '\nFloods close Dhaka schools after two days of monsoon rain',
        more('Hasina and the Dhaka authorities'),
        '\nTransit fares frozen in Bogotá until the end of the year',
        more('Galán and TransMilenio'),
        'Kazakh wheat exports reach a record in the season to June',
        more('Tokayev and Astana'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline'],
    ],
    [
      'a match result under a report is its section',
      [
        'Spain and Portugal go through as group winners',
        more('Fuente and the Spanish federation'),
        'Group A — Spain 2 – 1 Italy',
        more('Ruiz, Lucca and Baldini'),
        'Group B — Portugal 3 – 0 Georgia',
        more('Conceição and Kvaratskhelia'),
      ].join('\n\n'),
      ['headline', 'subheading', 'subheading'],
    ],
    [
      'must not fire on a result line with its own source under it',
      [
        'Spain and Portugal go through as group winners',
        more('Fuente and the Spanish federation'),
        'Netherlands 1 – 1 Belgium in a late thriller at the Tehelne pole',
        lead('Bratislava', 'Bakayoko and Koeman'),
      ].join('\n\n'),
      ['headline', 'headline'],
    ],
    [
      'headlines that say what happened: a verbless topic under a story is a section',
      [
        'Coach of France resigns after the elimination',
        more('Henry and the French federation'),
        'Tickets for the final sold out in four hours',
        more('Bratislava and UEFA'),
        'Fan zone in the old town',
        more('Hviezdoslav Square and Vallo'),
        'Barcelona beats Lyon in the first Champions Cup in Monaco',
        more('Bonmatí and Paralluelo'),
      ].join('\n\n'),
      ['headline', 'headline', 'subheading', 'headline'],
    ],
    [
      'must not fire after two blank lines, nor where few headlines have a verb',
      [
        'Coach of France resigns after the elimination',
        more('Henry and the French federation'),
        'Tickets for the final sold out in four hours',
        more('Bratislava and UEFA'),
        '\nRecord monsoon across Pakistan',
        more('Sharif and Rehman'),
        'Barcelona beats Lyon in the first Champions Cup in Monaco',
        more('Bonmatí and Paralluelo'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline'],
    ],
    [
      "must not fire where the digest's headlines are verbless too",
      [
        'Hundreds dead in a stampede at the stadium',
        more('Henry and the French federation'),
        'Record monsoon across Pakistan this summer',
        more('Sharif and Rehman'),
        'Fan zone in the old town',
        more('Hviezdoslav Square and Vallo'),
        'Barcelona beats Lyon in the first Champions Cup in Monaco',
        more('Bonmatí and Paralluelo'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline'],
    ],
    [
      'headlines ending with the site name: a heading without it is a section of that page',
      [
        'Ferry operators suspend crossings as the storm nears – The Harbour Courier',
        more('Oliveira and the Tagus operators'),
        'Schools closed in three districts',
        more('Setúbal, Leiria and Aveiro'),
        'Court blocks sale of state airline stake | The Harbour Courier',
        more('TAP and the Lisbon court'),
      ].join('\n\n'),
      ['headline', 'subheading', 'headline'],
    ],
    [
      'must not fire where one headline only has a site name',
      [
        'Ferry operators suspend crossings as the storm nears – The Harbour Courier',
        more('Oliveira and the Tagus operators'),
        'Wildfire forces thousands from homes in Algarve villages',
        more('Loulé, Tavira and Silves'),
        'Court blocks sale of state airline stake in Lisbon',
        more('TAP and the Lisbon court'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline'],
    ],
    [
      'sentence-case headlines: a Title Case line under a story is a crosshead',
      [
        'Riverside council approves the new tram line after a long debate',
        more('Vogt and the Riverside council'),
        'Opposition Calls For A Referendum On The Tram',
        more('Brandt and the Citizens List'),
        'Library opening hours extended during the exams',
        more('the Riverside culture department'),
        'Water prices to rise by four percent in January',
        more('the Riverside water company'),
        'Nordbad pool repairs estimated at eight million euros',
        more('SV Riverside and Lindau'),
      ].join('\n\n'),
      ['headline', 'subheading', 'headline', 'headline', 'headline'],
    ],
    [
      'must not fire where the headlines are in Title Case too',
      [
        'Riverside Council Approves The New Tram Line',
        more('Vogt and the Riverside council'),
        'Opposition Calls For A Referendum On The Tram',
        more('Brandt and the Citizens List'),
        'Library Opening Hours Extended During Exams',
        more('the Riverside culture department'),
        'Water Prices To Rise By Four Percent In January',
        more('the Riverside water company'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline'],
    ],
    [
      'must not fire under a headline without words, a newsletter moving on to its next story',
      [
        'Riverside council approves the new tram line after a long debate',
        more('Vogt and the Riverside council'),
        'Library opening hours extended during the exams',
        more('the Riverside culture department'),
        'Water prices to rise by four percent in January',
        more('the Riverside water company'),
        '🔥🔥🔥',
        more('Brandt and the Citizens List'),
        'Wildfires Force Evacuations On The Greek Island Of Rhodes',
        more('Mitsotakis and the Rhodes authorities'),
      ].join('\n\n'),
      ['headline', 'headline', 'headline', 'headline', 'headline'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(headingRoles(text)).toEqual(expected);
  });
});
