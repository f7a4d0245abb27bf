import type { Measure, Transfer } from '../data/types';
import { EVIDENCE_LEVELS, REGIONS } from '../data/schema';
import type { YearCount } from './aggregateTypes';
import { AFTER_LISTING, FAMILY_KEYS, NOT_LISTED } from './columns';
import { listingText } from './listings';
import { searchMask } from './searchTransfers';
import type { DatasetIndex } from './datasetIndex';
import type { Filters } from './filters';
import type { Flow } from './aggregateTypes';

/** Everything the dashboard draws for one state of the filters. */
export interface Aggregates {
  /** Records meeting every filter (what the count states, the table and downloads show). */
  matching: Transfer[];
  /** Indexes of records meeting every filter but the country (the map and flows). */
  mapped: Int32Array;
  /** Records per recipient, every filter but the country. Countries without records are absent. */
  recipients: Map<string, number>;
  /** Records per exporting country, every filter but the country, most first. */
  exporters: { iso3: string; count: number }[];
  /** Corridors, every filter but the country, heaviest first. */
  flows: Flow[];
  /** Records per year by family over the whole year range, every filter but the years. */
  years: YearCount[];
}

const COUNTRY = 1;
const YEARS = 2;

/**
 * One pass over the columns computes all aggregates: a record's failed filters are a bitmask, so
 * "every filter but the country" and "every filter but the years" come from the same loop.
 */
