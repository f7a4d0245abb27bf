import { describe, expect, it } from 'vitest';
import { flowArcs } from '../../src/lib/geo/flowArcs';

const points: Record<string, [number, number]> = { CHN: [100, 50], VEN: [20, 80], ISR: [60, 40] };
const project = (iso3: string) => points[iso3] ?? null;

describe('flowArcs: the corridors as drawn', () => {
  const arcs = flowArcs(
    [
      { from: 'CHN', to: 'VEN', count: 9 },
      { from: 'ISR', to: 'VEN', count: 1 },
      { from: 'CHN', to: 'CHN', count: 4 },
      { from: 'CHN', to: 'XXX', count: 2 },
    ],
    project,
    'VEN',
  );

  it('draws lightest first, leaves out countries off the map', () => {
    expect(arcs.map((a) => a.key)).toEqual(['ISR>VEN', 'CHN>CHN', 'CHN>VEN']);
  });

  it('scales widths by the square root of the count, from 1 to 9', () => {
    expect(arcs.find((a) => a.key === 'CHN>VEN')?.w).toBe(9);
    expect(arcs.find((a) => a.key === 'ISR>VEN')?.w).toBeCloseTo(1 + 8 / 3);
  });

  it('bows a curve to the left of travel, rings domestic supply, fades other recipients', () => {
    expect(arcs.find((a) => a.key === 'CHN>VEN')?.d).toBe('M100,50Q67.5,85 20,80');
    expect(arcs.find((a) => a.key === 'CHN>CHN')).toMatchObject({ ring: { x: 100, y: 50 }, d: '' });
    expect(arcs.find((a) => a.key === 'CHN>CHN')?.active).toBe(false);
    expect(arcs.find((a) => a.key === 'CHN>VEN')?.active).toBe(true);
  });
});
