import type { CorpusIndex, EntitySummary } from '../schema.ts';
import { entityOccurrences } from './entity-occurrences.ts';
import type { InsightParagraph } from './insight-paragraphs.ts';
import { sqrtRadius } from './network-layout.ts';
import { numberExtent } from '../array/number-extent.ts';

/** A place with coordinates, to be drawn on the map. */
export interface MapMarker {
  entity: EntitySummary;
  lat: number;
  lon: number;
  mentions: number;
  /** Marker radius in map units, square-root scaled so area follows mentions. */
  r: number;
}

/** The places of the paragraphs: markers for those the gazetteer places, and a list of those it does not. */
export interface PlaceMap {
  /** Most mentioned first (drawn last would hide small ones, so the view draws them in reverse). */
  markers: MapMarker[];
  unplaced: { entity: EntitySummary; mentions: number }[];
}

/** Places mentioned in the paragraphs with their mention counts, split by whether coordinates are known. */
export function placeMap(
  index: CorpusIndex,
  paragraphs: readonly InsightParagraph[],
  minRadius = 4,
  maxRadius = 14,
): PlaceMap {
  const counts = new Map<string, { entity: EntitySummary; mentions: number }>();
  for (const o of entityOccurrences(index, paragraphs, (e) => e.type === 'place')) {
    const c = counts.get(o.entity.id) ?? { entity: o.entity, mentions: 0 };
    counts.set(o.entity.id, { ...c, mentions: c.mentions + 1 });
  }
  const places = [...counts.values()].sort(
    (a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name),
  );
  const most = Math.max(1, numberExtent(places.map((p) => p.mentions))[1]);
  return {
    markers: places.flatMap(({ entity, mentions }) =>
      entity.coordinates
        ? [
            {
              entity,
              mentions,
              lat: entity.coordinates.lat,
              lon: entity.coordinates.lon,
              r: sqrtRadius(mentions, most, minRadius, maxRadius),
            },
          ]
        : [],
    ),
    unplaced: places.filter((p) => !p.entity.coordinates),
  };
}
