import { describe, expect, it } from 'vitest';
import { coMentionNetwork } from '../../../src/core/insights/co-mention-network.ts';
import { entityNodeLabel, formatIsoDate, valueLabel } from '../../../src/core/insights/insight-labels.ts';
import type { EntityValue } from '../../../src/core/schema.ts';
import { insightParagraphs } from '../../../src/core/insights/insight-paragraphs.ts';
import { placeMap } from '../../../src/core/insights/map-markers.ts';
import { moneyRows, moneyTotals, sortMoneyRows } from '../../../src/core/insights/money-table.ts';
import { makeRoomForLabels } from '../../../src/core/insights/make-room-for-labels.ts';
import { layoutNetwork, sqrtRadius } from '../../../src/core/insights/network-layout.ts';
import { placeLabels } from '../../../src/core/insights/place-labels.ts';
import { buildTimeline, compareIso } from '../../../src/core/insights/timeline.ts';
import { EMPTY_ENTITY_FILTER, type EntityFilter } from '../../../src/core/query/entity-filter.ts';
import { includeEntity } from '../../../src/core/query/include-entity.ts';
import { insightBodyMap, insightIndex } from './insight-fixture.ts';

const all = insightParagraphs(insightIndex, EMPTY_ENTITY_FILTER, insightBodyMap);
const withEntity = (id: string): EntityFilter => {
  const entity = insightIndex.entities.find((e) => e.id === id);
  if (!entity) throw new Error(id);
  return includeEntity(EMPTY_ENTITY_FILTER, entity);
};

describe('insightParagraphs', () => {
  it.each<[string, EntityFilter, string[]]>([
    ['no filter: every paragraph', EMPTY_ENTITY_FILTER, ['p-3', 'p-5', 'p-8', 'p-12', 'p-14']],
    ['person:sergei-shoigu', withEntity('person:sergei-shoigu'), ['p-5']],
    ['place:russia', withEntity('place:russia'), ['p-8', 'p-12']],
    [
      'exclude Reuters',
      { ...EMPTY_ENTITY_FILTER, exclude: ['organization:reuters'] },
      ['p-5', 'p-8', 'p-12'],
    ],
  ])('%s', (_, filter, expected) => {
    expect(insightParagraphs(insightIndex, filter, insightBodyMap).map((p) => p.paragraph.id)).toEqual(
      expected,
    );
  });

  it('skips stories whose body is not loaded', () => {
    const one = new Map([...insightBodyMap].filter(([id]) => id === 'arms-sales'));
    expect(insightParagraphs(insightIndex, EMPTY_ENTITY_FILTER, one).map((p) => p.storyId)).toEqual([
      'arms-sales',
      'arms-sales',
    ]);
  });
});

describe('compareIso', () => {
  it.each<[string, string, number]>([
    ['2014', '2022-03', -1],
    ['2014', '2014-02', -1],
    ['2014-02', '2014-02-24', -1],
    ['2022-03', '2014', 1],
    ['--02-24', '--04-08', -1],
    // a month without its year ("early March") comes before its days and after the month before
    ['--03', '--03-05', -1],
    ['--02-24', '--03', -1],
    ['2014', '2014', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareIso(a, b))).toBe(sign);
  });
});

describe('buildTimeline', () => {
  it('orders dated mentions by date, then reading order; year-unknown dates in their own band by month/day', () => {
    const { dated, yearUnknown } = buildTimeline(insightIndex, all);
    expect(dated.map((d) => [d.iso, d.at.paragraph.id])).toEqual([
      ['2014', 'p-8'],
      ['2014', 'p-12'],
      ['2022-03', 'p-8'],
    ]);
    expect(yearUnknown.map((d) => [d.iso, d.at.paragraph.id])).toEqual([
      ['--02-24', 'p-3'],
      ['--04-08', 'p-5'],
    ]);
  });

  it('covers only the filtered paragraphs', () => {
    const { dated, yearUnknown } = buildTimeline(
      insightIndex,
      insightParagraphs(insightIndex, withEntity('place:russia'), insightBodyMap),
    );
    expect(dated.map((d) => d.entity.name)).toEqual(['2014', '2014', 'March 2022']);
    expect(yearUnknown).toEqual([]);
  });
});

describe('formatIsoDate', () => {
  it.each<[string, string]>([
    ['2022-02-24', '24 February 2022'],
    ['2022-03', 'March 2022'],
    ['2014', '2014'],
    ['--02-24', '24 February (year not given)'],
    ['--03', 'March (year not given)'],
    ['nonsense', 'nonsense'],
  ])('%s → %s', (iso, text) => {
    expect(formatIsoDate(iso)).toBe(text);
  });
});

