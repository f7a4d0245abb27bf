import { describe, expect, it } from 'vitest';
import { rangeShade, timelineLayout, yearAtX } from '../../src/lib/model/timelineLayout';
import { yearRangeFilter } from '../../src/lib/model/yearRangeFilter';

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

  it.each([
    { width: 130, count: 3, expected: 1 },
    { width: 960, count: 30, expected: 3 },
    { width: 320, count: 30, expected: 7 },
    { width: 240, count: 0, expected: 1 },
  ])('labels every $expected. year of $count at width $width', ({ width, count, expected }) => {
    const many = Array.from({ length: count }, (_, i) => ({
      year: 2000 + i,
      total: 1,
      byFamily: {},
    }));
    const layout = timelineLayout(many, families, { ...box, width }, { lo: 2000, hi: 2000 });
    expect(layout.labelEvery).toBe(expected);
  });

  it('shades from the first bar of the range to the last, half a gap beyond each', () => {
    // Bands of step 10 from x = 0, bars 8 wide: a gap of 2 between bars.
    const x = { x: (i: number) => 1 + i * 10, step: 10, bandwidth: 8 };
    expect(rangeShade(x, 2019, 2020, 2021)).toEqual({ x: 10, w: 20 });
    expect(rangeShade(x, 2019, 2021, 2020)).toEqual({ x: 10, w: 20 });
    expect(rangeShade(x, 2019, 2019, 2019)).toEqual({ x: 0, w: 10 });
  });
});

describe('yearRangeFilter', () => {
  it.each([
    { a: 2015, b: 2020, expected: [2015, 2020] },
    { a: 2020, b: 2015, expected: [2015, 2020] },
    { a: 2010, b: 2024, expected: [null, null] },
    { a: 2010, b: 2018, expected: [null, 2018] },
    { a: 2024, b: 2016, expected: [2016, null] },
    { a: 2017, b: 2017, expected: [2017, 2017] },
  ])('picking $a and $b in 2010-2024 gives $expected', ({ a, b, expected }) => {
    expect(yearRangeFilter(a, b, 2010, 2024)).toEqual(expected);
  });
});
