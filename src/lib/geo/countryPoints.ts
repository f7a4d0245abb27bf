import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryFeature } from './loadWorld';
import smallStates from './smallStates.json' with { type: 'json' };

/** Centroid of a shape's largest polygon (mainland France, not French Guiana). */
function mainCentroid(f: CountryFeature): [number, number] {
  if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f);
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of (f.geometry as MultiPolygon).coordinates) {
    const p: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const a = geoArea(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best ? geoCentroid(best) : geoCentroid(f);
}

/** A [longitude, latitude] point per country: shape centroids, plus the small states without a shape. */
export function countryPoints(features: readonly CountryFeature[]): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>(
    Object.entries(smallStates) as [string, [number, number]][],
  );
  for (const f of features) if (f.iso3) points.set(f.iso3, mainCentroid(f));
  return points;
}

export { SMALL_STATES } from './smallStates';
