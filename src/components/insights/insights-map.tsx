import { plural } from '../../core/text/plural.ts';
import { useQuery } from '@tanstack/react-query';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useEffect, useMemo, useRef } from 'react';
import { entityNodeLabel } from '../../core/insights/insight-labels.ts';
import type { MapMarker, PlaceMap } from '../../core/insights/map-markers.ts';
import { placeLabels } from '../../core/insights/place-labels.ts';
import type { EntitySummary } from '../../core/schema.ts';
import { onActivateKey } from './activate-keys.ts';
import { TextAlternative } from './text-alternative.tsx';
import { numberExtent } from '../../core/array/number-extent.ts';

const WIDTH = 640;
const HEIGHT = 400;
/** Names written beside the markers; the rest show theirs on hover and focus. */
const LABELLED = 12;

/** An Equal Earth projection fitted to the markers with some margin (the whole world when there are none). */
function fittedProjection(markers: readonly MapMarker[]) {
  const projection = geoEqualEarth();
  if (markers.length === 0)
    return projection.fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      { type: 'Sphere' },
    );
  const lons = markers.map((m) => m.lon);
  const lats = markers.map((m) => m.lat);
  // at least ~50° wide and 25° tall, so one city still shows its neighbours
  const pad = (lo: number, hi: number, min: number) => Math.max((min - (hi - lo)) / 2, 6);
  const [lonLo, lonHi] = numberExtent(lons);
  const [latLo, latHi] = numberExtent(lats);
  const padLon = pad(lonLo, lonHi, 50);
  const padLat = pad(latLo, latHi, 25);
  const west = Math.max(-180, lonLo - padLon);
  const east = Math.min(180, lonHi + padLon);
  const south = Math.max(-85, latLo - padLat);
  const north = Math.min(85, latHi + padLat);
  // all four corners and every marker: Equal Earth bends the meridians, so (east, north) alone lies left of
  // (east, south), and a far-east marker in the north (Russia, 105° E 61° N) fell off the right edge
  const points: [number, number][] = [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
    ...markers.map((m): [number, number] => [m.lon, m.lat]),
  ];
  // inset by the largest marker, so a marker at the edge is drawn whole
  const inset = Math.max(16, numberExtent(markers.map((m) => m.r + 4))[1]);
  return projection.fitExtent(
    [
      [inset, inset],
      [WIDTH - inset, HEIGHT - inset],
    ],
    { type: 'MultiPoint', coordinates: points },
  );
}

interface InsightsMapProps {
  places: PlaceMap;
  filtered: ReadonlySet<string>;
  onPick: (entity: EntitySummary) => void;
}

