import { loadDataset } from '../data/loadDataset';
import type { LoadResult } from '../data/types';
import { asRawFile, type DataTexts } from './fetchTexts';

/** Parse and validate fetched files with the one loader the CLI also uses. */
export function parseTexts(texts: DataTexts): Promise<LoadResult> {
  return loadDataset(async (file) => asRawFile(texts[file]));
}
