import { nice, ticks } from 'd3-array';

/** A linear scale with d3's ticks and nice bounds, without pulling in d3-scale's interpolators. */
export interface Linear {
  (value: number): number;
  ticks: (count: number) => number[];
}

/** Map [d0, d1] linearly onto [r0, r1]; the domain is extended to nice round numbers. */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): Linear {
  const [n0, n1] = nice(d0, d1, 5);
  const span = n1 - n0 || 1;
  const f = ((v: number) => r0 + ((v - n0) / span) * (r1 - r0)) as Linear;
  f.ticks = (count: number) => ticks(n0, n1, count);
  return f;
}

/** Square-root scale from [0, max] to [r0, r1] (clamped), for widths that encode counts. */
export function sqrtScale(max: number, [r0, r1]: [number, number]): (v: number) => number {
  const top = Math.sqrt(Math.max(1, max));
  return (v: number) => r0 + (Math.min(Math.sqrt(Math.max(0, v)), top) / top) * (r1 - r0);
}

/** Evenly spaced bands for `count` categories in [r0, r1], with `padding` (0-1) between them. */
export function bands(count: number, [r0, r1]: [number, number], padding: number) {
  // An empty or inverted range (a chart not laid out yet) gives zero-width bands, never negative.
  const step = Math.max(0, r1 - r0) / Math.max(1, count - padding + 2 * padding);
  const bandwidth = step * (1 - padding);
  return { step, bandwidth, x: (i: number) => r0 + step * padding + i * step };
}
