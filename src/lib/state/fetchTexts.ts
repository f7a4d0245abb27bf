import { ALL_DATA_FILES } from '../data/schema';

/** The dataset files' texts by name; null for a file the site does not have (HTTP 404). */
export type DataTexts = Record<string, string | null>;

/** Fetch the dataset files the site ships under `data/` (base: the site's absolute URL). */
export async function fetchTexts(base: string): Promise<DataTexts> {
  const texts = await Promise.all(
    ALL_DATA_FILES.map(async (file) => {
      const res = await fetch(`${base}data/${file}`);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`${file} could not be loaded (HTTP ${res.status})`);
      return res.text();
    }),
  );
  return Object.fromEntries(ALL_DATA_FILES.map((f, i) => [f, texts[i] ?? null]));
}
