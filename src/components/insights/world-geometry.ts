import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

type WorldTopology = Topology<{ countries: GeometryCollection }>;

/** The world-atlas file is a TopoJSON topology with a `countries` collection (checked, not assumed). */
function isWorldTopology(value: unknown): value is WorldTopology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

let cached: FeatureCollection<Geometry> | null = null;

/** Country outlines from Natural Earth 1:110m (world-atlas), bundled with the insights route: nothing is fetched. */
export function worldCountries(): FeatureCollection<Geometry> {
  if (cached) return cached;
  const topology: unknown = countries110m;
  cached = isWorldTopology(topology)
    ? feature(topology, topology.objects.countries)
    : { type: 'FeatureCollection', features: [] };
  return cached;
}