describe('money', () => {
  const rows = moneyRows(insightIndex, all);
  const view = (r: ReturnType<typeof moneyRows>) => r.map((x) => `${x.currency} ${x.amount} ${x.surface}`);

  it('keeps each mention with currency, amount and the surface form, in reading order', () => {
    expect(view(rows)).toEqual([
      'EUR 121000000 € 121m',
      'GBP 2000000 £ 2 million',
      'EUR 2400000 € 2.4 million',
    ]);
  });

  it.each<[string, 'amount' | 'story', boolean, string[]]>([
    [
      'amount ascending, grouped by currency',
      'amount',
      false,
      ['EUR 2400000 € 2.4 million', 'EUR 121000000 € 121m', 'GBP 2000000 £ 2 million'],
    ],
    [
      'amount descending',
      'amount',
      true,
      ['EUR 121000000 € 121m', 'EUR 2400000 € 2.4 million', 'GBP 2000000 £ 2 million'],
    ],
    [
      'story',
      'story',
      false,
      ['EUR 121000000 € 121m', 'GBP 2000000 £ 2 million', 'EUR 2400000 € 2.4 million'],
    ],
    [
      'story descending',
      'story',
      true,
      ['GBP 2000000 £ 2 million', 'EUR 2400000 € 2.4 million', 'EUR 121000000 € 121m'],
    ],
  ])('sorted by %s', (_, by, descending, expected) => {
    expect(view(sortMoneyRows(rows, by, descending))).toEqual(expected);
  });

  it('totals per currency', () => {
    expect(moneyTotals(rows)).toEqual([
      { currency: 'EUR', total: 123_400_000, count: 2 },
      { currency: 'GBP', total: 2_000_000, count: 1 },
    ]);
  });
});

describe('coMentionNetwork', () => {
  it('counts name mentions and weights edges by shared paragraphs', () => {
    const { nodes, edges, totalNames } = coMentionNetwork(insightIndex, all);
    expect(nodes.map((n) => [n.entity.name, n.mentions])).toEqual(
      [
        ['Vladimir Putin', 2],
        ['Mariupol', 2],
        ['Reuters', 2],
        ['Russia', 2],
        ['Azovstal', 1],
        ['Sergei Shoigu', 1],
      ].sort((a, b) => Number(b[1]) - Number(a[1]) || String(a[0]).localeCompare(String(b[0]))),
    );
    expect(totalNames).toBe(6);
    const weight = (a: string, b: string) =>
      edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))?.weight ??
      0;
    expect(weight('person:vladimir-putin', 'place:mariupol')).toBe(2);
    expect(weight('person:vladimir-putin', 'person:sergei-shoigu')).toBe(1);
    expect(weight('organization:reuters', 'place:russia')).toBe(0);
    expect(edges.every((e) => e.source < e.target)).toBe(true);
    expect(edges[0]?.weight).toBe(2);
  });

  it('caps the nodes and drops edges to entities cut', () => {
    const { nodes, edges } = coMentionNetwork(insightIndex, all, 2);
    expect(nodes.map((n) => n.entity.name)).toEqual(['Mariupol', 'Reuters']);
    expect(edges).toEqual([{ source: 'organization:reuters', target: 'place:mariupol', weight: 1 }]);
  });
});

describe('layoutNetwork', () => {
  const { nodes, edges } = coMentionNetwork(insightIndex, all);
  it('is deterministic and stays inside the box', () => {
    const a = layoutNetwork(nodes, edges, { width: 400, height: 300 });
    const b = layoutNetwork(nodes, edges, { width: 400, height: 300 });
    expect(a).toEqual(b);
    for (const n of a) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(400);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(300);
    }
  });
  it('groups the circle by type before any force step', () => {
    const laid = layoutNetwork(nodes, edges, { width: 400, height: 300, iterations: 0 });
    expect(laid.map((n) => n.entity.type)).toEqual([
      'person',
      'person',
      'place',
      'place',
      'place',
      'organization',
    ]);
  });
});

describe('sqrtRadius / placeMap', () => {
  it.each<[number, number, number]>([
    [1, 9, 4],
    [9, 9, 14],
    [5, 9, 4 + 10 * Math.sqrt(0.5)],
    [3, 1, 4],
  ])('%i of %i mentions → r %d', (mentions, most, r) => {
    expect(sqrtRadius(mentions, most, 4, 14)).toBeCloseTo(r);
  });

  it('places markers at the gazetteer coordinates, sized by mentions; lists the unplaced', () => {
    const { markers, unplaced } = placeMap(insightIndex, all);
    expect(markers.map((m) => [m.entity.name, m.lat, m.lon, m.mentions, m.r])).toEqual([
      ['Mariupol', 47.1, 37.55, 2, 14],
      ['Russia', 61.5, 105.3, 2, 14],
    ]);
    expect(unplaced.map((p) => [p.entity.name, p.mentions])).toEqual([['Azovstal', 1]]);
  });

  it('sizes by the filtered mentions', () => {
    const { markers } = placeMap(
      insightIndex,
      insightParagraphs(insightIndex, withEntity('person:sergei-shoigu'), insightBodyMap),
    );
    expect(markers.map((m) => [m.entity.name, m.mentions])).toEqual([['Mariupol', 1]]);
  });
});

