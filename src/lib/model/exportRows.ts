import { countryName } from '../data/countries';
import type { Transfer } from '../data/types';
import { supplierCountry, type DatasetIndex } from './datasetIndex';
import { listingText } from './listings';
import { recordContext } from './recordContext';

/** Columns of the CSV download, in order. */
export const EXPORT_COLUMNS = [
  'id',
  'supplier_id',
  'supplier',
  'supplier_country_iso3',
  'supplier_country',
  'recipient_iso3',
  'recipient_country',
  'recipient_region',
  'recipient_subregion',
  'recipient_entity',
  'technologies',
  'product',
  'year_start',
  'year_end',
  'status',
  'evidence',
  'value_usd',
  'summary',
  'recipient_regime',
  'recipient_regime_year',
  'supplier_listings',
  'after_listing',
  'source_ids',
  'source_titles',
  'source_urls',
  'selection',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

/**
 * One download row per record (its last column says which selection the file holds), with supplier, countries and sources resolved to names and URLs
 * (multiple values separated by " ; ").
 */
export function exportRows(
  index: DatasetIndex,
  transfers: readonly Transfer[],
  /** What the download holds, repeated on each row: dataset version and the view's filters. */
  selection = '',
): ExportRow[] {
  return transfers.map((t) => {
    const company = index.companies.get(t.supplierId);
    const hq = supplierCountry(index, t);
    const sources = t.sourceIds.flatMap((id) => {
      const s = index.sources.get(id);
      return s ? [s] : [];
    });
    const ctx = recordContext(index, t);
    return {
      id: t.id,
      supplier_id: t.supplierId,
      supplier: company?.name ?? '',
      supplier_country_iso3: hq,
      supplier_country: hq ? countryName(hq) : '',
      recipient_iso3: t.recipientIso3,
      recipient_country: countryName(t.recipientIso3),
      recipient_region: ctx.country?.region ?? '',
      recipient_subregion: ctx.country?.subregion ?? '',
      recipient_entity: t.recipientEntity,
      technologies: t.technologies.join(';'),
      product: t.product,
      year_start: String(t.yearStart),
      year_end: t.yearEnd === null ? '' : String(t.yearEnd),
      status: t.status,
      evidence: t.evidence,
      value_usd: t.valueUsd === null ? '' : String(t.valueUsd),
      summary: t.summary,
      recipient_regime: ctx.regime?.rating.regime ?? '',
      recipient_regime_year: ctx.regime ? String(ctx.regime.rating.year) : '',
      supplier_listings: ctx.listings
        .map((l) => `${listingText(l)}${l.via !== t.supplierId ? ` [parent: ${l.via}]` : ''}`)
        .join(' ; '),
      after_listing: ctx.listings.length === 0 ? '' : ctx.afterListing ? 'yes' : 'no',
      source_ids: t.sourceIds.join(';'),
      source_titles: sources.map((s) => `${s.title} (${s.publisher}, ${s.date})`).join(' ; '),
      source_urls: sources.map((s) => s.url).join(' ; '),
      selection,
    };
  });
}
