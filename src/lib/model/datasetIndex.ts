import type { Company, CountryInfo, Dataset, Source, Technology, Transfer } from '../data/types';
import { REGIONS, type TechFamily } from '../data/schema';
import type { Region } from '../data/types';
import { countryName } from '../data/countries';
import { buildColumns, type Columns } from './columns';
import { applyListings, type AppliedListing } from './listings';

/** Lookups the model needs, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  companies: Map<string, Company>;
  sources: Map<string, Source>;
  technologies: Map<string, Technology>;
  transfers: Map<string, Transfer>;
  /** Company id -> its direct subsidiaries, by name. */
  children: Map<string, Company[]>;
  /** Company id -> the company and all its subsidiaries, at any depth. */
  groups: Map<string, Set<string>>;
  /** Exporting countries (supplier headquarters) that have records, by English name. */
  supplierCountries: string[];
  /** Recipient countries that have records, sorted. */
  recipientCountries: string[];
  /** First and last year_start in the data. */
  yearRange: [number, number];
  /** The transfers as typed-array columns, for fast filtering. */
  columns: Columns;
  /** Listings that apply to each company (its own and its parents'); absent when none. */
  listings: Map<string, AppliedListing[]>;
  /** UN M49 region and subregion of each country in countries.csv. */
  countryInfo: Map<string, CountryInfo>;
  /** Regions that have recipients, in REGIONS order. */
  regions: Region[];
  /** The year "now" means for ongoing deals (active-years filter). */
  currentYear: number;
}

/** The exporting country of a record: its supplier's headquarters. */
export function supplierCountry(index: DatasetIndex, t: Transfer): string {
  return index.companies.get(t.supplierId)?.hqIso3 ?? '';
}

/** The chart family of a record: that of its first technology ('other' when unset). */
export function familyOf(index: DatasetIndex, t: Transfer): TechFamily | 'other' {
  return index.technologies.get(t.technologies[0] ?? '')?.family ?? 'other';
}

/** The list with repeats removed; the same array when it has none (the usual case). */
function once(list: string[]): string[] {
  return new Set(list).size === list.length ? list : [...new Set(list)];
}

/**
 * Each record's and company's lists with repeats removed. The validator rejects repeats, but views
 * key their lists by id, and a repeated key would stop a whole view from rendering.
 */
function withoutRepeats(dataset: Dataset): Dataset {
  const fix = <T extends object>(item: T, keys: (keyof T)[]): T => {
    const repeated = keys.filter((k) => once(item[k] as string[]) !== item[k]);
    if (repeated.length === 0) return item;
    const copy = { ...item };
    for (const k of repeated) (copy[k] as string[]) = once(item[k] as string[]);
    return copy;
  };
  return {
    ...dataset,
    transfers: dataset.transfers.map((t) => fix(t, ['technologies', 'sourceIds', 'distinctFrom'])),
    companies: dataset.companies.map((c) => fix(c, ['aliases', 'sourceIds'])),
  };
}

/** Build the lookups for a validated dataset; `currentYear` ends ongoing deals' spans. */
export function indexDataset(
  input: Dataset,
  currentYear = new Date().getUTCFullYear(),
): DatasetIndex {
  const dataset = withoutRepeats(input);
  const companies = new Map(dataset.companies.map((c) => [c.id, c]));
  const children = new Map<string, string[]>();
  for (const c of dataset.companies) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  const groups = new Map<string, Set<string>>();
  for (const c of dataset.companies) {
    const group = new Set<string>();
    const stack = [c.id];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (group.has(id)) continue;
      group.add(id);
      for (const child of children.get(id) ?? []) stack.push(child);
    }
    groups.set(c.id, group);
  }
  const years = dataset.transfers.map((t) => t.yearStart);
  const listings = applyListings(dataset.companies, dataset.restrictions);
  const countryInfo = new Map(dataset.countries.map((c) => [c.iso3, c]));
  const recipientRegions = new Set(
    dataset.transfers.map((t) => countryInfo.get(t.recipientIso3)?.region),
  );
  const childCompanies = new Map<string, Company[]>();
  for (const [parent, ids] of children) {
    childCompanies.set(
      parent,
      ids.flatMap((id) => companies.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
    );
  }
  const index: DatasetIndex = {
    dataset,
    children: childCompanies,
    companies,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    technologies: new Map(dataset.technologies.map((t) => [t.id, t])),
    transfers: new Map(dataset.transfers.map((t) => [t.id, t])),
    groups,
    supplierCountries: [],
    recipientCountries: [...new Set(dataset.transfers.map((t) => t.recipientIso3))].sort(),
    yearRange:
      years.length > 0
        ? [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))]
        : [2000, 2000],
    columns: buildColumns(dataset, { listings, countryInfo, currentYear }),
    listings,
    countryInfo,
    regions: REGIONS.filter((r) => recipientRegions.has(r)),
    currentYear,
  };
  index.supplierCountries = [
    ...new Set(dataset.transfers.map((t) => supplierCountry(index, t)).filter((c) => c !== '')),
  ].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return index;
}
