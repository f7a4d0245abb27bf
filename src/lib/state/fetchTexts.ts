import type { RawFile } from '../data/loadDataset';
import { MANIFEST, readManifest } from '../data/manifestFile';
import { ALL_DATA_FILES } from '../data/schema';

/** A fetched file: its bytes and the content type it was served with. */
export interface FetchedFile {
  body: Uint8Array;
  contentType: string | null;
}

/** The dataset files by name; null for a file the site does not have (HTTP 404). */
export type DataTexts = Record<string, FetchedFile | null>;

/** Only plain file names from the manifest are fetched, never another path or server. */
const FILE_NAME = /^[\w-][\w.-]*$/;

async function fetchFile(
  url: string,
  file: string,
  signal?: AbortSignal,
): Promise<FetchedFile | null> {
  const res = await fetch(url, { signal });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${file} could not be loaded (HTTP ${res.status})`);
  return {
    body: new Uint8Array(await res.arrayBuffer()),
    contentType: res.headers.get('content-type'),
  };
}

/**
 * Fetch the dataset files the site ships under `data/` (base: the site's absolute URL), with
 * datapackage.json and any further file it lists, so each can be checked against its release.
 * `signal` aborts every request (the caller's timeout).
 */
export async function fetchTexts(base: string, signal?: AbortSignal): Promise<DataTexts> {
  const names = [MANIFEST, ...ALL_DATA_FILES];
  const files = await Promise.all(names.map((f) => fetchFile(`${base}data/${f}`, f, signal)));
  const out: DataTexts = Object.fromEntries(names.map((f, i) => [f, files[i] ?? null]));
  const manifest = out[MANIFEST];
  const resources = manifest ? readManifest(new TextDecoder().decode(manifest.body)) : [];
  if (typeof resources !== 'string') {
    const extra = resources.map((r) => r.path).filter((p) => !(p in out) && FILE_NAME.test(p));
    const more = await Promise.all(extra.map((f) => fetchFile(`${base}data/${f}`, f, signal)));
    extra.forEach((f, i) => (out[f] = more[i] ?? null));
  }
  return out;
}

/** A fetched file as the shared loader reads it. */
export function asRawFile(file: FetchedFile | null | undefined): RawFile | null {
  return file ? { body: file.body, contentType: file.contentType } : null;
}
