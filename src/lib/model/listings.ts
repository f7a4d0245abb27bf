import { AUTHORITY_LABELS, MEASURE_LABELS } from '../data/schema';
import type { Company, Restriction } from '../data/types';

/** A listing that applies to a company: its own, or one of a parent company (`via` names it). */
export interface AppliedListing extends Restriction {
  /** The listed company: the company itself or an ancestor. */
  via: string;
}

/** The year of a `YYYY[-MM[-DD]]` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Listings that apply to each company: its own and those of its ancestors (a parent's listing is
 * shown on its subsidiaries, marked as the parent's), oldest first.
 */
export function applyListings(
  companies: readonly Company[],
  restrictions: readonly Restriction[],
): Map<string, AppliedListing[]> {
  const own = new Map<string, Restriction[]>();
  for (const r of restrictions) own.set(r.companyId, [...(own.get(r.companyId) ?? []), r]);
  const byId = new Map(companies.map((c) => [c.id, c]));
  const out = new Map<string, AppliedListing[]>();
  for (const c of companies) {
    const list: AppliedListing[] = [];
    const seen = new Set<string>();
    for (let cur: Company | undefined = c; cur && !seen.has(cur.id);) {
      seen.add(cur.id);
      for (const r of own.get(cur.id) ?? []) list.push({ ...r, via: cur.id });
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    if (list.length > 0) {
      list.sort((a, b) => a.dateAdded.localeCompare(b.dateAdded) || a.via.localeCompare(b.via));
      out.set(c.id, list);
    }
  }
  return out;
}

/**
 * Whether a deal that started in `yearStart` came after its supplier was listed: some listing was
 * in force for the whole of that year, i.e. added in an earlier year and not lifted before the year
 * ended. A deal in the year of listing (or of removal) is not marked: the order of the two within
 * the year is unknown from a year alone.
 */
export function isAfterListing(yearStart: number, listings: readonly Restriction[]): boolean {
  return listings.some(
    (l) =>
      yearOf(l.dateAdded) < yearStart &&
      (l.dateRemoved === '' || yearOf(l.dateRemoved) > yearStart),
  );
}

/** The first listing a deal that started in `yearStart` came after, or undefined. */
export function listingBefore<T extends Restriction>(
  yearStart: number,
  listings: readonly T[],
): T | undefined {
  return listings.find((l) => isAfterListing(yearStart, [l]));
}

/** The name of a listing for people: "US Commerce (BIS): Entity List". */
export function listingName(l: Restriction): string {
  return `${AUTHORITY_LABELS[l.authority]}: ${MEASURE_LABELS[l.measure]}`;
}

/** One line for a listing: name, since when, and when it was lifted if it was. */
export function listingText(l: Restriction): string {
  return `${listingName(l)}, since ${l.dateAdded}${l.dateRemoved ? ` (lifted ${l.dateRemoved})` : ''}`;
}
