/** Presentation properties copied from the page's CSS onto the exported elements. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const DROP_ATTRIBUTE = /^(class|style|tabindex|role|id|aria-.*|data-.*|on.*)$/i;

/**
 * A rendered chart's markup for export: a copy of its <svg> children with the page's CSS written
 * onto each element as presentation attributes (so the file looks the same without the page's
 * stylesheet), and interaction attributes (classes, ids but the pattern's, ARIA, data hooks,
 * handlers) removed. Returns the markup and the chart's drawing size.
 */
export function chartMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  const width = box && box.width > 0 ? box.width : Number(svg.getAttribute('width')) || rect.width;
  const height =
    box && box.height > 0 ? box.height : Number(svg.getAttribute('height')) || rect.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [...svg.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      copy.remove();
      return;
    }
    // Pattern ids are referenced by fill="url(#...)": keep them, drop the rest.
    const keepId = el.tagName.toLowerCase() === 'pattern';
    for (const a of [...copy.attributes]) {
      if (DROP_ATTRIBUTE.test(a.name) && !(keepId && a.name === 'id')) copy.removeAttribute(a.name);
    }
    if (el.closest('defs')) return;
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && v !== 'normal' && v !== 'auto') copy.setAttribute(p, v);
    }
  });
  const serializer = new XMLSerializer();
  const markup = [...clone.childNodes]
    .filter((n) => n.nodeType === Node.ELEMENT_NODE)
    .map((n) =>
      serializer.serializeToString(n).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''),
    )
    .join('');
  return { markup, width, height };
}
