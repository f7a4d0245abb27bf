/**
 * Generates src/lib/geo/smallStates.json: a point (longitude, latitude) for every country that
 * world-atlas has at 1:50m but not at 1:110m (Bahrain, Singapore, Malta, Mauritius, Hong Kong...),
 * so the map can still show them as dots. Run: npx tsx scripts/build-small-states.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { iso3FromNumeric } from '../src/lib/data/countryNumeric';

const read = (f: string) =>
  JSON.parse(readFileSync(`node_modules/world-atlas/${f}`, 'utf8')) as Topology;
const features = (t: Topology) =>
  (feature(t, t.objects['countries'] as GeometryCollection) as FeatureCollection<Geometry>)
    .features;

/** Centroid of a country's largest polygon, so island groups get a point on land. */
function mainPoint(f: Feature<Geometry>): [number, number] {
  const g = f.geometry;
  if (g.type === 'MultiPolygon') {
    const polys = (g as MultiPolygon).coordinates.map((c): Feature<Polygon> => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: c },
    }));
    polys.sort((a, b) => geoArea(b) - geoArea(a));
    return geoCentroid(polys[0] as Feature<Polygon>);
  }
  return geoCentroid(f);
}

const in110 = new Set(features(read('countries-110m.json')).map((f) => iso3FromNumeric(f.id)));
const points: Record<string, [number, number]> = {};
for (const f of features(read('countries-50m.json'))) {
  const iso3 = iso3FromNumeric(f.id);
  if (!iso3 || in110.has(iso3)) continue;
  const [lon, lat] = mainPoint(f);
  points[iso3] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
const sorted = Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync('src/lib/geo/smallStates.json', JSON.stringify(sorted, null, 1) + '\n');
console.log(`${Object.keys(sorted).length} small states written`);
