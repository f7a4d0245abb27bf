import type { CountryInfo, Transfer } from '../data/types';
import type { DatasetIndex } from './datasetIndex';
import { listingBefore, type AppliedListing } from './listings';
import { regimeFor, regimeIndexOf, type RegimeForYear } from './regimes';

/** The policy context of one record: its supplier's listings, and the recipient's regime. */
export interface RecordContext {
  /** Listings that apply to the supplier (its own and its parents'). */
  listings: AppliedListing[];
  /** The listing in force for the whole start year, when the deal came after one. */
  afterListing: AppliedListing | undefined;
  /** The recipient's regime in the deal's start year. */
  regime: RegimeForYear | null;
  country: CountryInfo | undefined;
}

/** Gather the context of a record from the index. */
export function recordContext(index: DatasetIndex, t: Transfer): RecordContext {
  const listings = index.listings.get(t.supplierId) ?? [];
  return {
    listings,
    afterListing: listingBefore(t.yearStart, listings),
    regime: regimeFor(regimeIndexOf(index.dataset.regimes), t.recipientIso3, t.yearStart),
    country: index.countryInfo.get(t.recipientIso3),
  };
}