describe('entityNodeLabel', () => {
  it.each<[string, 'person' | 'place' | 'organization', number, string]>([
    ['Vladimir Putin', 'person', 2, 'Vladimir Putin, person, 2 mentions'],
    ['Kyiv', 'place', 1, 'Kyiv, place, 1 mention'],
  ])('%s', (name, type, n, expected) => {
    expect(entityNodeLabel(name, type, n)).toBe(expected);
  });
});

describe('placeLabels', () => {
  const at = (x: number, y: number, text = 'Kyiv', r = 5) => ({ x, y, r, text });
  it.each<[string, ReturnType<typeof at>[], (string | null)[]]>([
    ['alone: below', [at(100, 100)], ['middle@118']],
    ['two far apart: both below', [at(50, 50), at(200, 120)], ['middle@68', 'middle@138']],
    ['same spot: the second goes above', [at(100, 100), at(100, 100)], ['middle@118', 'middle@90']],
    ['at the bottom edge: above', [at(100, 195)], ['middle@185']],
    [
      'a crowd: the fifth at the same point gets none',
      [0, 1, 2, 3, 4].map(() => at(100, 100)),
      ['middle@118', 'middle@90', 'start@104', 'end@104', null],
    ],
  ])('%s', (_, items, expected) => {
    expect(placeLabels(items, 300, 200).map((s) => (s ? `${s.anchor}@${s.y}` : null))).toEqual(expected);
  });
  it('stops at the limit', () => {
    expect(placeLabels([at(50, 50), at(200, 100)], 300, 200, 1)[1]).toBeNull();
  });
});

describe('valueLabel', () => {
  it.each<[EntityValue | null, string | null]>([
    [{ kind: 'date', iso: '--03', precision: 'month' }, 'March (year not given)'],
    [{ kind: 'date', iso: '2020-08', precision: 'month' }, 'August 2020'],
    [{ kind: 'money', currency: 'EUR', amount: 273_000_000 }, '€273,000,000 (EUR)'],
    [
      { kind: 'money', currency: 'CAD', amount: 50_000, currencyFrom: 'story' },
      'CA$50,000 (CAD; the text writes only “$” or the like: currency read from the story)',
    ],
    [
      { kind: 'money', currency: 'USD', amount: 5, currencyFrom: 'assumed' },
      'US$5 (USD; the text writes only “$” or the like: currency assumed)',
    ],
    [{ kind: 'quantity', amount: 40, unit: 'miles' }, '40 miles'],
    // a name has no value
    [null, null],
  ])('%j', (value, text) => expect(valueLabel(value)).toBe(text));
});

describe('makeRoomForLabels', () => {
  /** Thirty nodes of the seed's sizes, heaped in the centre as a force layout's core is. */
  const crowd = Array.from({ length: 30 }, (_, i) => ({
    x: 320 + (i % 5),
    y: 260 + (i % 3),
    r: 6 + (i % 7) * 2,
    labelWidth: (6 + (i % 11)) * 6.6,
    name: `Name ${i}`,
  }));

  it('moves a crowd apart until every name fits under its node, with no overlap, inside the box', () => {
    const spread = makeRoomForLabels(crowd, 640, 520);
    expect(spread.map((p) => p.name)).toEqual(crowd.map((p) => p.name));
    // the greedy placer then finds a spot for every name, each under its node
    const all = placeLabels(
      spread.map((p) => ({ x: p.x, y: p.y, r: p.r, text: 'x'.repeat(p.labelWidth / 6.6) })),
      640,
      520,
    );
    expect(all.every((spot) => spot?.anchor === 'middle')).toBe(true);
    for (const p of spread) {
      expect(p.x - p.labelWidth / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + p.labelWidth / 2).toBeLessThanOrEqual(640);
      expect(p.y - p.r).toBeGreaterThanOrEqual(0);
      expect(p.y + p.r + 16).toBeLessThanOrEqual(520);
    }
  });

  it('is deterministic, and only spreads points that have room, keeping their order', () => {
    expect(makeRoomForLabels(crowd, 640, 520)).toEqual(makeRoomForLabels(crowd, 640, 520));
    const apart = [
      { x: 200, y: 200, r: 6, labelWidth: 40 },
      { x: 300, y: 300, r: 6, labelWidth: 40 },
    ];
    const [a, b] = makeRoomForLabels(apart, 640, 520);
    expect(b!.x - a!.x).toBeGreaterThanOrEqual(100);
    expect(b!.y - a!.y).toBeGreaterThanOrEqual(100);
  });
});
