import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../scripts/bench/rng';
import { describe, expect, it } from 'vitest';
import { isIso3 } from '../../src/lib/data/countries';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { DATA_FILES, EVIDENCE_LEVELS, ID_PATTERN, STATUSES } from '../../src/lib/data/schema';
import type { LoadResult } from '../../src/lib/data/types';

const BASE = Object.fromEntries(
  DATA_FILES.map((f) => [f, readFileSync(join('tests/fixtures/valid', f), 'utf8')]),
) as Record<string, string>;
const NASTY = [
  '"',
  ',',
  '\n',
  '\r',
  '\r\n',
  ';',
  '\ufeff',
  '\u0000',
  '\u202e',
  'é',
  '中',
  '<',
  '>',
  ' ',
  '-',
  'x',
  '9',
  '""',
  ',,',
  'javascript:',
  'https://',
];

function mutate(text: string, r: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const at = Math.floor(r() * (text.length + 1));
  switch (Math.floor(r() * 8)) {
    case 0:
      return text.slice(0, at) + pick(NASTY) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 5));
    case 2:
      return text.slice(0, at); // truncated
    case 3: {
      const lines = text.split('\n');
      const i = Math.floor(r() * lines.length);
      lines.splice(i, 0, lines[Math.floor(r() * lines.length)] ?? '');
      return lines.join('\n'); // a duplicated line
    }
    case 4: {
      const lines = text.split('\n');
      const [head, ...rest] = lines;
      return [head, ...rest.sort(() => r() - 0.5)].join('\n');
    }
    case 5:
      return Array.from({ length: Math.floor(r() * 200) }, () =>
        String.fromCharCode(Math.floor(r() * 0x3000)),
      ).join('');
    case 6:
      return text.replace(/,/g, () => (r() < 0.05 ? ';' : ','));
    default:
      return text.slice(0, at) + pick(NASTY).repeat(Math.floor(r() * 4) + 1) + text.slice(at);
  }
}

/** Check an accepted dataset against the contract, independently of the validator's code. */
function expectContract({ dataset }: LoadResult): void {
  const tech = new Set(dataset.technologies.map((t) => t.id));
  const sources = new Set(dataset.sources.map((s) => s.id));
  const companies = new Map(dataset.companies.map((c) => [c.id, c]));
  for (const s of dataset.sources) {
    expect(s.id).toMatch(ID_PATTERN);
    expect(s.url).toMatch(/^https?:\/\/\S+$/);
    if (s.archiveUrl) expect(s.archiveUrl).toMatch(/^https?:\/\/\S+$/);
    expect(s.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(s.title && s.publisher).toBeTruthy();
  }
  for (const c of dataset.companies) {
    expect(c.id).toMatch(ID_PATTERN);
    expect(isIso3(c.hqIso3)).toBe(true);
    const seen = new Set<string>();
    for (let p = c.parentId; p !== null; p = companies.get(p)?.parentId ?? null) {
      expect(companies.has(p), `parent ${p} of ${c.id}`).toBe(true);
      expect(seen.has(p), `cycle at ${c.id}`).toBe(false);
      seen.add(p);
    }
    for (const s of c.sourceIds) expect(sources.has(s)).toBe(true);
  }
  const ids = new Set<string>();
  for (const t of dataset.transfers) {
    expect(t.id).toMatch(ID_PATTERN);
    expect(ids.has(t.id)).toBe(false);
    ids.add(t.id);
    expect(companies.has(t.supplierId)).toBe(true);
    expect(isIso3(t.recipientIso3)).toBe(true);
    expect(t.technologies.length).toBeGreaterThan(0);
    for (const x of t.technologies) expect(tech.has(x)).toBe(true);
    expect(t.sourceIds.length).toBeGreaterThan(0);
    for (const x of t.sourceIds) expect(sources.has(x)).toBe(true);
    expect(t.yearStart).toBeGreaterThanOrEqual(1970);
    expect(t.yearStart).toBeLessThanOrEqual(2026);
    if (t.yearEnd !== null) expect(t.yearEnd).toBeGreaterThanOrEqual(t.yearStart);
    expect(STATUSES).toContain(t.status);
    expect(EVIDENCE_LEVELS).toContain(t.evidence);
    if (t.valueUsd !== null) expect(Number.isInteger(t.valueUsd) && t.valueUsd >= 0).toBe(true);
    expect(t.summary.trim()).not.toBe('');
  }
}

describe('the loader under random and mutated input', () => {
  it('never throws, always returns records and problems, never accepts a row that breaks the contract', async () => {
    const r = rng(20261124);
    for (let i = 0; i < 3000; i++) {
      const files = { ...BASE };
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        const f = DATA_FILES[Math.floor(r() * DATA_FILES.length)] as string;
        files[f] = r() < 0.03 ? '' : mutate(files[f] ?? '', r);
      }
      const missing = r() < 0.02 ? DATA_FILES[Math.floor(r() * DATA_FILES.length)] : null;
      const result = await loadDataset(async (f) => (f === missing ? null : (files[f] ?? null)), {
        currentYear: 2026,
      });
      expect(Array.isArray(result.problems)).toBe(true);
      expect(Array.isArray(result.dataset.transfers)).toBe(true);
      for (const p of result.problems) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(0);
      }
      expectContract(result);
      // Whatever changed, the unchanged valid rows never produce errors of their own.
      if (Object.keys(files).every((f) => files[f] === BASE[f]) && missing === null) {
        expect(result.problems).toEqual([]);
      }
    }
  });
});
