// The whole image export of one chart, in one module: the page fetches it on the first click of an
// export button, so the first screen carries only the buttons.
import { SITE_NAME } from '../static/siteConfig';
import { chartMarkup } from './chartMarkup';
import { composeExportSvg, footerLine, type ExportSpec } from './composeExportSvg';
import { saveBlob, svgToPng } from './saveImage';

/** What an exported image states besides the chart: title, active filters and legend. */
export type ChartText = Pick<ExportSpec, 'title' | 'filters' | 'legendTitle' | 'legend'>;

/**
 * Download a drawn chart as an SVG or PNG file, with its title, filters, legend and footer line
 * (site, dataset version, today's date, licence, `permalink`); `name` goes into the file name
 * (`surveillance-tracker-{name}-v{version}-{date}.svg`). Rejects with a message for the reader
 * when the PNG cannot be drawn.
 */
export async function saveChartImage(
  svg: SVGSVGElement,
  text: ChartText,
  format: 'svg' | 'png',
  options: { name: string; permalink: string; version: string },
): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const { markup, width, height } = chartMarkup(svg);
  const out = composeExportSvg({
    chart: markup,
    width,
    height,
    ...text,
    footer: footerLine({
      site: SITE_NAME,
      version: options.version,
      date,
      permalink: options.permalink,
    }),
  });
  const fileName = `surveillance-tracker-${options.name}-v${options.version}-${date}.${format}`;
  const blob =
    format === 'svg'
      ? new Blob([out.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await svgToPng(out.svg, out.width, out.height);
  saveBlob(blob, fileName);
}
