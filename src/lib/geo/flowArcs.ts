import type { Flow } from '../model/aggregateTypes';
import { sqrtScale } from '../model/scales';

/** One corridor as drawn: a curve between two countries, or a ring for domestic supply. */
export interface Arc {
  key: string;
  flow: Flow;
  /** Stroke width, by the square root of the record count. */
  w: number;
  /** False when another recipient is selected: drawn faint. */
  active: boolean;
  /** Domestic supply: a ring at the country's point; null for a curve. */
  ring: { x: number; y: number } | null;
  /** SVG path of the curve; empty for a ring. */
  d: string;
}

/**
 * The flows map's arcs, lightest first so the heaviest corridors are drawn on top. Each curve is a
 * quadratic bowed to the left of the direction of travel, so two-way corridors do not overlap.
 * Corridors with a country that has no point on the map are left out.
 */
export function flowArcs(
  flows: readonly Flow[],
  project: (iso3: string) => [number, number] | null,
  selected: string | null,
): Arc[] {
  const max = Math.max(1, ...flows.map((f) => f.count));
  const width = sqrtScale(max, [1, 9]);
  return [...flows]
    .sort((a, b) => a.count - b.count)
    .flatMap((f): Arc[] => {
      const a = project(f.from);
      const b = project(f.to);
      if (!a || !b) return [];
      const w = width(f.count);
      const key = `${f.from}>${f.to}`;
      const active = selected === null || selected === f.to;
      if (f.from === f.to) return [{ key, flow: f, w, active, ring: { x: a[0], y: a[1] }, d: '' }];
      const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const c = [mx + dy * 0.25, my - dx * 0.25];
      const d = `M${a[0]},${a[1]}Q${c[0]},${c[1]} ${b[0]},${b[1]}`;
      return [{ key, flow: f, w, active, ring: null, d }];
    });
}
