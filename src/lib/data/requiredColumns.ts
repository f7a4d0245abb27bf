// The columns of the dataset contract (../shared/DATA-MODEL.md). Apart from schema.ts because only
// the validator needs them: the page's first screen reads schema.ts's enums and labels alone.
import type { DataFile } from './schema';

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
  'restrictions.csv': [
    'company_id',
    'authority',
    'measure',
    'date_added',
    'date_removed',
    'reason',
    'source_ids',
  ],
  'countries.csv': ['iso3', 'name', 'region', 'subregion'],
  'regimes.csv': ['iso3', 'year', 'regime', 'source_ids'],
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
  'restrictions.csv': ['company_id', 'authority', 'measure', 'date_added', 'source_ids'],
  'countries.csv': ['iso3', 'name', 'region', 'subregion'],
  'regimes.csv': ['iso3', 'year', 'regime', 'source_ids'],
};
