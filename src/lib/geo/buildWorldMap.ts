import type { CountryFeature } from './loadWorld';
import { countryName } from '../data/countries';
import { projectWorld } from './projectWorld';
import { SMALL_STATES } from './smallStates';
import type { WorldMapData } from './worldMap';

const round = (n: number) => Math.round(n * 10) / 10;

/** Project the atlas for the recipients map (build time: the Vite plugin and the prerender). */
export function buildWorldMap(
  features: readonly CountryFeature[],
  width = 960,
  height = 470,
): WorldMapData {
  const world = projectWorld(features, width, height);
  // One decimal is a tenth of a pixel at the map's own size: invisible, and a third fewer bytes.
  world.path.digits(1);
  const points: Record<string, [number, number]> = {};
  for (const code of world.codes) {
    const xy = world.project(code);
    if (xy) points[code] = [round(xy[0]), round(xy[1])];
  }
  return {
    width,
    height,
    sphere: world.path({ type: 'Sphere' }) ?? '',
    shapes: features.map((f, i) => ({
      key: f.iso3 ?? `x${i}`,
      iso3: f.iso3,
      name: f.iso3 ? countryName(f.iso3) : f.properties.name,
      d: world.path(f) ?? '',
    })),
    points,
    dots: [...SMALL_STATES].filter((code) => points[code] !== undefined),
  };
}
