import { loadDataset } from '../data/loadDataset';
import type { LoadResult } from '../data/types';
import { asRawFile, type DataTexts } from './fetchTexts';

/**
 * Parse and validate fetched files with the one loader the CLI also uses. The page lists errors
 * only (warnings are for contributors, from the CLI), so it skips looking for warnings.
 */
export function parseTexts(texts: DataTexts): Promise<LoadResult> {
  return loadDataset(async (file) => asRawFile(texts[file]), { warnings: false });
}
