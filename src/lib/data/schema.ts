/**
 * The dataset contract (../shared/DATA-MODEL.md) as data: files, columns, enums.
 * The validator, the loader and the tests all read it from here.
 */

export const DATA_FILES = [
  'transfers.csv',
  'companies.csv',
  'sources.csv',
  'technologies.csv',
] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** Columns each file must have (more are allowed). */
export const REQUIRED_COLUMNS: Record<DataFile, readonly string[]> = {
  'transfers.csv': [
    'id',
    'supplier_id',
    'recipient_iso3',
    'recipient_entity',
    'technologies',
    'product',
    'year_start',
    'year_end',
    'status',
    'evidence',
    'value_usd',
    'summary',
    'source_ids',
  ],
  'companies.csv': [
    'id',
    'name',
    'aliases',
    'hq_iso3',
    'parent_id',
    'ownership',
    'description',
    'source_ids',
  ],
  'sources.csv': ['id', 'title', 'publisher', 'authors', 'date', 'url', 'archive_url', 'type'],
  'technologies.csv': ['id', 'label', 'description'],
};

/** Columns that must hold a value in every row. */
export const REQUIRED_VALUES: Record<DataFile, readonly string[]> = {
  'transfers.csv': [
    'id',
    'supplier_id',
    'recipient_iso3',
    'technologies',
    'year_start',
    'status',
    'evidence',
    'summary',
    'source_ids',
  ],
  'companies.csv': ['id', 'name', 'hq_iso3', 'ownership'],
  'sources.csv': ['id', 'title', 'publisher', 'date', 'url', 'type'],
  'technologies.csv': ['id', 'label', 'description'],
};

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
