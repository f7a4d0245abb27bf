import { geoEqualEarth, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from './loadWorld';
import { countryPoints } from './countryPoints';

/** The world as drawn: Equal Earth fitted to a `width` x `height` box, with a point per country. */
export interface ProjectedWorld {
  projection: GeoProjection;
  path: GeoPath;
  /** The outline of the globe. */
  sphere: string;
  /** Screen position of a country's point (centroid, or small-state dot), or null. */
  project: (iso3: string) => [number, number] | null;
  /** The countries that have a point. */
  codes: string[];
}

/** Project the world once for a map of the given size; filters never re-project. */
export function projectWorld(
  features: readonly CountryFeature[],
  width: number,
  height: number,
): ProjectedWorld {
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  const points = countryPoints(features);
  return {
    projection,
    path,
    sphere: path({ type: 'Sphere' }) ?? '',
    codes: [...points.keys()],
    project: (iso3) => {
      const p = points.get(iso3);
      return p ? (projection(p) ?? null) : null;
    },
  };
}
