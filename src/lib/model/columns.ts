import type { CountryInfo, Dataset, Evidence } from '../data/types';
import { EVIDENCE_LEVELS, REGIONS, TECH_FAMILIES } from '../data/schema';
import { isAfterListing, type AppliedListing } from './listings';

/** `Columns.listing` values. */
export const NOT_LISTED = 0;
export const LISTED = 1;
export const AFTER_LISTING = 2;
/** `Columns.region` of a recipient with no region in countries.csv. */
export const NO_REGION = 255;

/**
 * The transfers as typed-array columns, built once per dataset, so that a filter change is one
 * tight loop over numbers instead of many passes over objects.
 */
export interface Columns {
  n: number;
  year: Int16Array;
  evidence: Uint8Array;
  /** Bit i set when the record has technology `techIds[i]` (at most 32 technologies). */
  tech: Uint32Array;
  /** Index of the first technology's family in FAMILY_KEYS. */
  family: Uint8Array;
  recipient: Uint16Array;
  exporter: Uint16Array;
  company: Uint16Array;
  /** Last year the record is active: year_end, or the current year when in use, else year_start. */
  yearEnd: Int16Array;
  /** NOT_LISTED, LISTED (the supplier or a parent has a listing) or AFTER_LISTING. */
  listing: Uint8Array;
  /** Index of the recipient's region in REGIONS, or NO_REGION. */
  region: Uint8Array;
  /** Country codes, indexed by `recipient` and `exporter`. */
  countries: string[];
  countryIndex: Map<string, number>;
  companyIds: string[];
  companyIndex: Map<string, number>;
  techBit: Map<string, number>;
}

/** Family keys in chart order, as stored in `Columns.family`. */
export const FAMILY_KEYS = [...TECH_FAMILIES, 'other'] as const;

/** What the columns need beyond the dataset: listings, regions, and the current year. */
export interface ColumnContext {
  listings: Map<string, AppliedListing[]>;
  countryInfo: Map<string, CountryInfo>;
  currentYear: number;
}

/** The last year a record is active: its end, "now" while in use, else its start year. */
export function activeUntil(
  t: { yearStart: number; yearEnd: number | null; status: string },
  currentYear: number,
): number {
  if (t.yearEnd !== null) return t.yearEnd;
  return t.status === 'in-use' ? Math.max(currentYear, t.yearStart) : t.yearStart;
}

/** Build the columns of a dataset's transfers. */
export function buildColumns(
  dataset: Dataset,
  ctx: ColumnContext = { listings: new Map(), countryInfo: new Map(), currentYear: 2000 },
): Columns {
  const n = dataset.transfers.length;
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const country = (code: string) => {
    let i = countryIndex.get(code);
    if (i === undefined) {
      i = countries.push(code) - 1;
      countryIndex.set(code, i);
    }
    return i;
  };
  const companyIds = dataset.companies.map((c) => c.id);
  const companyIndex = new Map(companyIds.map((id, i) => [id, i]));
  const hq = new Map(dataset.companies.map((c) => [c.id, c.hqIso3]));
  const techBit = new Map(dataset.technologies.slice(0, 32).map((t, i) => [t.id, i]));
  const familyOf = new Map(
    dataset.technologies.map((t) => [t.id, FAMILY_KEYS.indexOf(t.family ?? 'other')]),
  );
  const evidenceIndex = new Map<Evidence, number>(EVIDENCE_LEVELS.map((e, i) => [e, i]));
  const cols: Columns = {
    n,
    year: new Int16Array(n),
    evidence: new Uint8Array(n),
    tech: new Uint32Array(n),
    family: new Uint8Array(n),
    recipient: new Uint16Array(n),
    exporter: new Uint16Array(n),
    company: new Uint16Array(n),
    yearEnd: new Int16Array(n),
    listing: new Uint8Array(n),
    region: new Uint8Array(n),
    countries,
    countryIndex,
    companyIds,
    companyIndex,
    techBit,
  };
  dataset.transfers.forEach((t, i) => {
    cols.year[i] = t.yearStart;
    cols.evidence[i] = evidenceIndex.get(t.evidence) ?? 0;
    let mask = 0;
    for (const id of t.technologies) {
      const bit = techBit.get(id);
      if (bit !== undefined) mask |= 1 << bit;
    }
    cols.tech[i] = mask >>> 0;
    cols.family[i] = familyOf.get(t.technologies[0] ?? '') ?? FAMILY_KEYS.length - 1;
    cols.recipient[i] = country(t.recipientIso3);
    cols.exporter[i] = country(hq.get(t.supplierId) ?? '');
    cols.company[i] = companyIndex.get(t.supplierId) ?? 0;
    cols.yearEnd[i] = activeUntil(t, ctx.currentYear);
    const listings = ctx.listings.get(t.supplierId);
    cols.listing[i] = !listings
      ? NOT_LISTED
      : isAfterListing(t.yearStart, listings)
        ? AFTER_LISTING
        : LISTED;
    const region = ctx.countryInfo.get(t.recipientIso3)?.region;
    cols.region[i] = region === undefined ? NO_REGION : REGIONS.indexOf(region);
  });
  return cols;
}
