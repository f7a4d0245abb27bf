import { loadDataset } from '../data/loadDataset';
import type { LoadResult } from '../data/types';
import type { DataTexts } from './fetchTexts';

/** Parse and validate fetched texts with the one loader the CLI also uses. */
export function parseTexts(texts: DataTexts): Promise<LoadResult> {
  return loadDataset(async (file) => texts[file] ?? null);
}
