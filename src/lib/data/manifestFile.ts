// Reading the release manifest (data/datapackage.json): its name and resource list. Kept apart
// from the check (manifest.ts), so the page's own code need not carry the hashing.

/** The manifest's own file name, in the dataset folder. */
export const MANIFEST = 'datapackage.json';

/** A resource entry of datapackage.json, as far as the release check reads it. */
export interface ManifestResource {
  path: string;
  /** Size in bytes (Frictionless `bytes`). */
  bytes?: number;
  /** `sha256:<64 hex digits>` (Frictionless `hash` with its algorithm prefix). */
  hash?: string;
  /** Data rows after the header (blank lines excluded). */
  rows?: number;
}

/** The resources a manifest lists, or a reason it cannot be read. */
export function readManifest(text: string): ManifestResource[] | string {
  if (/^\s*</.test(text)) {
    return 'is not JSON: it starts with "<", like an HTML page (the server answered with a web page instead of the file)';
  }
  try {
    const pkg = JSON.parse(text) as { resources?: unknown };
    if (!Array.isArray(pkg.resources)) return 'has no "resources" list';
    return (pkg.resources as ManifestResource[]).filter((r) => typeof r?.path === 'string');
  } catch (err) {
    return `is not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
}