/** Places on a world map (Natural Earth, Equal Earth projection), markers sized by mentions, with a table equivalent. */
export function InsightsMap({ places, filtered, onPick }: InsightsMapProps) {
  // the outlines (~100 kB) come in their own chunk, so the rest of the page does not wait for them
  const { data: world } = useQuery({
    queryKey: ['insights', 'world-countries-110m'],
    queryFn: () => import('./world-geometry.ts').then((m) => m.worldCountries()),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const { countries, points } = useMemo(() => {
    const projection = fittedProjection(places.markers);
    const path = geoPath(projection);
    const points = places.markers.flatMap((m) => {
      const xy = projection([m.lon, m.lat]);
      return xy ? [{ marker: m, x: xy[0], y: xy[1] }] : [];
    });
    const spots = placeLabels(
      points.map((p) => ({ x: p.x, y: p.y, r: p.marker.r, text: p.marker.entity.name })),
      WIDTH,
      HEIGHT,
      LABELLED,
    );
    return {
      countries: (world?.features ?? []).map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? '' })),
      points: points.map((p, i) => ({ ...p, spot: spots[i] ?? null })),
    };
  }, [places, world]);
  const figure = useRef<HTMLDivElement>(null);
  // on a narrow screen the map scrolls sideways: start with the markers in view, not the Atlantic
  useEffect(() => {
    const el = figure.current;
    if (!el || el.scrollWidth <= el.clientWidth || points.length === 0) return;
    const [left, right] = numberExtent(points.map((p) => p.x));
    const mid = (left + right) / 2;
    el.scrollLeft = (mid / WIDTH) * el.scrollWidth - el.clientWidth / 2;
  }, [points]);
  const summary =
    places.markers.length === 0
      ? 'Map: no place in these paragraphs has known coordinates.'
      : `Map of ${plural(places.markers.length, 'place', 'places')}; most mentioned: ${places.markers
          .slice(0, 3)
          .map((m) => `${m.entity.name} (${m.mentions})`)
          .join(', ')}.`;
  return (
    <section className="insights-section" aria-labelledby="insights-map">
      <h2 id="insights-map">Places on the map</h2>
      <p className="insights-meta">
        Markers at the gazetteer’s coordinates, sized by mentions. Select a marker to filter by its place.
      </p>
      <div ref={figure} className="insights-figure insights-figure--map">
        <svg
          className="insights-svg insights-map"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={summary}
        >
          <rect className="insights-map__sea" x={0} y={0} width={WIDTH} height={HEIGHT} />
          {countries.map((c) => (
            <path key={c.key} className="insights-map__country" d={c.d} />
          ))}
        </svg>
        <svg
          className="insights-svg insights-svg--overlay"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label="Places on the map"
        >
          {/* most mentioned drawn first, so small markers stay on top and clickable */}
          {points.map(({ marker, x, y, spot }) => {
            const inFilter = filtered.has(marker.entity.id);
            const label = `${entityNodeLabel(marker.entity.name, 'place', marker.mentions)}${
              inFilter ? ', in the filter' : ''
            }`;
            return (
              <g
                key={marker.entity.id}
                className={`insights-marker${inFilter ? ' is-active' : ''}${spot ? '' : ' is-quiet'}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                onClick={() => onPick(marker.entity)}
                onKeyDown={onActivateKey(() => onPick(marker.entity))}
              >
                <title>{label}</title>
                <circle className="insights-marker__dot" cx={x} cy={y} r={marker.r} />
                {inFilter && <circle className="insights-node__ring" cx={x} cy={y} r={marker.r + 4} />}
                <text
                  className="insights-node__label"
                  x={spot?.x ?? (x > WIDTH - 90 ? x - marker.r - 4 : x + marker.r + 4)}
                  y={spot?.y ?? y + 4}
                  textAnchor={spot?.anchor ?? (x > WIDTH - 90 ? 'end' : 'start')}
                  aria-hidden="true"
                >
                  {marker.entity.name}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {places.markers.length > 0 && (
        <TextAlternative label="places on the map">
          <table className="insights-table">
            <caption>Places on the map, most mentioned first</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Mentions</th>
                <th scope="col">Latitude</th>
                <th scope="col">Longitude</th>
              </tr>
            </thead>
            <tbody>
              {places.markers.map((m) => (
                <tr key={m.entity.id}>
                  <th scope="row">{m.entity.name}</th>
                  <td className="insights-table__number">{m.mentions}</td>
                  <td className="insights-table__number">{m.lat.toFixed(2)}</td>
                  <td className="insights-table__number">{m.lon.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TextAlternative>
      )}
      {places.unplaced.length > 0 && (
        <>
          <h3>Not on the map</h3>
          <p className="insights-meta">The gazetteer has no coordinates for these places.</p>
          <ul className="insights-unplaced">
            {places.unplaced.map((p) => (
              <li key={p.entity.id}>
                <button
                  type="button"
                  className="insights-chip"
                  aria-pressed={filtered.has(p.entity.id)}
                  onClick={() => onPick(p.entity)}
                >
                  <span aria-hidden="true">▲ </span>
                  {p.entity.name}
                  <span className="insights-meta"> {plural(p.mentions, 'mention', 'mentions')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
