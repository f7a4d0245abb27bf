import type { WorldMapData } from './worldMap';

/** Countries the map can show: a shape in the atlas, or a small-state dot. */
export function mappedCountries(map: WorldMapData | null): Set<string> {
  return new Set([
    ...(map?.shapes ?? []).flatMap((s) => (s.iso3 ? [s.iso3] : [])),
    ...(map?.dots ?? []),
  ]);
}
