import type { RegimeRating } from '../data/types';

/** The regime of a recipient for a deal year, and whether it is that year's own rating. */
export interface RegimeForYear {
  rating: RegimeRating;
  /**
   * True when the rating covers the deal year itself; false when the deal is more recent than the
   * latest rating and the latest one stands in for it.
   */
  exact: boolean;
}

/** Ratings by country, then by the year each covers. */
export type RegimeIndex = Map<string, Map<number, RegimeRating>>;

const cache = new WeakMap<readonly RegimeRating[], RegimeIndex>();

/**
 * The ratings of a dataset indexed by country and year, built on first use and kept (the views
 * that need it load after the first screen).
 */
export function regimeIndexOf(ratings: readonly RegimeRating[]): RegimeIndex {
  let index = cache.get(ratings);
  if (!index) cache.set(ratings, (index = indexRegimes(ratings)));
  return index;
}

/** Index ratings by country and year. */
export function indexRegimes(ratings: readonly RegimeRating[]): RegimeIndex {
  const out: RegimeIndex = new Map();
  for (const r of ratings) {
    let years = out.get(r.iso3);
    if (!years) out.set(r.iso3, (years = new Map()));
    years.set(r.year, r);
  }
  return out;
}

/**
 * The rating of `iso3` for a deal in `year`. The file's `year` is the year a rating covers (V-Dem
 * codes each country as it stood in that calendar year), so the deal year joins it directly. A deal newer than the
 * country's latest rating takes that latest rating (marked not exact); an older year with no
 * rating gets none.
 */
export function regimeFor(index: RegimeIndex, iso3: string, year: number): RegimeForYear | null {
  const years = index.get(iso3);
  if (!years) return null;
  const own = years.get(year);
  if (own) return { rating: own, exact: true };
  let latest: RegimeRating | undefined;
  for (const r of years.values()) if (!latest || r.year > latest.year) latest = r;
  if (latest && latest.year < year) return { rating: latest, exact: false };
  return null;
}
