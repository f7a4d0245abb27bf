/**
 * The years filter a brush or the sliders set, from two picked years (in either order) and the
 * data's first and last year: ordered, and a bound at the data's edge is no bound (null), so
 * picking the whole range clears the filter.
 */
export function yearRangeFilter(
  a: number,
  b: number,
  first: number,
  last: number,
): [number | null, number | null] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return [from <= first ? null : from, to >= last ? null : to];
}
