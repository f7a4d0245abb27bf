import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { countryName, isIso3 } from '../../src/lib/data/countries';
import { iso3FromNumeric } from '../../src/lib/data/countryNumeric';
import { isIso3 as validatorIsIso3 } from '../../src/lib/data/iso3';

// The shipped table is generated from i18n-iso-countries; it must agree with the library.
describe('country table', () => {
  const codes = Object.keys(countries.getAlpha3Codes());

  // The page's check (off the names table) and the validator's (codes only) must agree.
  it.each([
    { name: 'the page', check: isIso3 },
    { name: 'the validator', check: validatorIsIso3 },
  ])('$name knows every ISO 3166-1 alpha-3 code, and nothing else', ({ check }) => {
    for (const c of codes) expect(check(c), c).toBe(true);
    for (const c of ['XXX', 'ven', 'toString', '__proto__', 'constructor', '']) {
      expect(check(c), c).toBe(false);
    }
  });

  it('maps numeric ids both ways', () => {
    for (const c of codes) expect(iso3FromNumeric(countries.alpha3ToNumeric(c)), c).toBe(c);
    expect(iso3FromNumeric('036')).toBe('AUS');
    expect(iso3FromNumeric(36)).toBe('AUS');
    expect(iso3FromNumeric('999')).toBeNull();
  });

  it.each([
    ['CHN', 'China'],
    ['VEN', 'Venezuela'],
    ['GBR', 'United Kingdom'],
    ['CIV', "Côte d'Ivoire"],
    ['XXX', 'XXX'],
    ['constructor', 'constructor'],
  ])('%s is called %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});
