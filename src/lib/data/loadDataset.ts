import { parseCsv } from './parseCsv';
import { ALL_DATA_FILES } from './schema';
import type { LoadResult } from './types';
import { validateDataset, type Tables, type ValidateOptions } from './validateDataset';

/** Reads one dataset file by name; resolves to null when the file does not exist. */
export type ReadText = (file: string) => Promise<string | null>;

/**
 * The one loader the CLI and the app share: read each dataset file, parse it, validate the whole.
 * The CLI reads from disk, the app fetches the same files from the built site.
 */
export async function loadDataset(
  read: ReadText,
  options: ValidateOptions = {},
): Promise<LoadResult> {
  const texts = await Promise.all(ALL_DATA_FILES.map((f) => read(f)));
  const tables: Tables = {};
  ALL_DATA_FILES.forEach((file, i) => {
    const text = texts[i];
    if (text !== null && text !== undefined) tables[file] = parseCsv(file, text);
  });
  return validateDataset(tables, options);
}
