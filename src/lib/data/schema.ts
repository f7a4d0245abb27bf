/**
 * The dataset contract (../shared/DATA-MODEL.md) as data: files, enums and their labels (the
 * required columns are in requiredColumns.ts, which only the validator needs). The validator, the
 * loader, the app and the tests all read it from here.
 */

export const DATA_FILES = [
  'transfers.csv',
  'companies.csv',
  'sources.csv',
  'technologies.csv',
] as const;

/**
 * The policy layer: listings, countries and regimes. Validated like the others when present; a
 * dataset folder without them is still valid (the app then shows no listings, regions or regimes).
 */
export const POLICY_FILES = ['restrictions.csv', 'countries.csv', 'regimes.csv'] as const;

/** Every file of the dataset, in load order. */
export const ALL_DATA_FILES = [...DATA_FILES, ...POLICY_FILES] as const;
export type DataFile = (typeof ALL_DATA_FILES)[number];

/** Who lists companies (restrictions.csv `authority`); documented in data/README.md. */
export const AUTHORITIES = [
  'US-BIS',
  'US-OFAC',
  'US-FCC',
  'US-DoD',
  'US-DHS',
  'US-Congress',
  'EU',
  'UK',
  'CA',
  'AU',
  'JP',
  'IT',
] as const;
/** Display names of the authorities. */
export const AUTHORITY_LABELS: Record<(typeof AUTHORITIES)[number], string> = {
  'US-BIS': 'US Commerce (BIS)',
  'US-OFAC': 'US Treasury (OFAC)',
  'US-FCC': 'US FCC',
  'US-DoD': 'US Defense Department',
  'US-DHS': 'US Homeland Security',
  'US-Congress': 'US Congress (statute)',
  EU: 'European Union',
  UK: 'United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
  JP: 'Japan',
  IT: 'Italy',
};
/** Kinds of listing (restrictions.csv `measure`). */
export const MEASURES = [
  'entity-list',
  'sdn',
  'ns-cmic',
  'covered-list',
  'sanctions',
  'other',
] as const;
/** Display names of the measures. */
export const MEASURE_LABELS: Record<(typeof MEASURES)[number], string> = {
  'entity-list': 'Entity List',
  sdn: 'SDN sanctions list',
  'ns-cmic': 'NS-CMIC investment ban list',
  'covered-list': 'FCC Covered List',
  sanctions: 'Sanctions',
  other: 'Other listing',
};

/** UN M49 regions (countries.csv `region`). */
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

/**
 * Regime classes (regimes.csv `regime`): V-Dem's Regimes of the World (`v2x_regime`), from most to
 * least democratic. One classification for the whole file (data/README.md names it and its release).
 */
export const REGIMES = [
  'liberal-democracy',
  'electoral-democracy',
  'electoral-autocracy',
  'closed-autocracy',
] as const;
/** Display names of the regime classes. */
export const REGIME_LABELS: Record<(typeof REGIMES)[number], string> = {
  'liberal-democracy': 'Liberal democracy',
  'electoral-democracy': 'Electoral democracy',
  'electoral-autocracy': 'Electoral autocracy',
  'closed-autocracy': 'Closed autocracy',
};
/** The classification regimes.csv follows, as the app names it beside a rating. */
export const REGIME_CLASSIFICATION = {
  name: 'V-Dem Regimes of the World',
  short: 'V-Dem',
} as const;

export const STATUSES = [
  'ordered',
  'delivered',
  'in-use',
  'ended',
  'cancelled',
  'unknown',
] as const;
export const EVIDENCE_LEVELS = ['documented', 'forensic', 'reported', 'alleged'] as const;
export const OWNERSHIPS = ['state-owned', 'private', 'listed', 'unknown'] as const;
export const SOURCE_TYPES = [
  'report',
  'investigation',
  'news',
  'academic',
  'government',
  'court',
  'company',
  'leak',
  'dataset',
] as const;

/** Technology ids the taxonomy must contain. */
export const REQUIRED_TECHNOLOGIES = ['spyware'] as const;

/** Earliest year a record may carry. */
export const MIN_YEAR = 1970;

/** Pattern of every id: a lowercase slug. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

/** Technology families (optional `family` column of technologies.csv), used to group charts. */
export const TECH_FAMILIES = [
  'intrusion',
  'interception',
  'cameras',
  'platforms',
  'forensics-id',
] as const;
export type TechFamily = (typeof TECH_FAMILIES)[number];

/** Display names of the technology families, in chart order. */
export const TECH_FAMILY_LABELS: Record<TechFamily, string> = {
  intrusion: 'Spyware and intrusion',
  interception: 'Interception, monitoring and DPI',
  cameras: 'Cameras, safe city and face recognition',
  platforms: 'Data and policing platforms',
  'forensics-id': 'Phone forensics and biometric ID',
};
