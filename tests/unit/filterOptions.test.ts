import { describe, expect, it } from 'vitest';
import type { Company, Technology } from '../../src/lib/data/types';
import {
  matchCompany,
  parseYear,
  sortExporters,
  technologyFamilies,
  toggled,
} from '../../src/lib/model/filterOptions';

const company = (id: string, name: string, aliases: string[] = []): Company => ({
  id,
  name,
  aliases,
  hqIso3: 'CHN',
  parentId: null,
  ownership: 'private',
  description: '',
  sourceIds: [],
});
const tech = (id: string, family: Technology['family']): Technology => ({
  id,
  label: id,
  description: '',
  family,
});

describe('filter options', () => {
  it.each([
    { list: ['a'], value: 'b', on: true, expected: ['a', 'b'] },
    { list: ['a', 'b'], value: 'a', on: false, expected: ['b'] },
    { list: ['a'], value: 'a', on: true, expected: ['a'] },
    { list: [], value: 'a', on: false, expected: [] },
  ])('toggled($list, $value, $on)', ({ list, value, on, expected }) => {
    expect(toggled(list, value, on)).toEqual(expected);
  });

  it('groups technologies by family in chart order, other last, empty families out', () => {
    const groups = technologyFamilies([
      tech('cctv', 'cameras'),
      tech('spyware', 'intrusion'),
      tech('x', null),
    ]);
    expect(groups.map((g) => [g.key, g.techs.map((t) => t.id)])).toEqual([
      ['intrusion', ['spyware']],
      ['cameras', ['cctv']],
      ['other', ['x']],
    ]);
  });

  it.each([
    { text: 'Huawei Technologies', expected: 'huawei' },
    { text: '  huawei technologies ', expected: 'huawei' },
    { text: 'Q Cyber', expected: 'nso' },
    { text: 'Huawei', expected: undefined },
    { text: '', expected: undefined },
  ])('matchCompany("$text")', ({ text, expected }) => {
    const companies = [
      company('huawei', 'Huawei Technologies'),
      company('nso', 'NSO', ['Q Cyber']),
    ];
    expect(matchCompany(companies, text)?.id).toBe(expected);
  });

  it('sorts exporting countries by name or by records', () => {
    const counts = new Map([
      ['ISR', 5],
      ['CHN', 9],
      ['DEU', 5],
    ]);
    expect(sortExporters(['ISR', 'CHN', 'DEU'], counts, 'name')).toEqual(['CHN', 'DEU', 'ISR']);
    expect(sortExporters(['ISR', 'CHN', 'DEU'], counts, 'count')).toEqual(['CHN', 'DEU', 'ISR']);
    expect(sortExporters(['ISR', 'DEU', 'USA'], counts, 'count')).toEqual(['DEU', 'ISR', 'USA']);
  });

  it.each([
    { v: '2015', y: 2015 },
    { v: ' 2015 ', y: 2015 },
    { v: '20', y: null },
    { v: '', y: null },
    { v: '20155', y: null },
  ])('parseYear("$v")', ({ v, y }) => {
    expect(parseYear(v)).toBe(y);
  });
});
