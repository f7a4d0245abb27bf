import { describe, expect, it } from 'vitest';
import { timelineLayout, yearAtX } from '../../src/lib/model/timelineLayout';

const families = [
  { key: 'intrusion' as const, colour: '#a' },
  { key: 'cameras' as const, colour: '#b' },
];
const box = { width: 130, height: 120, margin: { top: 10, right: 0, bottom: 10, left: 30 } };

describe('timelineLayout', () => {
  const years = [
    { year: 2019, total: 3, byFamily: { intrusion: 1, cameras: 2 } },
    { year: 2020, total: 0, byFamily: {} },
    { year: 2021, total: 1, byFamily: { cameras: 1 } },
  ];
  const { bars, ticks } = timelineLayout(years, families, box, { lo: 2020, hi: 2021 });

  it('stacks the families of a year in order, from the baseline up', () => {
    const [a, b] = bars[0]?.segments ?? [];
    expect([a?.key, b?.key]).toEqual(['intrusion', 'cameras']);
    expect((a?.y ?? 0) + (a?.h ?? 0)).toBeCloseTo(110);
    expect(b?.y).toBeCloseTo(10);
    expect(bars[1]?.segments).toEqual([]);
  });

  it('marks the years in the range and keeps whole-number ticks', () => {
    expect(bars.map((b) => b.inRange)).toEqual([false, true, true]);
    expect(ticks.every((t) => Number.isInteger(t))).toBe(true);
  });

  it('finds the year under a position, clamped to the timeline', () => {
    expect(yearAtX(30, 2019, 2021, 30, 33)).toBe(2019);
    expect(yearAtX(70, 2019, 2021, 30, 33)).toBe(2020);
    expect(yearAtX(500, 2019, 2021, 30, 33)).toBe(2021);
    expect(yearAtX(0, 2019, 2021, 30, 33)).toBe(2019);
  });
});
