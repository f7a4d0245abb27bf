import { REGIMES, REGIME_LABELS } from '../data/schema';
import type { RegimeClass, Transfer } from '../data/types';
import { countryName } from '../data/countries';
import type { DatasetIndex } from './datasetIndex';
import { isAfterListing, type AppliedListing } from './listings';
import { regimeFor, regimeIndexOf } from './regimes';

/** Records whose recipient had one regime class in the deal year (or no rating). */
export interface RegimeCount {
  regime: RegimeClass | 'unrated';
  label: string;
  count: number;
}

/** Records by the recipient's regime in the deal's start year, most free first, unrated last. */
export function countByRegime(index: DatasetIndex, records: readonly Transfer[]): RegimeCount[] {
  const counts = new Map<RegimeClass | 'unrated', number>();
  for (const t of records) {
    const r =
      regimeFor(regimeIndexOf(index.dataset.regimes), t.recipientIso3, t.yearStart)?.rating
        .regime ?? 'unrated';
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  return [...REGIMES, 'unrated' as const].map((regime) => ({
    regime,
    label: regime === 'unrated' ? 'No rating' : REGIME_LABELS[regime],
    count: counts.get(regime) ?? 0,
  }));
}

/** A supplier under a listing (its own or a parent's), with what the records show it sold. */
export interface ListedSupplier {
  companyId: string;
  name: string;
  listings: AppliedListing[];
  /** Records of this supplier among those given. */
  records: number;
  /** Of those, deals that started after a listing was in force. */
  after: number;
  /** Recipient countries (ISO3), by English name. */
  customers: string[];
}

/**
 * Listed suppliers among the given records: most deals after listing first, then most records.
 * Subsidiaries are counted apart from their parents, each with the listings that apply to it.
 */
export function listedSuppliers(
  index: DatasetIndex,
  records: readonly Transfer[],
): ListedSupplier[] {
  const bySupplier = new Map<string, ListedSupplier>();
  for (const t of records) {
    const listings = index.listings.get(t.supplierId);
    if (!listings) continue;
    let s = bySupplier.get(t.supplierId);
    if (!s) {
      s = {
        companyId: t.supplierId,
        name: index.companies.get(t.supplierId)?.name ?? t.supplierId,
        listings,
        records: 0,
        after: 0,
        customers: [],
      };
      bySupplier.set(t.supplierId, s);
    }
    s.records++;
    if (isAfterListing(t.yearStart, listings)) s.after++;
    if (!s.customers.includes(t.recipientIso3)) s.customers.push(t.recipientIso3);
  }
  const out = [...bySupplier.values()];
  for (const s of out) s.customers.sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return out.sort(
    (a, b) => b.after - a.after || b.records - a.records || a.name.localeCompare(b.name),
  );
}

/** One bar of a policy chart: a first segment and an optional second one stacked after it. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  rest?: number;
}

/** Bars of records by regime. */
export function regimeBars(counts: readonly RegimeCount[]): Bar[] {
  return counts.map((c) => ({ key: c.regime, label: c.label, value: c.count }));
}

/** Bars of deals after listing (then the supplier's other deals), for suppliers with any after. */
export function afterListingBars(suppliers: readonly ListedSupplier[]): Bar[] {
  return suppliers
    .filter((s) => s.after > 0)
    .map((s) => ({ key: s.companyId, label: s.name, value: s.after, rest: s.records - s.after }));
}

/** Bars of the number of recipient countries of each listed supplier, most first. */
export function customerBars(suppliers: readonly ListedSupplier[]): Bar[] {
  return [...suppliers]
    .sort((a, b) => b.customers.length - a.customers.length || a.name.localeCompare(b.name))
    .map((s) => ({ key: s.companyId, label: s.name, value: s.customers.length }));
}

/** Deals that started after their supplier was listed, over all the listed suppliers given. */
export function afterListingCount(suppliers: readonly ListedSupplier[]): number {
  return suppliers.reduce((n, s) => n + s.after, 0);
}

/** `n` as a whole percentage of `total` ("0%" when there is nothing to divide). */
export function percentOf(n: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((100 * n) / total)}%`;
}
