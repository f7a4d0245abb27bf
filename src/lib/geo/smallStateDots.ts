import type { WorldMapData } from './worldMap';

/**
 * The small-state dots to draw: those with matching records, and the selected country, each at
 * its projected point.
 */
export function smallStateDots(
  map: Pick<WorldMapData, 'dots' | 'points'>,
  recipients: ReadonlyMap<string, number>,
  selected: string | null,
): { iso3: string; x: number; y: number }[] {
  return map.dots.flatMap((iso3) => {
    if (!recipients.has(iso3) && selected !== iso3) return [];
    const xy = map.points[iso3];
    return xy ? [{ iso3, x: xy[0], y: xy[1] }] : [];
  });
}
