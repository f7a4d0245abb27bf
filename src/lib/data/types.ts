/** Typed records of the dataset, as the validator produces them from CSV rows. */
import type {
  AUTHORITIES,
  EVIDENCE_LEVELS,
  MEASURES,
  OWNERSHIPS,
  REGIMES,
  REGIONS,
  SOURCE_TYPES,
  STATUSES,
  TechFamily,
} from './schema';

// The enums' types come from the schema's constants: one source for both.
export type Status = (typeof STATUSES)[number];
export type Evidence = (typeof EVIDENCE_LEVELS)[number];
export type Ownership = (typeof OWNERSHIPS)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];

/** One documented supply of surveillance technology (a row of transfers.csv). */
export interface Transfer {
  id: string;
  supplierId: string;
  recipientIso3: string;
  recipientEntity: string;
  technologies: string[];
  product: string;
  yearStart: number;
  yearEnd: number | null;
  status: Status;
  evidence: Evidence;
  valueUsd: number | null;
  summary: string;
  sourceIds: string[];
  /** Ids of records reviewed as separate deals despite looking alike (optional column). */
  distinctFrom: string[];
  /** Dataset version that first published the record (optional column `first_release`). */
  firstRelease?: string;
}

/** A seller or developer (a row of companies.csv). */
export interface Company {
  id: string;
  name: string;
  aliases: string[];
  hqIso3: string;
  parentId: string | null;
  ownership: Ownership;
  description: string;
  sourceIds: string[];
}

/** A publication cited by records (a row of sources.csv). */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  authors: string;
  date: string;
  url: string;
  archiveUrl: string;
  type: SourceType;
}

/** One entry of the technology taxonomy (a row of technologies.csv). */
export interface Technology {
  id: string;
  label: string;
  description: string;
  /** Chart grouping from the optional `family` column; null when absent. */
  family: TechFamily | null;
}

export type Authority = (typeof AUTHORITIES)[number];
export type Measure = (typeof MEASURES)[number];
export type Region = (typeof REGIONS)[number];
export type RegimeClass = (typeof REGIMES)[number];

/** A government listing of a company: sanctions or export controls (a row of restrictions.csv). */
export interface Restriction {
  companyId: string;
  authority: Authority;
  measure: Measure;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  dateAdded: string;
  /** Empty when the listing stands. */
  dateRemoved: string;
  reason: string;
  sourceIds: string[];
}

/** A country with its UN M49 region and subregion (a row of countries.csv). */
export interface CountryInfo {
  iso3: string;
  name: string;
  region: Region;
  subregion: string;
}

/** The regime class of a country in one year (a row of regimes.csv). */
export interface RegimeRating {
  iso3: string;
  /** The calendar year the rating covers. */
  year: number;
  regime: RegimeClass;
  sourceIds: string[];
}

/** The whole dataset, valid records only. */
export interface Dataset {
  transfers: Transfer[];
  companies: Company[];
  sources: Source[];
  technologies: Technology[];
  /** Empty when the dataset has no restrictions.csv. */
  restrictions: Restriction[];
  /** Empty when the dataset has no countries.csv. */
  countries: CountryInfo[];
  /** Empty when the dataset has no regimes.csv. */
  regimes: RegimeRating[];
}

/** Something wrong in the data: where it is and what to fix. */
export interface Problem {
  /** File name relative to the dataset folder, e.g. `transfers.csv`. */
  file: string;
  /** Physical line in that file, header = 1 (1 also for whole-file problems). */
  line: number;
  message: string;
  severity: 'error' | 'warning';
  /**
   * A problem with the whole file (missing, empty, not CSV, not UTF-8, wrong header, not the
   * released file): listed first, since it explains many of the problems that follow.
   */
  fileLevel?: boolean;
}

/** The outcome of loading: the valid records plus every problem found. */
export interface LoadResult {
  dataset: Dataset;
  problems: Problem[];
}
