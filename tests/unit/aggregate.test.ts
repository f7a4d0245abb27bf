import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { EVIDENCE_LEVELS, REGIONS } from '../../src/lib/data/schema';
import type { Evidence } from '../../src/lib/data/types';
import { aggregate, topSuppliers } from '../../src/lib/model/aggregate';
import { listingText } from '../../src/lib/model/listings';
import { countBySupplierCountry } from '../reference/countBySupplierCountry';
import { countByRecipient } from '../reference/countByRecipient';
import { countByYear } from '../reference/countByYear';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import { filterTransfers } from '../reference/filterTransfers';
import { LISTING_FILTERS, NO_FILTERS, type Filters } from '../../src/lib/model/filters';
import { flows } from '../reference/flows';
import { loadFolder } from '../helpers/loadFolder';

/** What the single pass must equal: the plain reference functions, one pass each. */
function reference(index: DatasetIndex, f: Filters) {
  const mapped = filterTransfers(index, f, ['country']);
  return {
    matching: filterTransfers(index, f).map((t) => t.id),
    recipients: new Map([...countByRecipient(mapped)].sort()),
    exporters: countBySupplierCountry(index, mapped),
    flows: flows(index, mapped),
    years: countByYear(index, filterTransfers(index, f, ['from', 'to']), index.yearRange),
  };
}

function single(index: DatasetIndex, f: Filters) {
  const a = aggregate(index, f);
  return {
    matching: a.matching.map((t) => t.id),
    recipients: new Map([...a.recipients].sort()),
    exporters: a.exporters,
    flows: a.flows,
    years: a.years,
  };
}

let dir: string;
let big: DatasetIndex;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aggregate-'));
  generateDataset(2000, dir);
  big = indexDataset((await loadFolder(dir)).dataset);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('aggregate (one pass over columns) equals the reference functions', () => {
  it('on the fixture, for each kind of filter', async () => {
    const index = indexDataset(
      (await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset,
    );
    for (const f of [
      {},
      { country: 'MEX' },
      { supplier: ['CHN'] },
      { company: 'group' },
      { tech: ['spyware', 'cctv'] },
      { evidence: ['forensic' as Evidence] },
      { from: 2013, to: 2017 },
      { country: 'FRA', tech: ['teleporter'] },
      { region: ['Americas' as const] },
      { listing: 'listed' as const },
      { listing: 'unlisted' as const },
      { listing: 'after' as const },
      { from: 2016, to: 2018, years: 'active' as const },
      { q: 'Pegasus' },
      { q: 'fixture vendor' },
    ]) {
      expect(single(index, { ...NO_FILTERS, ...f }), JSON.stringify(f)).toEqual(
        reference(index, { ...NO_FILTERS, ...f }),
      );
    }
  });

  it('on a synthetic dataset, for 300 random filter combinations', () => {
    let seed = 7;
    const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(xs: readonly T[], p: number) => xs.filter(() => r() < p);
    const techs = big.dataset.technologies.map((t) => t.id);
    const companies = big.dataset.companies.map((c) => c.id);
    for (let k = 0; k < 300; k++) {
      const from = r() < 0.5 ? 2000 + Math.floor(r() * 25) : null;
      const f: Filters = {
        country:
          r() < 0.3
            ? (big.recipientCountries[Math.floor(r() * big.recipientCountries.length)] ?? null)
            : null,
        supplier: r() < 0.3 ? pick(big.supplierCountries, 0.3) : [],
        company: r() < 0.2 ? (companies[Math.floor(r() * companies.length)] ?? null) : null,
        tech: r() < 0.5 ? pick(techs, 0.2) : [],
        evidence: r() < 0.3 ? pick(EVIDENCE_LEVELS, 0.5) : [],
        from,
        to: r() < 0.5 ? (from ?? 2000) + Math.floor(r() * 10) : null,
        region: r() < 0.3 ? pick(REGIONS, 0.4) : [],
        listing: r() < 0.3 ? (LISTING_FILTERS[Math.floor(r() * 3)] ?? null) : null,
        years: r() < 0.4 ? 'active' : 'start',
        q:
          r() < 0.15
            ? (['ministry', 'police system', 'spyware', 'Bench Company 1'][k % 4] ?? '')
            : '',
      };
      expect(single(big, f), JSON.stringify(f)).toEqual(reference(big, f));
    }
  });

  it('names the top suppliers of a recipient, most records first', () => {
    const a = aggregate(big, NO_FILTERS);
    const iso3 = big.recipientCountries[0] ?? '';
    const top = topSuppliers(big, a.mapped, iso3);
    const counts = new Map<string, number>();
    const listed = new Map<string, { measure: string; text: string }[]>();
    for (const t of big.dataset.transfers.filter((t) => t.recipientIso3 === iso3)) {
      const name = big.companies.get(t.supplierId)?.name ?? '';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      listed.set(
        name,
        (big.listings.get(t.supplierId) ?? []).map((l) => ({
          measure: l.measure,
          text: listingText(l),
        })),
      );
    }
    const expected = [...counts]
      .map(([name, count]) => ({ name, count, listed: listed.get(name) ?? [] }))
      .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))
      .slice(0, 3);
    expect(top).toEqual(expected);
  });
});
