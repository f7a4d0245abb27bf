import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '../../src/lib/data/loadDataset';
import type { LoadResult } from '../../src/lib/data/types';
import type { ValidateOptions } from '../../src/lib/data/validateDataset';

/** Load a dataset folder from disk with the shared loader (missing files read as null). */
export function loadFolder(dir: string, options: ValidateOptions = {}): Promise<LoadResult> {
  return loadDataset(async (file) => {
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch {
      return null;
    }
  }, options);
}
