import type { FamilyKey, YearCount } from './aggregateTypes';
import { bands, linear } from './scales';

/** The box the timeline draws in, in SVG units. */
export interface TimelineBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** One year's bar: its stacked family segments, and whether it lies in the selected range. */
export interface YearBar {
  year: number;
  total: number;
  x: number;
  segments: { key: FamilyKey; colour: string; y: number; h: number }[];
  inRange: boolean;
}

/**
 * Lay out the timeline: a band per year, segments stacked in family order, the y scale and its
 * whole-number ticks, and the bars inside [lo, hi] marked.
 */
export function timelineLayout(
  years: readonly YearCount[],
  families: readonly { key: FamilyKey; colour: string }[],
  box: TimelineBox,
  range: { lo: number; hi: number },
) {
  const { width, height, margin } = box;
  const first = years[0]?.year ?? 2000;
  const x = bands(years.length, [margin.left, width - margin.right], 0.15);
  const y = linear(
    [0, Math.max(1, ...years.map((r) => r.total))],
    [height - margin.bottom, margin.top],
  );
  const bars: YearBar[] = years.map((row) => {
    let base = 0;
    const segments = families.flatMap((f) => {
      const n = row.byFamily[f.key] ?? 0;
      if (n === 0) return [];
      const seg = { key: f.key, colour: f.colour, y: y(base + n), h: y(base) - y(base + n) };
      base += n;
      return [seg];
    });
    return {
      year: row.year,
      total: row.total,
      x: x.x(row.year - first),
      segments,
      inRange: row.year >= range.lo && row.year <= range.hi,
    };
  });
  // Year labels under every n-th bar: about one per 70 units of width, at least three in all.
  const labelEvery = Math.max(1, Math.ceil(years.length / Math.max(3, width / 70)));
  return { x, y, bars, ticks: y.ticks(3).filter((t) => Number.isInteger(t)), labelEvery };
}

/**
 * The shaded band behind the years from `a` to `b` (either order): from the left edge of the first
 * bar to the right edge of the last, widened by half the gap between bars on each side.
 */
export function rangeShade(
  x: { x: (i: number) => number; step: number; bandwidth: number },
  first: number,
  a: number,
  b: number,
): { x: number; w: number } {
  const gap = x.step - x.bandwidth;
  const x0 = x.x(Math.min(a, b) - first) - gap / 2;
  const x1 = x.x(Math.max(a, b) - first) + x.bandwidth + gap / 2;
  return { x: x0, w: x1 - x0 };
}

/** The year under a horizontal position in SVG units, clamped to the timeline's years. */
export function yearAtX(
  px: number,
  first: number,
  last: number,
  marginLeft: number,
  step: number,
): number {
  const i = Math.floor((px - marginLeft) / step);
  return Math.min(last, Math.max(first, first + i));
}
