/** ColorBrewer "Blues" in 7 classes (as d3-scale-chromatic's schemeBlues[7]). */
const BLUES_7 = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'];

/** One class of the map's binned colour scale. */
export interface CountBin {
  /** Smallest count in the bin (inclusive). */
  min: number;
  /** Largest count in the bin (inclusive), or null for the open top bin. */
  max: number | null;
  colour: string;
  label: string;
}

/**
 * Bins for record counts: 1, 2-3, 4-6, 7-10, 11+ with a colour-blind-safe sequential palette
 * (ColorBrewer Blues). Zero has no bin on purpose: countries with no records are drawn apart.
 */
export function countBins(): CountBin[] {
  const edges: [number, number | null][] = [
    [1, 1],
    [2, 3],
    [4, 6],
    [7, 10],
    [11, null],
  ];
  // The palest blues are skipped so that one record stands out from the hatched "no records".
  const palette = BLUES_7;
  return edges.map(([min, max], i) => ({
    min,
    max,
    colour: palette[i + 2] ?? '#084594',
    label: max === null ? `${min}+` : min === max ? `${min}` : `${min}–${max}`,
  }));
}

/** The bin a positive count falls in, or null for zero. */
export function binFor(bins: readonly CountBin[], count: number): CountBin | null {
  if (count <= 0) return null;
  return bins.find((b) => count >= b.min && (b.max === null || count <= b.max)) ?? null;
}

/** The id of the hatched "no records" pattern the map defines, distinct from any count. */
export const NO_RECORDS_PATTERN = 'no-records';

/** A map fill for a count: its bin's colour, or the hatched "no records" pattern for zero. */
export function countFill(bins: readonly CountBin[], count: number): string {
  return binFor(bins, count)?.colour ?? `url(#${NO_RECORDS_PATTERN})`;
}
