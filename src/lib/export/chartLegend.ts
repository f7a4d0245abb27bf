import type { LegendItem } from './composeExportSvg';
import { countBins } from '../model/countBins';
import { familyKeys } from '../model/familyColours';

/** The charts that can be exported and embedded on their own. */
export type ChartKind = 'map' | 'flows' | 'timeline';

/** Title, legend title and legend entries of each exportable chart (the same as on the page). */
export function chartLegend(kind: ChartKind): {
  title: string;
  legendTitle: string;
  legend: LegendItem[];
} {
  if (kind === 'map') {
    return {
      title: 'Surveillance technology supplied to governments: records per recipient country',
      legendTitle: 'Records per country',
      legend: [
        ...countBins().map((b) => ({ label: b.label, colour: b.colour })),
        { label: 'No records (not the same as no transfers)', colour: '', hatched: true },
      ],
    };
  }
  if (kind === 'flows') {
    return {
      title:
        'Surveillance technology supplied to governments: flows from exporting to recipient countries',
      legendTitle: 'Line width: number of records',
      legend: [
        { label: 'Exporting country', colour: '#e66101', dot: true },
        { label: 'Recipient country', colour: '#08306b', dot: true },
        { label: 'Corridor (wider: more records)', colour: '#2171b5' },
      ],
    };
  }
  return {
    title: 'Surveillance technology supplied to governments: records per year',
    legendTitle: 'Technology family (year of order or first reported use)',
    legend: familyKeys().map((f) => ({ label: f.label, colour: f.colour })),
  };
}

/** The embed page's address for a chart: the view's filters, `view` set to the chart. */
export function embedSearch(search: string, kind: ChartKind): string {
  const p = new URLSearchParams(search);
  p.delete('record');
  p.delete('view');
  if (kind !== 'map') p.set('view', kind);
  const s = p.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` code that embeds a chart of the view at `href` (the page's address): the embed
 * page with the view's filters, `title` as its accessible title, nothing loaded from elsewhere.
 */
export function embedSnippet(href: string, kind: ChartKind, title: string): string {
  const url = new URL(href);
  const src = new URL(`embed/${embedSearch(url.search, kind)}`, new URL('./', url)).href;
  const height = kind === 'timeline' ? 420 : 640;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
