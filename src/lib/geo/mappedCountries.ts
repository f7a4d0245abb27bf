import type { CountryFeature } from './loadWorld';
import { SMALL_STATES } from './countryPoints';

/** Countries the map can show: a shape in the atlas, or a small-state dot. */
export function mappedCountries(world: readonly CountryFeature[]): Set<string> {
  return new Set([...world.flatMap((f) => (f.iso3 ? [f.iso3] : [])), ...SMALL_STATES]);
}
