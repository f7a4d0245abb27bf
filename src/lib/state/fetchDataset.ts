import { loadDataset } from '../data/loadDataset';
import type { LoadResult } from '../data/types';

/** Load the dataset the site ships under `data/`, with the same loader the CLI uses. */
export function fetchDataset(base: string): Promise<LoadResult> {
  return loadDataset(async (file) => {
    const res = await fetch(`${base}data/${file}`);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`${file} could not be loaded (HTTP ${res.status})`);
    return res.text();
  });
}
