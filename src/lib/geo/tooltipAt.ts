/**
 * Where the map's tooltip goes, in % of the map's box, so it follows any rendered size: `point`
 * in the box's own units, e.g. a country's point in the map's width and height, or the pointer in
 * page pixels with the element's bounding rect (its left and top included).
 */
export function tooltipAt(
  [x, y]: [number, number],
  box: { width: number; height: number; left?: number; top?: number },
): { x: number; y: number } {
  return {
    x: ((x - (box.left ?? 0)) / box.width) * 100,
    y: ((y - (box.top ?? 0)) / box.height) * 100,
  };
}
