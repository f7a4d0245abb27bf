/** One legend entry of an exported chart. */
export interface LegendItem {
  label: string;
  /** Fill colour (#rrggbb); ignored when `hatched`. */
  colour: string;
  /** Drawn with the map's "no records" hatching. */
  hatched?: boolean;
  /** Drawn as a dot rather than a square. */
  dot?: boolean;
}

/** What an exported image holds around the chart itself. */
export interface ExportSpec {
  /** The chart's inner SVG markup (the children of its <svg>), in a `width` x `height` box. */
  chart: string;
  width: number;
  height: number;
  /** The chart's title, e.g. "Recipient countries by number of records". */
  title: string;
  /** The active filters in words, e.g. "Technology: Spyware · Years: 2015–2020". */
  filters: string;
  legendTitle: string;
  legend: LegendItem[];
  /** Site name, dataset version, date, licence and permalink, as one or two lines. */
  footer: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PAD = 16;

/** Escape text for XML content and attribute values; drop characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

/**
 * Remove anything that could make the image reach another server or run code: scripts,
 * foreignObject, event handlers, images, and every href or url() not pointing inside the file.
 */
export function stripExternalRefs(markup: string): string {
  return markup
    .replace(/<(script|foreignObject|image|use|a)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|foreignObject|image|use|a)\b[^>]*\/>/gi, '')
    .replace(/\s(on[a-z]+|style)\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '')
    .replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, 'none')
    .replace(/@import[^;]*;?/gi, '');
}

/** Break text into lines of at most `max` characters, at spaces (or anywhere in a long word). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) lines.push(line);
      lines.push(w.slice(0, max));
      w = w.slice(max);
      line = '';
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The exported image: a standalone SVG with the title and the active filters above the chart, its
 * legend and a footer line (site, dataset version, date, licence, permalink) below. All text is
 * escaped; the file references nothing outside itself (no fonts, images or links), so it opens
 * anywhere and can be drawn onto a canvas for the PNG.
 */
export function composeExportSvg(spec: ExportSpec): { svg: string; width: number; height: number } {
  const width = Math.max(Math.round(spec.width), 560) + 2 * PAD;
  const chars = (size: number) => Math.max(20, Math.floor((width - 2 * PAD) / (size * 0.55)));
  const out: string[] = [];
  let y = PAD;
  const text = (t: string, size: number, weight = 'normal', fill = '#1d1d1b') => {
    for (const line of wrapText(t, chars(size))) {
      y += size * 1.25;
      out.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
      );
    }
  };
  text(spec.title, 20, 'bold');
  text(spec.filters, 13, 'normal', '#45453f');
  y += 10;
  const chartX = PAD + (width - 2 * PAD - spec.width) / 2;
  out.push(
    `<g transform="translate(${chartX.toFixed(1)},${y.toFixed(1)})"><svg width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}" overflow="hidden">${stripExternalRefs(spec.chart)}</svg></g>`,
  );
  y += spec.height + 14;

  // Legend: a title, then swatches laid out left to right, wrapping at the image's width.
  text(spec.legendTitle, 12, 'bold');
  y += 6;
  let x = PAD;
  const row = 18;
  for (const item of spec.legend) {
    const w = 14 + 6 + Math.ceil(item.label.length * 12 * 0.56) + 16;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += row;
    }
    const sy = y;
    const swatch = item.hatched
      ? `<rect x="${x}" y="${sy}" width="14" height="11" fill="url(#export-hatch)" stroke="#9a9a94" stroke-width="0.5"/>`
      : item.dot
        ? `<circle cx="${x + 7}" cy="${sy + 5.5}" r="5" fill="${escapeXml(item.colour)}"/>`
        : `<rect x="${x}" y="${sy}" width="14" height="11" fill="${escapeXml(item.colour)}" stroke="#9a9a94" stroke-width="0.5"/>`;
    out.push(
      swatch,
      `<text x="${x + 20}" y="${sy + 10}" font-size="12" fill="#1d1d1b">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  y += row;
  y += 4;
  out.push(
    `<line x1="${PAD}" x2="${width - PAD}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#cfcfca" stroke-width="1"/>`,
  );
  y += 2;
  text(spec.footer, 11, 'normal', '#45453f');
  const height = Math.ceil(y + PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    '<defs><pattern id="export-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#cfcfca" stroke-width="1.5"/></pattern></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** The source line under an exported or embedded chart. */
export function footerLine(f: {
  site: string;
  version: string;
  date: string;
  permalink: string;
}): string {
  return `${f.site} · dataset version ${f.version} · ${f.date} · CC BY 4.0 · ${f.permalink}`;
}
