import { countryName } from '../data/countries';
import type { DatasetIndex } from '../model/datasetIndex';
import type { Filters } from '../model/filters';

const LISTING_WORDS: Record<string, string> = {
  listed: 'listed suppliers',
  unlisted: 'unlisted suppliers',
  after: 'deals after the supplier was listed',
};

/** The active filters in words, for a chart's title ("All records" when there are none). */
export function describeFilters(f: Filters & { q?: string }, index: DatasetIndex): string {
  const parts: string[] = [];
  const tech = (id: string) => index.technologies.get(id)?.label ?? id;
  if (f.country) parts.push(`Recipient: ${countryName(f.country)}`);
  if (f.tech.length) parts.push(`Technology: ${f.tech.map(tech).join(', ')}`);
  if (f.supplier.length) parts.push(`Exporting country: ${f.supplier.map(countryName).join(', ')}`);
  if (f.company)
    parts.push(`Company: ${index.companies.get(f.company)?.name ?? f.company} (and subsidiaries)`);
  if (f.evidence.length) parts.push(`Evidence: ${f.evidence.join(', ')}`);
  if (f.region.length) parts.push(`Region: ${f.region.join(', ')}`);
  if (f.listing) parts.push(`Listing: ${LISTING_WORDS[f.listing] ?? f.listing}`);
  if (f.from !== null || f.to !== null) {
    const [a, b] = index.yearRange;
    const range = `${f.from ?? a}–${f.to ?? b}`;
    parts.push(f.years === 'active' ? `Active during ${range}` : `Years: ${range}`);
  }
  if (f.q) parts.push(`Search: "${f.q}"`);
  return parts.length === 0 ? 'All records, no filters' : parts.join(' · ');
}
