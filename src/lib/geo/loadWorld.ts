import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { iso3FromNumeric } from '../data/countryNumeric';

/** A country shape of world-atlas, keyed by ISO3 where the atlas gives it an ISO id. */
export interface CountryFeature extends Feature<Geometry, { name: string }> {
  iso3: string | null;
}

/** Turn world-atlas TopoJSON (countries-110m) into country features joined to ISO3 codes. */
export function worldFeatures(topology: Topology): CountryFeature[] {
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const fc = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  return fc.features
    .filter((f) => f.properties.name !== 'Antarctica')
    .map((f) => ({ ...f, iso3: iso3FromNumeric(f.id) }));
}

/** Fetch the world geometry shipped with the site (never a third-party server). */
export async function loadWorld(url: string, signal?: AbortSignal): Promise<CountryFeature[]> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`the world map geometry could not be loaded (HTTP ${res.status})`);
  return worldFeatures((await res.json()) as Topology);
}
