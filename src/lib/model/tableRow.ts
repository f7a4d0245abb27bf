import { countryName } from '../data/countries';
import { safeUrl } from '../data/safeUrl';
import type { Evidence, Transfer } from '../data/types';
import { supplierCountry, type DatasetIndex } from './datasetIndex';
import { formatYears } from './formatYears';
import { isAfterListing, type AppliedListing } from './listings';

/** One row of the records table, every cell in words, ready to draw. */
export interface TableRow {
  id: string;
  supplierId: string;
  supplier: string;
  /** The supplier's listings (its own and its parents'). */
  listings: AppliedListing[];
  /** The supplier's country (the exporting country). */
  from: string;
  recipient: string;
  /** The recipient's end user, when known. */
  entity: string;
  technologies: string;
  years: string;
  /** The deal started after its supplier was listed. */
  afterListing: boolean;
  status: string;
  evidence: Evidence;
  summary: string;
  /** The record's sources with a safe http(s) address, numbered as the record lists them. */
  sources: { n: number; href: string; publisher: string; title: string }[];
}

/** A record as the records table shows it: names resolved, years and sources written out. */
export function tableRow(index: DatasetIndex, t: Transfer): TableRow {
  const listings = index.listings.get(t.supplierId) ?? [];
  return {
    id: t.id,
    supplierId: t.supplierId,
    supplier: index.companies.get(t.supplierId)?.name ?? t.supplierId,
    listings,
    from: countryName(supplierCountry(index, t)),
    recipient: countryName(t.recipientIso3),
    entity: t.recipientEntity,
    technologies: t.technologies.map((id) => index.technologies.get(id)?.label ?? id).join(', '),
    years: formatYears(t),
    afterListing: isAfterListing(t.yearStart, listings),
    status: t.status,
    evidence: t.evidence,
    summary: t.summary,
    sources: t.sourceIds.flatMap((id, i) => {
      const source = index.sources.get(id);
      const href = source ? safeUrl(source.url) : null;
      return source && href
        ? [
            {
              n: i + 1,
              href,
              publisher: source.publisher,
              title: `${source.publisher}: ${source.title} (${source.date})`,
            },
          ]
        : [];
    }),
  };
}
