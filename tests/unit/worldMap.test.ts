import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildWorldMap } from '../../src/lib/geo/buildWorldMap';
import { worldFeatures } from '../../src/lib/geo/loadWorld';
import { SMALL_STATES } from '../../src/lib/geo/smallStates';
import { mappedCountries } from '../../src/lib/geo/mappedCountries';
import { smallStateDots } from '../../src/lib/geo/smallStateDots';
import { tooltipAt } from '../../src/lib/geo/tooltipAt';
import type { WorldMapData } from '../../src/lib/geo/worldMap';
import { countBins, countFill } from '../../src/lib/model/countBins';

const map: WorldMapData = {
  width: 200,
  height: 100,
  sphere: 'M0,0Z',
  shapes: [
    { key: 'FRA', iso3: 'FRA', name: 'France', d: 'M1,1Z' },
    { key: 'x1', iso3: null, name: 'N. Cyprus', d: 'M2,2Z' },
  ],
  points: { FRA: [100, 30], BHR: [130, 50], MUS: [140, 80] },
  dots: ['BHR', 'MUS', 'SGP'],
};

describe('smallStateDots', () => {
  it.each([
    { recipients: [], selected: null, expected: [] },
    { recipients: [['BHR', 2]], selected: null, expected: [{ iso3: 'BHR', x: 130, y: 50 }] },
    { recipients: [], selected: 'MUS', expected: [{ iso3: 'MUS', x: 140, y: 80 }] },
    // A dot the map has no point for is left out rather than drawn at 0,0.
    { recipients: [['SGP', 1]], selected: null, expected: [] },
    // Countries with a shape are never dots.
    { recipients: [['FRA', 5]], selected: 'FRA', expected: [] },
  ] as { recipients: [string, number][]; selected: string | null; expected: unknown[] }[])(
    'recipients $recipients, selected $selected',
    ({ recipients, selected, expected }) => {
      expect(smallStateDots(map, new Map(recipients), selected)).toEqual(expected);
    },
  );
});

describe('mappedCountries', () => {
  it('is every shape with a code and every dot', () => {
    expect([...mappedCountries(map)].sort()).toEqual(['BHR', 'FRA', 'MUS', 'SGP']);
    expect(mappedCountries(null).size).toBe(0);
  });
});

describe('tooltipAt', () => {
  it.each([
    { point: [100, 30], box: { width: 200, height: 100 }, expected: { x: 50, y: 30 } },
    {
      point: [260, 170],
      box: { left: 60, top: 20, width: 400, height: 300 },
      expected: { x: 50, y: 50 },
    },
  ] as { point: [number, number]; box: Parameters<typeof tooltipAt>[1]; expected: object }[])(
    '$point in $box',
    ({ point, box, expected }) => {
      expect(tooltipAt(point, box)).toEqual(expected);
    },
  );
});

describe('countFill', () => {
  const bins = countBins();
  it.each([
    { count: 0, expected: 'url(#no-records)' },
    { count: 1, expected: bins[0]?.colour },
    { count: 40, expected: bins[bins.length - 1]?.colour },
  ])('$count -> $expected', ({ count, expected }) => {
    expect(countFill(bins, count)).toBe(expected);
  });
});

describe('buildWorldMap', () => {
  const atlas = JSON.parse(
    readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
  ) as Topology;
  const built = buildWorldMap(worldFeatures(atlas));

  it('lists as dots the small states without a shape, each with its point', () => {
    const shaped = new Set(built.shapes.map((s) => s.iso3));
    expect(built.dots.length).toBeGreaterThan(20);
    expect(built.dots).toContain('BHR');
    expect(built.dots).toEqual([...SMALL_STATES].filter((c) => c in built.points));
    for (const iso3 of built.dots) {
      expect(shaped.has(iso3), iso3).toBe(false);
      expect(built.points[iso3], iso3).toHaveLength(2);
    }
  });
});
