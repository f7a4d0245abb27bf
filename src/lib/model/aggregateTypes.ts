import type { TechFamily } from '../data/schema';

/** A chart family key: a technology family, or 'other' for technologies without one. */
export type FamilyKey = TechFamily | 'other';

/** Records starting in one year, split by technology family. */
export interface YearCount {
  year: number;
  total: number;
  byFamily: Partial<Record<FamilyKey, number>>;
}

/** A corridor: records from one exporting country to one recipient country. */
export interface Flow {
  from: string;
  to: string;
  count: number;
}
