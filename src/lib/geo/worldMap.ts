/**
 * The recipients map, projected at build time: SVG paths and points in a `width` x `height` box.
 * The browser draws it as it is, so d3-geo and the atlas stay out of the first screen's code.
 */
export interface WorldMapData {
  width: number;
  height: number;
  /** The globe's outline. */
  sphere: string;
  /** One path per atlas shape; `iso3` null for shapes without an ISO code. */
  shapes: { key: string; iso3: string | null; name: string; d: string }[];
  /** Screen position of each country's point: shape centroid, or small-state dot. */
  points: Record<string, [number, number]>;
  /**
   * The small states the atlas has no shape for, drawn as dots at their point: listed here so
   * that the page need not ship their coordinates to know them.
   */
  dots: string[];
}

/** Where the site ships the projected map, and the atlas the flows view projects itself. */
export const WORLD_MAP_URL = 'geo/world-map.json';
export const ATLAS_URL = 'geo/countries-110m.json';