export function aggregate(index: DatasetIndex, f: Filters): Aggregates {
  const c = index.columns;
  const { n } = c;
  const none = -1;
  const country = f.country === null ? none : (c.countryIndex.get(f.country) ?? -2);
  let supplierSet: Uint8Array | null = null;
  if (f.supplier.length > 0) {
    supplierSet = new Uint8Array(c.countries.length);
    for (const s of f.supplier) {
      const i = c.countryIndex.get(s);
      if (i !== undefined) supplierSet[i] = 1;
    }
  }
  let companySet: Uint8Array | null = null;
  const group = f.company ? index.groups.get(f.company) : undefined;
  if (group) {
    companySet = new Uint8Array(c.companyIds.length);
    for (const id of group) {
      const i = c.companyIndex.get(id);
      if (i !== undefined) companySet[i] = 1;
    }
  }
  let techMask = 0;
  for (const t of f.tech) {
    const bit = c.techBit.get(t);
    if (bit !== undefined) techMask |= 1 << bit;
  }
  const useTech = f.tech.length > 0;
  let evidenceMask = 0;
  for (const e of f.evidence) evidenceMask |= 1 << EVIDENCE_LEVELS.indexOf(e);
  const useEvidence = f.evidence.length > 0;
  const from = f.from ?? -32768;
  const to = f.to ?? 32767;
  // The year a record must reach `from` with: its start, or the end of its active span.
  const until = f.years === 'active' ? c.yearEnd : c.year;
  let regionMask = 0;
  for (const r of f.region) regionMask |= 1 << REGIONS.indexOf(r);
  const useRegion = f.region.length > 0;
  const listing = f.listing;
  const text = searchMask(index, f.q);

  const [y0, y1] = index.yearRange;
  const nYears = y1 - y0 + 1;
  const nFam = FAMILY_KEYS.length;
  const yearFam = new Uint32Array(nYears * nFam);
  const nCountries = c.countries.length;
  const recipientCounts = new Uint32Array(nCountries);
  const exporterCounts = new Uint32Array(nCountries);
  const flowCounts = new Uint32Array(nCountries * nCountries);
  const mapped = new Int32Array(n);
  let nMapped = 0;
  const matching: Transfer[] = [];
  const transfers = index.dataset.transfers;

  for (let i = 0; i < n; i++) {
    // Filters other than country and years: a failure here excludes the record everywhere.
    if (supplierSet !== null && supplierSet[c.exporter[i] as number] === 0) continue;
    if (companySet !== null && companySet[c.company[i] as number] === 0) continue;
    if (useTech && ((c.tech[i] as number) & techMask) === 0) continue;
    if (useEvidence && (evidenceMask & (1 << (c.evidence[i] as number))) === 0) continue;
    if (text !== null && text[i] === 0) continue;
    if (useRegion && (regionMask & (1 << (c.region[i] as number))) === 0) continue;
    if (listing !== null) {
      const l = c.listing[i] as number;
      if (
        listing === 'unlisted'
          ? l !== NOT_LISTED
          : listing === 'listed'
            ? l === NOT_LISTED
            : l !== AFTER_LISTING
      )
        continue;
    }
    const year = c.year[i] as number;
    const rec = c.recipient[i] as number;
    const fails =
      (country !== none && rec !== country ? COUNTRY : 0) |
      ((until[i] as number) < from || year > to ? YEARS : 0);
    if ((fails & ~YEARS) === 0) {
      const k = (year - y0) * nFam + (c.family[i] as number);
      if (k >= 0 && k < yearFam.length) yearFam[k] = (yearFam[k] as number) + 1;
    }
    if ((fails & ~COUNTRY) === 0) {
      mapped[nMapped++] = i;
      recipientCounts[rec] = (recipientCounts[rec] as number) + 1;
      const exp = c.exporter[i] as number;
      exporterCounts[exp] = (exporterCounts[exp] as number) + 1;
      const fk = exp * nCountries + rec;
      flowCounts[fk] = (flowCounts[fk] as number) + 1;
    }
    if (fails === 0) matching.push(transfers[i] as Transfer);
  }

  const recipients = new Map<string, number>();
  const exporters: { iso3: string; count: number }[] = [];
  for (let k = 0; k < nCountries; k++) {
    if ((recipientCounts[k] as number) > 0)
      recipients.set(c.countries[k] as string, recipientCounts[k] as number);
    if ((exporterCounts[k] as number) > 0)
      exporters.push({ iso3: c.countries[k] as string, count: exporterCounts[k] as number });
  }
  exporters.sort((a, b) => b.count - a.count || a.iso3.localeCompare(b.iso3));
  const flows: Flow[] = [];
  for (let k = 0; k < flowCounts.length; k++) {
    const count = flowCounts[k] as number;
    if (count > 0) {
      flows.push({
        from: c.countries[Math.floor(k / nCountries)] as string,
        to: c.countries[k % nCountries] as string,
        count,
      });
    }
  }
  flows.sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  const years: YearCount[] = [];
  for (let y = 0; y < nYears; y++) {
    const row: YearCount = { year: y0 + y, total: 0, byFamily: {} };
    for (let fam = 0; fam < nFam; fam++) {
      const v = yearFam[y * nFam + fam] as number;
      if (v > 0) {
        row.byFamily[FAMILY_KEYS[fam] as (typeof FAMILY_KEYS)[number]] = v;
        row.total += v;
      }
    }
    years.push(row);
  }
  return { matching, mapped: mapped.subarray(0, nMapped), recipients, exporters, flows, years };
}

/** A supplier's number of records, and the measures it (or a parent) is listed under. */
export interface SupplierCount {
  name: string;
  count: number;
  /** Listings that apply to the supplier, as text ("US Commerce (BIS): Entity List, since ..."). */
  listed: { measure: Measure; text: string }[];
}

/** The main suppliers of one recipient among the given record indexes (for the map's tooltip). */
export function topSuppliers(
  index: DatasetIndex,
  indexes: Int32Array,
  iso3: string,
  limit = 3,
): SupplierCount[] {
  const c = index.columns;
  const target = c.countryIndex.get(iso3);
  if (target === undefined) return [];
  const counts = new Map<number, number>();
  for (const i of indexes) {
    if (c.recipient[i] === target) {
      const co = c.company[i] as number;
      counts.set(co, (counts.get(co) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([co, count]) => {
      const id = c.companyIds[co] as string;
      const listed = (index.listings.get(id) ?? []).map((l) => ({
        measure: l.measure,
        text: listingText(l),
      }));
      return { name: index.companies.get(id)?.name ?? '', count, listed };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
}
