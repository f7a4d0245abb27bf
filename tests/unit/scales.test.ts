import { describe, expect, it } from 'vitest';
import { bands, linear, sqrtScale } from '../../src/lib/model/scales';

describe('scale helpers', () => {
  it.each([
    { count: 26, range: [30, 952] as [number, number] },
    { count: 1, range: [0, 100] as [number, number] },
    { count: 26, range: [30, -8] as [number, number] }, // not laid out yet
    { count: 0, range: [0, 0] as [number, number] },
  ])('bands never have a negative width ($count in $range)', ({ count, range }) => {
    const b = bands(count, range, 0.15);
    expect(b.bandwidth).toBeGreaterThanOrEqual(0);
    expect(b.step).toBeGreaterThanOrEqual(0);
    if (range[1] > range[0] && count > 0) {
      expect(b.x(0)).toBeGreaterThanOrEqual(range[0]);
      expect(b.x(count - 1) + b.bandwidth).toBeLessThanOrEqual(range[1] + 1e-9);
    }
  });

  it('maps a nice linear domain and gives integer ticks', () => {
    const y = linear([0, 9], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(10)).toBe(0);
    expect(y.ticks(3)).toEqual([0, 5, 10]);
  });

  it('scales by square root and clamps at the maximum', () => {
    const w = sqrtScale(16, [1, 9]);
    expect(w(0)).toBe(1);
    expect(w(4)).toBe(5);
    expect(w(16)).toBe(9);
    expect(w(100)).toBe(9);
  });
});
