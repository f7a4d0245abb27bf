import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/formatProblem';
import { loadFolder } from '../helpers/loadFolder';

// The bundled dataset must meet the whole contract: a bad row fails CI here.
describe('data/', async () => {
  const { dataset, problems } = await loadFolder('data');

  it('passes the validator with no problems', () => {
    expect(problems.map((p) => formatProblem(p, 'data'))).toEqual([]);
  });

  it('holds at least 40 transfer records', () => {
    expect(dataset.transfers.length).toBeGreaterThanOrEqual(40);
  });

  it('defines every technology of the taxonomy once, with a definition', () => {
    const ids = dataset.technologies.map((t) => t.id);
    for (const id of [
      'safe-city',
      'facial-recognition',
      'cctv',
      'smart-policing',
      'social-media-monitoring',
      'spyware',
      'mobile-forensics',
      'imsi-catcher',
      'lawful-interception',
      'monitoring-centre',
      'dpi-filtering',
      'biometric-id',
      'location-tracking',
      'data-platform',
      'plate-recognition',
    ]) {
      expect(ids).toContain(id);
    }
    for (const t of dataset.technologies) expect(t.description.length).toBeGreaterThan(20);
  });

  it('cites only https or http sources, each used by a record, company, listing or rating', () => {
    const used = new Set([
      ...dataset.transfers.flatMap((t) => t.sourceIds),
      ...dataset.companies.flatMap((c) => c.sourceIds),
      ...dataset.restrictions.flatMap((r) => r.sourceIds),
      ...dataset.regimes.flatMap((r) => r.sourceIds),
    ]);
    for (const s of dataset.sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(used.has(s.id), `source ${s.id} is cited by nothing`).toBe(true);
    }
  });

  it('keeps summaries to one or two sentences', () => {
    for (const t of dataset.transfers) {
      expect(t.summary.length, t.id).toBeLessThanOrEqual(400);
    }
  });
});
