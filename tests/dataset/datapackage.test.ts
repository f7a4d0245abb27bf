import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/parseCsv';
import { REQUIRED_COLUMNS, REQUIRED_VALUES } from '../../src/lib/data/requiredColumns';
import {
  ALL_DATA_FILES,
  AUTHORITIES,
  DATA_FILES,
  MEASURES,
  REGIMES,
  REGIONS,
  EVIDENCE_LEVELS,
  OWNERSHIPS,
  SOURCE_TYPES,
  STATUSES,
} from '../../src/lib/data/schema';

interface Field {
  name: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  path: string;
  schema: { fields: Field[]; primaryKey: string | string[] };
}

const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { resources: Resource[] };

// The Data Package must describe the same contract the validator enforces.
describe('data/datapackage.json', () => {
  it('describes every data file', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([...ALL_DATA_FILES].sort());
  });

  it.each(ALL_DATA_FILES)('%s: fields match the CSV header and the required columns', (file) => {
    const resource = pkg.resources.find((r) => r.path === file);
    const names = resource?.schema.fields.map((f) => f.name) ?? [];
    expect(names).toEqual(parseCsv(file, readFileSync(`data/${file}`, 'utf8')).header);
    for (const column of REQUIRED_COLUMNS[file]) expect(names).toContain(column);
    const required = resource?.schema.fields
      .filter((f) => f.constraints?.required)
      .map((f) => f.name);
    expect(required?.sort()).toEqual([...REQUIRED_VALUES[file]].sort());
    if ((DATA_FILES as readonly string[]).includes(file)) {
      expect(resource?.schema.primaryKey).toBe('id');
    }
  });

  it('lists the same enums as the validator', () => {
    const field = (file: string, name: string) =>
      pkg.resources.find((r) => r.path === file)?.schema.fields.find((f) => f.name === name)
        ?.constraints?.enum;
    expect(field('transfers.csv', 'status')).toEqual([...STATUSES]);
    expect(field('transfers.csv', 'evidence')).toEqual([...EVIDENCE_LEVELS]);
    expect(field('companies.csv', 'ownership')).toEqual([...OWNERSHIPS]);
    expect(field('sources.csv', 'type')).toEqual([...SOURCE_TYPES]);
    expect(field('restrictions.csv', 'authority')).toEqual([...AUTHORITIES]);
    expect(field('restrictions.csv', 'measure')).toEqual([...MEASURES]);
    expect(field('countries.csv', 'region')).toEqual([...REGIONS]);
    expect(field('regimes.csv', 'regime')).toEqual([...REGIMES]);
  });
});
